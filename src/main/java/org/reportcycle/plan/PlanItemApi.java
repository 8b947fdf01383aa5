package org.reportcycle.plan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Tracked plan items and their extension requests on the API. */
@RestController
class PlanItemApi {

    private final PlanTracking tracking;
    private final PlanExtensions extensions;
    private final PlanReminderPlanner planner;
    private final Retrying retrying;

    PlanItemApi(PlanTracking tracking, PlanExtensions extensions, PlanReminderPlanner planner, Retrying retrying) {
        this.tracking = tracking;
        this.extensions = extensions;
        this.planner = planner;
        this.retrying = retrying;
    }

    @GetMapping("/api/plan-items")
    List<PlanItemView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam String period) {
        return tracking.ofPeriod(user, period).stream().map(this::view).toList();
    }

    @PostMapping("/api/plan-items/{id}/close")
    PlanItemView close(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        return view(retrying.run(() -> tracking.close(user, id)));
    }

    @PostMapping("/api/plan-items/{id}/extensions")
    @ResponseStatus(HttpStatus.CREATED)
    ExtensionRequest requestExtension(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody ExtensionForm form) {
        return retrying.run(() -> extensions.request(user, id, form.reason(), form.newDeadline()));
    }

    @PostMapping("/api/extensions/{id}/approve")
    ExtensionRequest approve(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody(required = false) DecisionForm form) {
        return retrying.run(() -> extensions.approve(user, id, form == null ? null : form.comment()));
    }

    @PostMapping("/api/extensions/{id}/refuse")
    ExtensionRequest refuse(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
            @RequestBody(required = false) DecisionForm form) {
        return retrying.run(() -> extensions.refuse(user, id, form == null ? null : form.comment()));
    }

    private PlanItemView view(TrackedPlanItem i) {
        return new PlanItemView(i.id(), i.planPeriod(), i.title(), i.responsibleLeader(), i.departments(),
            i.originalDeadline().value(), i.deadline().value(), i.deadline().text(), planner.dueDay(i.deadline()),
            i.status(), i.nextReminderAt() == null ? null
                : i.nextReminderAt().atZone(PlanReminderPlanner.OFFICE_ZONE).toOffsetDateTime(),
            i.nextReminderKind());
    }

    record ExtensionForm(String reason, String newDeadline) {
    }

    record DecisionForm(String comment) {
    }

    /**
     * One tracked item as the API shows it: deadlines as 2026-12 / 2026-12-15, the due day they mean, and when
     * its next reminder is written (in the office's time, with its offset).
     */
    record PlanItemView(long id, String period, String title, String responsibleLeader, List<String> departments,
            String originalDeadline, String deadline, String deadlineText, LocalDate dueDay,
            TrackedPlanItem.Status status, OffsetDateTime nextReminderAt, PlanReminderKind nextReminderKind) {
    }
}

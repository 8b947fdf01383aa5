package org.reportcycle.plan;

import java.time.Instant;
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
    ExtensionView requestExtension(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestBody ExtensionForm form) {
        return ExtensionView.of(retrying.run(() -> extensions.request(user, id, form.reason(), form.newDeadline())));
    }

    @PostMapping("/api/extensions/{id}/approve")
    ExtensionView approve(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody(required = false) DecisionForm form) {
        return ExtensionView.of(retrying.run(() -> extensions.approve(user, id, form == null ? null : form.comment())));
    }

    @PostMapping("/api/extensions/{id}/refuse")
    ExtensionView refuse(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestBody(required = false) DecisionForm form) {
        return ExtensionView.of(retrying.run(() -> extensions.refuse(user, id, form == null ? null : form.comment())));
    }

    private PlanItemView view(TrackedPlanItem i) {
        return new PlanItemView(
                i.id(),
                i.planPeriod(),
                i.title(),
                i.responsibleLeader(),
                i.departments(),
                i.originalDeadline().value(),
                i.deadline().value(),
                i.deadlineText(),
                planner.dueDay(i.deadline()),
                i.status(),
                i.nextReminderAt() == null
                        ? null
                        : i.nextReminderAt()
                                .atZone(PlanReminderPlanner.OFFICE_ZONE)
                                .toOffsetDateTime(),
                i.nextReminderKind());
    }

    /** An extension request as the head who asked and the leader who decides read it. */
    record ExtensionView(
            long id,
            long planItemId,
            String departmentCode,
            String requestedBy,
            String reason,
            String previousDeadline,
            String requestedDeadline,
            ExtensionRequest.Status status,
            String decidedBy,
            String decisionComment,
            Instant requestedAt,
            Instant decidedAt) {

        static ExtensionView of(ExtensionRequest r) {
            return new ExtensionView(
                    r.id(),
                    r.planItemId(),
                    r.departmentCode(),
                    r.requestedBy(),
                    r.reason(),
                    r.previousDeadline(),
                    r.requestedDeadline(),
                    r.status(),
                    r.decidedBy(),
                    r.decisionComment(),
                    r.requestedAt(),
                    r.decidedAt());
        }
    }

    record ExtensionForm(String reason, String newDeadline) {}

    record DecisionForm(String comment) {}

    /**
     * One tracked item as the API shows it: deadlines as 2026-12 / 2026-12-15, the due day they mean, and when
     * its next reminder is written (in the office's time, with its offset).
     */
    record PlanItemView(
            long id,
            String period,
            String title,
            String responsibleLeader,
            List<String> departments,
            String originalDeadline,
            String deadline,
            String deadlineText,
            LocalDate dueDay,
            TrackedPlanItem.Status status,
            OffsetDateTime nextReminderAt,
            PlanReminderKind nextReminderKind) {}
}

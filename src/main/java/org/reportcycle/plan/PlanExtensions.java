package org.reportcycle.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 延期申请: a head of one of an open item's 责任部室 asks, before its deadline passes, for a later one; the item's
 * 责任领导 approves (the current deadline moves, and every pending reminder with it) or refuses. A refusal of
 * the request itself (wrong person, too late, bad date, one pending already) changes nothing; to a head, another
 * department's item is not found.
 */
@Service
public class PlanExtensions {

    private final PlanTrackingStore store;
    private final ExtensionRequests requests;
    private final PlanReminderPlanner planner;
    private final PlanTrackingWorkflow workflow;
    private final ExtensionNotices notices;
    private final Clock clock;

    PlanExtensions(
            PlanTrackingStore store,
            ExtensionRequests requests,
            PlanReminderPlanner planner,
            PlanTrackingWorkflow workflow,
            ExtensionNotices notices,
            Clock clock) {
        this.store = store;
        this.requests = requests;
        this.planner = planner;
        this.workflow = workflow;
        this.notices = notices;
        this.clock = clock;
    }

    @Transactional
    public ExtensionRequest request(CurrentUser user, long planItemId, String reason, String newDeadline) {
        user.requireRole(Role.DEPARTMENT_HEAD);
        TrackedPlanItem item = openItemOf(user, planItemId);
        String department =
                item.departments().stream().filter(user::headOf).findFirst().orElseThrow();
        LocalDate due = planner.dueDay(item.deadline());
        LocalDate today = LocalDate.now(clock.withZone(PlanReminderPlanner.OFFICE_ZONE));
        if (today.isAfter(due)) {
            throw new ConflictException(
                    "error.extension.deadlinePassed", item.deadline().label(item.planMonth()));
        }
        if (requests.hasPending(planItemId)) {
            throw new ConflictException("error.extension.pending", item.title());
        }
        Validation check = new Validation().text(reason, "reason", 1000);
        Deadline requested = parse(newDeadline, check);
        if (requested != null) {
            check.require(
                    planner.dueDay(requested).isAfter(due),
                    "newDeadline",
                    "error.extension.notLater",
                    requested.label(item.planMonth()),
                    item.deadline().label(item.planMonth()));
            check.require(
                    !requested.falls().isAfter(Deadline.latest(today)),
                    "newDeadline",
                    "error.plan.deadlineTooFar",
                    Deadline.HORIZON_MONTHS,
                    Deadline.latest(today).toString());
        }
        check.throwIfInvalid();
        long id = requests.insert(
                planItemId, department, user.username(), reason.strip(), item.deadline(), requested, clock.instant());
        ExtensionRequest request = requests.find(id).orElseThrow();
        notices.requested(request, item);
        return request;
    }

    /** The responsible leader agrees: the current deadline moves and the reminders are rescheduled. */
    @Transactional
    public ExtensionRequest approve(CurrentUser user, long requestId, String comment) {
        return decide(user, requestId, ExtensionRequest.Status.APPROVED, comment);
    }

    @Transactional
    public ExtensionRequest refuse(CurrentUser user, long requestId, String comment) {
        return decide(user, requestId, ExtensionRequest.Status.REFUSED, comment);
    }

    private ExtensionRequest decide(CurrentUser user, long requestId, ExtensionRequest.Status status, String comment) {
        user.requireRole(Role.LEADER);
        ExtensionRequest request =
                requests.find(requestId).orElseThrow(() -> new NotFoundException("error.extension.unknown", requestId));
        TrackedPlanItem item = store.lock(request.planItemId()).orElseThrow();
        if (!user.username().equals(item.responsibleLeader())) {
            throw new ForbiddenException("error.extension.notLeader", item.title());
        }
        new Validation().optionalText(comment, "comment", 1000).throwIfInvalid();
        if (request.status() != ExtensionRequest.Status.PENDING) {
            throw new ConflictException("error.extension.decided");
        }
        if (item.status() != TrackedPlanItem.Status.OPEN) {
            throw new ConflictException("error.planItem.notOpen", item.title());
        }
        String note = comment == null || comment.isBlank() ? null : comment.strip();
        if (!requests.decide(requestId, status, user.username(), note, clock.instant())) {
            throw new ConflictException("error.extension.decided");
        }
        if (status == ExtensionRequest.Status.APPROVED) {
            store.moveDeadline(item.id(), Deadline.parse(request.requestedDeadline()));
            workflow.deadlineMoved(item.id());
        }
        ExtensionRequest decided = requests.find(requestId).orElseThrow();
        notices.decided(decided, item);
        return decided;
    }

    /**
     * The open item, locked, if it is one of the head's departments'. Any other item is not found, whether it
     * exists or not, so that a head learns nothing of other departments' items or their state.
     */
    private TrackedPlanItem openItemOf(CurrentUser user, long planItemId) {
        TrackedPlanItem item = store.lock(planItemId)
                .filter(i -> i.departments().stream().anyMatch(user::headOf))
                .orElseThrow(() -> new NotFoundException("error.planItem.unknown", planItemId));
        if (item.status() != TrackedPlanItem.Status.OPEN) {
            throw new ConflictException("error.planItem.notOpen", item.title());
        }
        return item;
    }

    private static Deadline parse(String value, Validation check) {
        if (value == null || value.isBlank()) {
            check.require(false, "newDeadline", "error.field.required");
            return null;
        }
        try {
            return Deadline.parse(value);
        } catch (DateTimeParseException e) {
            check.require(false, "newDeadline", "error.plan.deadlineFormat", value);
            return null;
        }
    }
}

package org.reportcycle.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Extension requests as decisions to make: the responsible leader's pending ones (for 我的任务), and one request
 * with its item for the page where it is decided or, once decided, read.
 */
@Service
public class ExtensionDecisions {

    /** A request is due for decision at the end of the second working day after the day it was made. */
    static final int DUE_WORKING_DAYS = 2;

    static final LocalTime DUE_TIME = LocalTime.of(17, 0);

    private final ExtensionRequests requests;
    private final PlanTrackingStore store;
    private final WorkingDays workingDays;

    ExtensionDecisions(ExtensionRequests requests, PlanTrackingStore store, WorkingDays workingDays) {
        this.requests = requests;
        this.store = store;
        this.workingDays = workingDays;
    }

    /** The requests waiting for this leader; nobody else has any. */
    @Transactional(readOnly = true)
    public List<PendingExtension> pendingFor(CurrentUser user) {
        if (!user.has(Role.LEADER)) {
            return List.of();
        }
        return requests.pendingFor(user.username()).stream()
                .map(r -> {
                    TrackedPlanItem item = store.find(r.planItemId()).orElseThrow();
                    return new PendingExtension(
                            r.id(),
                            item.planPeriod(),
                            item.title(),
                            r.departmentCode(),
                            r.requestedAt(),
                            due(r.requestedAt()));
                })
                .toList();
    }

    Instant due(Instant requestedAt) {
        LocalDate day = requestedAt.atZone(PlanReminderPlanner.OFFICE_ZONE).toLocalDate();
        return workingDays
                .addWorkingDays(day, DUE_WORKING_DAYS)
                .atTime(DUE_TIME)
                .atZone(PlanReminderPlanner.OFFICE_ZONE)
                .toInstant();
    }

    /**
     * The request and its item, if the user may see the item: those who oversee the cycle see every one, a head
     * only his departments'. Anyone else finds no such request, whether it exists or not.
     */
    @Transactional(readOnly = true)
    ExtensionCase find(CurrentUser user, long id) {
        ExtensionRequest request =
                requests.find(id).orElseThrow(() -> new NotFoundException("error.extension.unknown", id));
        TrackedPlanItem item = store.find(request.planItemId())
                .filter(i -> user.oversees() || i.departments().stream().anyMatch(user::headOf))
                .orElseThrow(() -> new NotFoundException("error.extension.unknown", id));
        return new ExtensionCase(request, item, due(request.requestedAt()));
    }

    /** One request with its item and when its decision is due. */
    record ExtensionCase(ExtensionRequest request, TrackedPlanItem item, Instant due) {

        boolean decidable(CurrentUser user) {
            return request.status() == ExtensionRequest.Status.PENDING
                    && item.status() == TrackedPlanItem.Status.OPEN
                    && user.username().equals(item.responsibleLeader());
        }
    }
}

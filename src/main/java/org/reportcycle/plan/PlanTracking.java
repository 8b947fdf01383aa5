package org.reportcycle.plan;

import java.util.Collection;
import java.util.List;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Approved plan items tracked to their deadlines: tracking starts when the bulletin is published, ends when an
 * accepted report says the item is done or the office closes it. Each runs the process {@code plan-item-tracking}.
 */
@Service
public class PlanTracking {

    private static final Logger log = LoggerFactory.getLogger(PlanTracking.class);

    private final PlanTrackingStore store;
    private final PlanTrackingWorkflow workflow;

    PlanTracking(PlanTrackingStore store, PlanTrackingWorkflow workflow) {
        this.store = store;
        this.workflow = workflow;
    }

    /** Starts tracking the approved items, each once (a repeated publish step starts nothing). */
    @Transactional
    public void start(Collection<Long> planItemIds) {
        for (long id : planItemIds) {
            if (store.startTracking(id)) {
                workflow.start(id);
            }
        }
        log.info("Tracking {} plan items", planItemIds.size());
    }

    /** An accepted report said these items are done: those still open end. */
    @Transactional
    public void reportedDone(Collection<Long> planItemIds) {
        for (long id : planItemIds) {
            if (store.end(id, TrackedPlanItem.Status.DONE)) {
                workflow.done(id);
            }
        }
    }

    /** The item the office would close, refused as closing it would be (unknown, or no longer open). */
    @Transactional(readOnly = true)
    public TrackedPlanItem closable(CurrentUser user, long planItemId) {
        user.requireRole(Role.OFFICE);
        TrackedPlanItem item =
                store.find(planItemId).orElseThrow(() -> new NotFoundException("error.planItem.unknown", planItemId));
        if (item.status() != TrackedPlanItem.Status.OPEN) {
            throw new ConflictException("error.planItem.notOpen", item.title());
        }
        return item;
    }

    /** The office closes an open item; it is reminded of no more. */
    @Transactional
    public TrackedPlanItem close(CurrentUser user, long planItemId) {
        user.requireRole(Role.OFFICE);
        TrackedPlanItem item =
                store.lock(planItemId).orElseThrow(() -> new NotFoundException("error.planItem.unknown", planItemId));
        if (!store.end(planItemId, TrackedPlanItem.Status.CLOSED)) {
            throw new ConflictException("error.planItem.notOpen", item.title());
        }
        workflow.closed(planItemId);
        return store.find(planItemId).orElseThrow();
    }

    /** The tracked items of a plan month; a department head sees those of their own department. */
    @Transactional(readOnly = true)
    public List<TrackedPlanItem> ofPeriod(CurrentUser user, String period) {
        return store.ofPeriod(ReportingPeriod.parse(period).month()).stream()
                .filter(item -> user.oversees() || item.departments().stream().anyMatch(user::headOf))
                .toList();
    }

    /** The tracked items the user may see, of one plan month or (without one) of every month. */
    @Transactional(readOnly = true)
    public List<TrackedPlanItem> visible(CurrentUser user, String period) {
        if (period != null && !period.isBlank()) {
            return ofPeriod(user, period.strip());
        }
        return store.all().stream()
                .filter(item -> user.oversees() || item.departments().stream().anyMatch(user::headOf))
                .toList();
    }

    /** The working days changed: every open item's reminders are recomputed. */
    @Transactional
    public void rescheduleAll() {
        store.open().forEach(workflow::deadlineMoved);
    }
}

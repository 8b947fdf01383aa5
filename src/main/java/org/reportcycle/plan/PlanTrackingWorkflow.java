package org.reportcycle.plan;

/** The tracking process of plan items, as the plan services drive it; inside the caller's transaction. */
interface PlanTrackingWorkflow {

    void start(long planItemId);

    void done(long planItemId);

    void closed(long planItemId);

    /** The deadline or the working days under it changed: pending reminders go, the next one is recomputed. */
    void deadlineMoved(long planItemId);
}

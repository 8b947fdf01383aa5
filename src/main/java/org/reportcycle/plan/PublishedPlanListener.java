package org.reportcycle.plan;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Hears of a published bulletin: its plan items are approved and tracked, in the publishing transaction. */
@Component
class PublishedPlanListener {

    private final PlanItems plans;
    private final PlanTracking tracking;

    PublishedPlanListener(PlanItems plans, PlanTracking tracking) {
        this.plans = plans;
        this.tracking = tracking;
    }

    @EventListener
    void published(PlanItemsPublished event) {
        plans.approve(event.planItemIds());
        if (event.tracked()) {
            tracking.start(event.planItemIds());
        }
    }
}

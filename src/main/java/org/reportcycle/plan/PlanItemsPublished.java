package org.reportcycle.plan;

import java.util.List;

/**
 * A bulletin was published with these plan items for next month: they are approved and, unless the month is a
 * back-fill, tracked to their deadlines. Published in the publishing transaction (the bulletin module sits above
 * this one, so the event is declared here, where it is heard).
 */
public record PlanItemsPublished(String bulletinKey, List<Long> planItemIds, boolean tracked) {

    public PlanItemsPublished {
        planItemIds = List.copyOf(planItemIds);
    }
}

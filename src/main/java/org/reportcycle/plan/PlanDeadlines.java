package org.reportcycle.plan;

import java.util.List;
import java.util.Optional;
import org.reportcycle.calendar.CalendarDeadline;
import org.reportcycle.calendar.CalendarDeadlines;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** The due time of every tracked plan item still open, which a calendar change moves with its month's end. */
@Component
class PlanDeadlines implements CalendarDeadlines {

    private final PlanTrackingStore store;
    private final PlanReminderPlanner planner;

    PlanDeadlines(PlanTrackingStore store, PlanReminderPlanner planner) {
        this.store = store;
        this.planner = planner;
    }

    @Override
    public List<CalendarDeadline> deadlines() {
        return store.open().stream()
                .map(store::find)
                .flatMap(Optional::stream)
                .map(item -> new CalendarDeadline(
                        "plan:" + item.id(),
                        new DefaultMessageSourceResolvable(
                                new String[] {"calendar.deadline.plan"}, new Object[] {item.title()}),
                        planner.dueAt(item.deadline())))
                .toList();
    }
}

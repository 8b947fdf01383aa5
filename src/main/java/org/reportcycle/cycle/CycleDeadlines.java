package org.reportcycle.cycle;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.reportcycle.bulletin.BulletinIssueWorkflow;
import org.reportcycle.calendar.CalendarDeadline;
import org.reportcycle.calendar.CalendarDeadlines;
import org.reportcycle.system.Periods;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * The cycles' deadlines that a calendar change moves (see {@link CalendarChangeListener}): reports due of each
 * cycle collecting, the compile and sign-off due of a cycle whose step is open. Back-fills follow no calendar.
 */
@Component
class CycleDeadlines implements CalendarDeadlines {

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final CycleWorkflow workflow;
    private final BulletinIssueWorkflow issues;

    CycleDeadlines(Cycles cycles, CycleSchedule schedule, CycleWorkflow workflow, BulletinIssueWorkflow issues) {
        this.issues = issues;
        this.cycles = cycles;
        this.schedule = schedule;
        this.workflow = workflow;
    }

    @Override
    public List<CalendarDeadline> deadlines() {
        List<CalendarDeadline> all = new ArrayList<>();
        for (ReportingCycle c : cycles.collecting()) {
            all.add(deadline("submission", c.period(), schedule.submissionDue(YearMonth.parse(c.period()))));
        }
        for (ReportingCycle c : cycles.compilingCycles()) {
            YearMonth month = YearMonth.parse(c.period());
            if (workflow.stepOpen(c.period(), MonthlyCycleProcess.TASK_COMPILE_BULLETIN)) {
                all.add(deadline("compile", c.period(), schedule.compileDue(month)));
            }
            if (issues.signOffOpen(c.period())) {
                all.add(deadline("signOff", c.period(), schedule.signOffDue(month)));
            }
        }
        return all;
    }

    private static CalendarDeadline deadline(String kind, String period, Instant at) {
        return new CalendarDeadline(
                kind + ":" + period,
                new DefaultMessageSourceResolvable(
                        new String[] {"calendar.deadline." + kind}, new Object[] {Periods.label(period)}),
                at);
    }
}

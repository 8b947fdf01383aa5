package org.reportcycle.cycle;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reportcycle.bulletin.BulletinIssueWorkflow;
import org.reportcycle.calendar.CalendarDeadline;
import org.reportcycle.calendar.CalendarDeadlines;
import org.reportcycle.system.ReportingPeriod;
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
            ReportingPeriod period = c.period();
            all.add(deadline("submission", period, schedule.submissionDue(period.month())));
        }
        for (ReportingCycle c : cycles.compilingCycles()) {
            ReportingPeriod period = c.period();
            if (workflow.stepOpen(period, MonthlyCycleProcess.TASK_COMPILE_BULLETIN)) {
                all.add(deadline("compile", period, schedule.compileDue(period.month())));
            }
            if (issues.signOffOpen(period.businessKey())) {
                all.add(deadline("signOff", period, schedule.signOffDue(period.month())));
            }
        }
        return all;
    }

    private static CalendarDeadline deadline(String kind, ReportingPeriod period, Instant at) {
        return new CalendarDeadline(
                kind + ":" + period,
                new DefaultMessageSourceResolvable(
                        new String[] {"calendar.deadline." + kind}, new Object[] {period.label()}),
                at);
    }
}

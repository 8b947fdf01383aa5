package org.reportcycle.cycle;

import java.time.Instant;
import org.reportcycle.bulletin.BulletinCycle;
import org.reportcycle.bulletin.BulletinPublished;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The month's bulletin as its cycle sees it: the compile step ends, the signer is reminded, the cycle is done. */
@Component
class MonthlyBulletin implements BulletinCycle {

    private final CycleWorkflow workflow;
    private final CycleReminders reminders;
    private final Cycles cycles;

    MonthlyBulletin(CycleWorkflow workflow, CycleReminders reminders, Cycles cycles) {
        this.workflow = workflow;
        this.reminders = reminders;
        this.cycles = cycles;
    }

    @Override
    public void compiled(ReportingPeriod period) {
        workflow.compileFinished(period);
    }

    @Override
    public void signOffDueToday(ReportingPeriod period, Instant dueAt) {
        reminders.remindStep(period, MonthlyCycleProcess.STEP_SIGN_OFF, dueAt);
    }

    @Override
    public boolean backfilled(String key) {
        return cycles.backfill(key);
    }

    /** Publishing the month's bulletin ends the cycle's work; it is marked published in the same transaction. */
    @EventListener
    void published(BulletinPublished event) {
        if (event.period() != null) {
            cycles.published(event.period(), event.publishedAt());
        }
    }
}

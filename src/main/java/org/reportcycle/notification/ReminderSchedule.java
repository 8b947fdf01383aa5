package org.reportcycle.notification;

import org.reportcycle.system.OfficeTime;
import org.springframework.stereotype.Component;

/** Read by the digest process's timer. Public: the process model calls it. */
@Component("reminderSchedule")
public class ReminderSchedule {

    private final ReminderSettings settings;

    ReminderSchedule(ReminderSettings settings) {
        this.settings = settings;
    }

    /** A daily cron at the digest time; the digest itself skips days that are not working days. */
    public String digestCron() {
        return OfficeTime.dailyCron(settings.digestTime());
    }
}

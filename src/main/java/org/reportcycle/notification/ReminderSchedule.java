package org.reportcycle.notification;

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
        return "0 %d %d * * ?".formatted(settings.digestTime().getMinute(), settings.digestTime().getHour());
    }
}

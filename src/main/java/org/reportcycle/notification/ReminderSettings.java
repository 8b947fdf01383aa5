package org.reportcycle.notification;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** When the daily reminder digest goes out (working days only). */
@ConfigurationProperties("reportcycle.reminders")
record ReminderSettings(@DefaultValue("09:00") LocalTime digestTime) {}

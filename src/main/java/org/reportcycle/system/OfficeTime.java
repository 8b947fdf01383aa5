package org.reportcycle.system;

import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The office works on Beijing time; how its times, months and daily timers are written. */
public final class OfficeTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** 11月30日 17:00, as reminders and notices print a due time. */
    public static final DateTimeFormatter DUE =
            DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZONE);

    private OfficeTime() {}

    /** 2026年11月 */
    public static String month(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** A Camunda cron that fires every day at {@code time}. */
    public static String dailyCron(LocalTime time) {
        return "0 %d %d * * ?".formatted(time.getMinute(), time.getHour());
    }
}

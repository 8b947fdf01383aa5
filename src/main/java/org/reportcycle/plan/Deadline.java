package org.reportcycle.plan;

import java.time.LocalDate;
import java.time.YearMonth;

import org.reportcycle.system.ChineseNumerals;
import org.reportcycle.system.Periods;
import org.springframework.context.MessageSourceResolvable;

/** A 完成时限: a whole month (十月份, by its last working day) or a date (10月15日前); exactly one is set. */
public record Deadline(YearMonth month, LocalDate date) {

    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        return t.length() == 7 ? new Deadline(YearMonth.parse(t), null) : new Deadline(null, LocalDate.parse(t));
    }

    /** The month the deadline falls in. */
    /** A plan further ahead than this is a slip of the keyboard (9999), not a plan. */
    public static final int HORIZON_MONTHS = 24;

    /** The last month a deadline set today may fall in. */
    public static YearMonth latest(LocalDate today) {
        return YearMonth.from(today).plusMonths(HORIZON_MONTHS);
    }

    public YearMonth falls() {
        return month != null ? month : YearMonth.from(date);
    }

    /** {@code 2026-12} or {@code 2026-12-15}, as forms and the API write it. */
    public String value() {
        return month != null ? month.toString() : date.toString();
    }

    /** As messages name it, in the reader's language (十二月份, December 2026). */
    public MessageSourceResolvable label() {
        return month != null ? Periods.monthDeadline(month, text()) : Periods.dateDeadline(date, text());
    }

    /** As printed in the bulletin. */
    public String text() {
        return month != null ? ChineseNumerals.monthName(month) : ChineseNumerals.dateDeadline(date);
    }
}

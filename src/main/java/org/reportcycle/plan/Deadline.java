package org.reportcycle.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import org.reportcycle.system.ChineseNumerals;
import org.reportcycle.system.Periods;
import org.springframework.context.MessageSourceResolvable;

/**
 * A 完成时限: a whole month (十月份, by its last working day) or a date (10月15日前); exactly one is set. Printed for a
 * plan month of another year, it names its year (2027年1月15日前), so a December plan reads right in January.
 */
public record Deadline(YearMonth month, LocalDate date) {

    public static Deadline parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.trim();
        return t.length() == 7 ? new Deadline(YearMonth.parse(t), null) : new Deadline(null, LocalDate.parse(t));
    }

    /** A plan further ahead than this is a slip of the keyboard (9999), not a plan. */
    public static final int HORIZON_MONTHS = 24;

    /** The last month a deadline set today may fall in. */
    public static YearMonth latest(LocalDate today) {
        return YearMonth.from(today).plusMonths(HORIZON_MONTHS);
    }

    /** The month the deadline falls in. */
    public YearMonth falls() {
        return month != null ? month : YearMonth.from(date);
    }

    /** {@code 2026-12} or {@code 2026-12-15}, as forms and the API write it. */
    public String value() {
        return month != null ? month.toString() : date.toString();
    }

    /** As messages name it, in the reader's language (十二月份, December 2026). */
    public MessageSourceResolvable label() {
        return label(falls());
    }

    /** As messages name it for an item of the plan month {@code plan}: in Chinese as {@link #text(YearMonth)}. */
    public MessageSourceResolvable label(YearMonth plan) {
        String text = text(plan);
        return month != null ? Periods.monthDeadline(month, text) : Periods.dateDeadline(date, text);
    }

    /**
     * As printed in the bulletin for an item of the plan month {@code plan}: 十月份, 10月15日前 within its year;
     * 2027年一月份, 2027年1月15日前 in another year.
     */
    public String text(YearMonth plan) {
        return falls().getYear() == plan.getYear() ? text() : falls().getYear() + "年" + text();
    }

    /** Without its year (十月份, 10月15日前), where the plan month it belongs to is in view. */
    public String text() {
        return month != null ? ChineseNumerals.monthName(month) : ChineseNumerals.dateDeadline(date);
    }
}

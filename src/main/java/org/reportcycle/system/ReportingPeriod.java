package org.reportcycle.system;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;

/**
 * A reporting period (报送周期): one month, written {@code 2026-11}, which is also the business key of its cycle.
 * Parsed once at the edge; a period that is not a month is bad input (400) naming the field {@code period}.
 */
public record ReportingPeriod(YearMonth month) implements Comparable<ReportingPeriod> {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    public ReportingPeriod {
        if (month == null) {
            throw new IllegalArgumentException("a reporting period needs its month");
        }
    }

    /** {@code 2026-11}: four digits, a dash, two digits, and a month that exists. */
    public static ReportingPeriod parse(String period) {
        if (period == null || !FORMAT.matcher(period).matches()) {
            throw new InvalidInputException("period", "error.period.format", String.valueOf(period));
        }
        try {
            return new ReportingPeriod(YearMonth.parse(period));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("period", "error.period.format", period);
        }
    }

    public static ReportingPeriod of(YearMonth month) {
        return new ReportingPeriod(month);
    }

    public static ReportingPeriod of(int year, int month) {
        return new ReportingPeriod(YearMonth.of(year, month));
    }

    public ReportingPeriod next() {
        return new ReportingPeriod(month.plusMonths(1));
    }

    public ReportingPeriod previous() {
        return new ReportingPeriod(month.minusMonths(1));
    }

    /** The business key of the period's cycle: {@code 2026-11}. */
    public String businessKey() {
        return toString();
    }

    /** The period as a message names it, in the reader's language: 2026年11月, November 2026. */
    public MessageSourceResolvable label() {
        return Periods.label(toString());
    }

    @Override
    public int compareTo(ReportingPeriod other) {
        return month.compareTo(other.month);
    }

    /** {@code 2026-11}, as in addresses, keys and the database. */
    @Override
    public String toString() {
        return month.toString();
    }
}

package org.reportcycle.system;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** A reporting period is a month written {@code 2026-11}; it is the business key of its cycle. */
public final class Periods {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    private Periods() {
    }

    public static YearMonth parse(String period) {
        if (period == null || !FORMAT.matcher(period).matches()) {
            throw new InvalidInputException("period", "error.period.format", String.valueOf(period));
        }
        try {
            return YearMonth.parse(period);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("period", "error.period.format", period);
        }
    }
}

package org.reportcycle.system;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** A reporting period is a month written {@code 2026-11}; it is the business key of its cycle. */
public final class Periods {

    private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{2}");

    private Periods() {}

    /** The month of a period written {@code 2026-11}, by the rules of {@link ReportingPeriod#parse}. */
    public static YearMonth parse(String period) {
        return ReportingPeriod.parse(period).month();
    }

    /**
     * A bulletin's key as a message names it, in the reader's language: a period as 2026年11月 or November 2026,
     * anything else (a special issue's special-12) quoted as given, never called a reporting month.
     */
    public static MessageSourceResolvable label(String key) {
        if (key != null && FORMAT.matcher(key).matches()) {
            try {
                YearMonth month = YearMonth.parse(key);
                return resolvable("label.month", month.getYear(), month.getMonthValue());
            } catch (DateTimeParseException e) {
                // not a month after all: quoted below
            }
        }
        return resolvable("label.key", String.valueOf(key));
    }

    /** A month as a deadline prints it (十二月份) in Chinese, as December 2026 in English. */
    public static MessageSourceResolvable monthDeadline(YearMonth month, String chinese) {
        return resolvable("label.deadlineMonth", month.getYear(), month.getMonthValue(), chinese);
    }

    /** A date deadline (12月15日前) in Chinese, as "by 15 December 2026" in English. */
    public static MessageSourceResolvable dateDeadline(LocalDate date, String chinese) {
        return resolvable("label.deadlineDate", date.getYear(), date.getMonthValue(), date.getDayOfMonth(), chinese);
    }

    private static MessageSourceResolvable resolvable(String code, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {code}, args, code);
    }
}

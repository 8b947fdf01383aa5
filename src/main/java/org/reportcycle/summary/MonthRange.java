package org.reportcycle.summary;

import java.time.YearMonth;
import org.reportcycle.system.ChineseNumerals;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Validation;

/** The months a period summary covers, from and to inclusive, at most a year; and how official documents name them. */
record MonthRange(YearMonth from, YearMonth to) {

    static final int MAX_MONTHS = 12;

    /** Reads "2026-01" and "2026-06"; every problem is reported on its field ({@code from}, {@code to}). */
    static MonthRange parse(String from, String to) {
        Validation v = new Validation();
        YearMonth start = month(from, "from", v);
        YearMonth end = month(to, "to", v);
        if (start != null && end != null) {
            v.require(!start.isAfter(end), "to", "error.summary.order", from, to);
            v.require(
                    start.isAfter(end) || end.isBefore(start.plusMonths(MAX_MONTHS)),
                    "to",
                    "error.summary.tooLong",
                    MAX_MONTHS);
        }
        v.throwIfInvalid();
        return new MonthRange(start, end);
    }

    /** 第一季度 … 第四季度, 上半年, 下半年, 全年, 三月份, 1月至5月; 2025年11月至2026年4月 across two years. */
    String name() {
        int a = from.getMonthValue();
        int b = to.getMonthValue();
        if (!oneYear()) {
            return "%d年%d月至%d年%d月".formatted(from.getYear(), a, to.getYear(), b);
        }
        if (a == b) {
            return ChineseNumerals.monthName(from);
        }
        if (a == 1 && b == 12) {
            return "全年";
        }
        if (b - a == 5 && (a == 1 || a == 7)) {
            return a == 1 ? "上半年" : "下半年";
        }
        if (b - a == 2 && a % 3 == 1) {
            return "第" + ChineseNumerals.of((a + 2) / 3) + "季度";
        }
        return a + "月至" + b + "月";
    }

    /** 2020年荆州市总工会上半年工作总结, as seed 004 is titled; the years are in the name across two years. */
    String title(String organization) {
        return (oneYear() ? from.getYear() + "年" + organization : organization) + name() + "工作总结";
    }

    /** The month an item came from as its note reads: 三月, or 2025年十二月 when the range spans two years. */
    String label(YearMonth month) {
        String name = ChineseNumerals.of(month.getMonthValue()) + "月";
        return oneYear() ? name : month.getYear() + "年" + name;
    }

    boolean oneYear() {
        return from.getYear() == to.getYear();
    }

    private static YearMonth month(String value, String field, Validation v) {
        try {
            return ReportingPeriod.parse(value).month();
        } catch (InvalidInputException e) {
            v.require(false, field, "error.period.format", String.valueOf(value));
            return null;
        }
    }
}

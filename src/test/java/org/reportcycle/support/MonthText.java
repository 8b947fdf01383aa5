package org.reportcycle.support;

import java.time.YearMonth;

/** A period as the Chinese pages and messages write it: 2026-11 is 2026年11月. */
public final class MonthText {

    private MonthText() {}

    public static String of(String period) {
        YearMonth month = YearMonth.parse(period);
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}

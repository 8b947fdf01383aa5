package org.reportcycle.system;

import com.ibm.icu.text.RuleBasedNumberFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

/** Numbers and dates as official documents write them: 一、二、十一、; 十月份; 2019 年 4 月 1 日; 10月15日前. */
public final class ChineseNumerals {

    private ChineseNumerals() {}

    /** 1 → 一, 11 → 十一, 21 → 二十一 (ICU's Chinese spell-out). */
    public static String of(int n) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(Locale.CHINESE, RuleBasedNumberFormat.SPELLOUT);
        return format.format(n);
    }

    /** 十月份 */
    public static String monthName(YearMonth month) {
        return of(month.getMonthValue()) + "月份";
    }

    /** 2019 年 4 月 1 日, as the bulletin header prints it. */
    public static String documentDate(LocalDate date) {
        return "%d 年 %d 月 %d 日".formatted(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** 10月15日前, a plan item's date deadline. */
    public static String dateDeadline(LocalDate date) {
        return "%d月%d日前".formatted(date.getMonthValue(), date.getDayOfMonth());
    }
}

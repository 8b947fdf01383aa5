package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Items are numbered as official documents number them: 一、十、十一、二十、二十一 … 九十九. */
class ChineseNumeralsTest {

    private static final String DIGITS = "一二三四五六七八九";

    @ParameterizedTest
    @CsvSource({"1, 一", "2, 二", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "30, 三十", "50, 五十", "99, 九十九"
    })
    void writesTheNumbersOfficialDocumentsUse(int n, String written) {
        assertThat(ChineseNumerals.of(n)).isEqualTo(written);
    }

    @Test
    void writesEveryNumberFrom1To99ByTensAndUnitsWithoutZeroOrALeadingOne() {
        List<String> all =
                IntStream.rangeClosed(1, 99).mapToObj(ChineseNumerals::of).toList();

        assertThat(all)
                .doesNotHaveDuplicates()
                .noneMatch(s -> s.contains("〇") || s.contains("零"))
                .noneMatch(s -> s.startsWith("一十"));
        IntStream.rangeClosed(1, 99)
                .forEach(n -> assertThat(all.get(n - 1)).as("%d", n).isEqualTo(byHand(n)));
    }

    @Test
    void writesMonthsDatesAndDeadlinesAsTheDocumentsDo() {
        assertThat(ChineseNumerals.monthName(YearMonth.of(2020, 10))).isEqualTo("十月份");
        assertThat(ChineseNumerals.monthName(YearMonth.of(2019, 3))).isEqualTo("三月份");
        assertThat(ChineseNumerals.monthName(YearMonth.of(2019, 12))).isEqualTo("十二月份");
        assertThat(ChineseNumerals.documentDate(LocalDate.of(2019, 4, 1))).isEqualTo("2019 年 4 月 1 日");
        assertThat(ChineseNumerals.dateDeadline(LocalDate.of(2020, 10, 15))).isEqualTo("10月15日前");
    }

    /** Tens digit and 十 (none below 20 — 十一, not 一十一), then the units digit unless it is zero. */
    private static String byHand(int n) {
        int tens = n / 10;
        int units = n % 10;
        String written = tens == 0 ? "" : (tens == 1 ? "" : digit(tens)) + "十";
        return units == 0 ? written : written + digit(units);
    }

    private static String digit(int d) {
        return String.valueOf(DIGITS.charAt(d - 1));
    }
}

package org.reportcycle.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A 完成时限 as the bulletin prints it: without its year in the plan month's year, with it in another year. */
class DeadlineTest {

    @ParameterizedTest(name = "{0} for a plan of {1}: {2}")
    @CsvSource({
        "2026-12-15, 2026-12, 12月15日前",
        "2026-12, 2026-12, 十二月份",
        "2027-01-15, 2026-12, 2027年1月15日前",
        "2027-01, 2026-12, 2027年一月份",
        "2028-03-01, 2026-12, 2028年3月1日前",
        "2027-02-28, 2027-01, 2月28日前"
    })
    void printsItsYearOnlyWhenItFallsInAnotherYearThanThePlanMonth(String deadline, String plan, String printed) {
        assertThat(Deadline.parse(deadline).text(YearMonth.parse(plan))).isEqualTo(printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2027-01-15, 1月15日前", "2027-01, 一月份"})
    void withoutAPlanMonthItIsPrintedWithoutItsYear(String deadline, String printed) {
        assertThat(Deadline.parse(deadline).text()).isEqualTo(printed);
    }
}

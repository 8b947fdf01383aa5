package org.reportcycle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.reportcycle.support.Refusals.refused;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.InvalidInputException.FieldProblem;

/** A summary's months are named as official documents name them, and a range is one to twelve months. */
class MonthRangeTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource({
        "2020-01, 2020-03, 第一季度",
        "2020-04, 2020-06, 第二季度",
        "2020-07, 2020-09, 第三季度",
        "2020-10, 2020-12, 第四季度",
        "2020-01, 2020-06, 上半年",
        "2020-07, 2020-12, 下半年",
        "2020-01, 2020-12, 全年",
        "2020-03, 2020-03, 三月份",
        "2020-01, 2020-05, 1月至5月",
        "2020-02, 2020-04, 2月至4月",
        "2025-11, 2026-04, 2025年11月至2026年4月"
    })
    void theRangeIsNamedAsOfficialDocumentsNameIt(String from, String to, String name) {
        assertThat(MonthRange.parse(from, to).name()).isEqualTo(name);
    }

    @Test
    void theTitleCarriesTheYearBeforeTheOrganisationLikeSeed004() {
        assertThat(MonthRange.parse("2020-01", "2020-06").title("荆州市总工会")).isEqualTo("2020年荆州市总工会上半年工作总结");
        assertThat(MonthRange.parse("2025-11", "2026-04").title("荆州市总工会")).isEqualTo("荆州市总工会2025年11月至2026年4月工作总结");
    }

    @Test
    void anItemsMonthNamesItsYearOnlyWhenTheRangeCrossesOne() {
        assertThat(MonthRange.parse("2020-01", "2020-06").label(YearMonth.of(2020, 3)))
                .isEqualTo("三月");
        assertThat(MonthRange.parse("2025-11", "2026-04").label(YearMonth.of(2025, 12)))
                .isEqualTo("2025年十二月");
    }

    @Test
    void twelveMonthsAcrossAYearEndAreAllowedThirteenAreNot() {
        assertThat(MonthRange.parse("2025-07", "2026-06").from()).isEqualTo(YearMonth.of(2025, 7));
        InvalidInputException e = refused(InvalidInputException.class, () -> MonthRange.parse("2025-07", "2026-07"));
        assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("to", "error.summary.tooLong"));
    }

    @Test
    void theLastMonthMayNotComeBeforeTheFirst() {
        InvalidInputException e = refused(InvalidInputException.class, () -> MonthRange.parse("2026-06", "2026-01"));
        assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("to", "error.summary.order"));
    }

    @Test
    void everyBadlyWrittenMonthIsNamedByItsField() {
        InvalidInputException e = refused(InvalidInputException.class, () -> MonthRange.parse("2026-13", "June"));
        assertThat(e.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("from", "error.period.format"), tuple("to", "error.period.format"));
        assertThat(refused(InvalidInputException.class, () -> MonthRange.parse(null, "2026-01"))
                        .problems())
                .extracting(FieldProblem::field)
                .containsExactly("from");
    }
}

package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A reporting period is a month written 2026-11; anything else is bad input naming the field period. */
class ReportingPeriodTest {

    @Test
    void readsAndWritesAMonthAsTheBusinessKeyOfItsCycle() {
        ReportingPeriod november = ReportingPeriod.parse("2026-11");

        assertThat(november.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(november).hasToString("2026-11").isEqualTo(ReportingPeriod.of(2026, 11));
        assertThat(november.businessKey()).isEqualTo("2026-11");
        assertThat(november.next()).hasToString("2026-12");
        assertThat(november.next().next()).hasToString("2027-01");
        assertThat(ReportingPeriod.parse("2027-01").previous()).isEqualTo(ReportingPeriod.parse("2026-12"));
        assertThat(november).isLessThan(november.next());
    }

    @Test
    void itsLabelIsTheMonthAsMessagesNameIt() {
        assertThat(ReportingPeriod.parse("2026-11").label().getCodes()).containsExactly("label.month");
        assertThat(ReportingPeriod.parse("2026-11").label().getArguments()).containsExactly(2026, 11);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "2026-13", "2026-00", "2026-1", "26-11", "2026/11", "2026-11-01", " 2026-11"})
    void anythingButAMonthIsRefusedAsThePeriodsFormat(String text) {
        assertThatThrownBy(() -> ReportingPeriod.parse(text))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).problems())
                        .singleElement()
                        .satisfies(p -> assertThat(p.field()).isEqualTo("period"))
                        .satisfies(p -> assertThat(p.messageKey()).isEqualTo("error.period.format")));
    }
}

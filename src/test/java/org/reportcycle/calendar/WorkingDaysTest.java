package org.reportcycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.ApplicationTestBase;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Working-day arithmetic around the 2019 Spring Festival and National Day 2026, and a year without data. */
class WorkingDaysTest extends ApplicationTestBase {

    @Autowired
    WorkingDays workingDays;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    @Test
    void springFestival2019() {
        for (int d = 4; d <= 10; d++) {
            assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 2, d)))
                    .as("2019-02-%02d", d)
                    .isFalse();
            assertThat(workingDays.holidayName(LocalDate.of(2019, 2, d))).contains("春节");
        }
        assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 2, 2)))
                .as("Saturday worked")
                .isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 2, 3)))
                .as("Sunday worked")
                .isTrue();
        assertThat(workingDays.holidayName(LocalDate.of(2019, 2, 2))).contains("春节");
        assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 2, 11))).isTrue();
        assertThat(workingDays.holidayName(LocalDate.of(2019, 2, 11))).isEmpty();

        assertThat(workingDays.lastWorkingDay(YearMonth.of(2019, 1))).isEqualTo(LocalDate.of(2019, 1, 31));
        assertThat(workingDays.offset(YearMonth.of(2019, 1), -3)).isEqualTo(LocalDate.of(2019, 1, 28));
        assertThat(workingDays.lastWorkingDay(YearMonth.of(2019, 2))).isEqualTo(LocalDate.of(2019, 2, 28));
        assertThat(workingDays.offset(YearMonth.of(2019, 2), -3)).isEqualTo(LocalDate.of(2019, 2, 25));

        // WD+1 … WD+4 of January 2019: Friday, the two weekend days worked, then past the holiday
        assertThat(workingDays.offset(YearMonth.of(2019, 1), 1)).isEqualTo(LocalDate.of(2019, 2, 1));
        assertThat(workingDays.offset(YearMonth.of(2019, 1), 2)).isEqualTo(LocalDate.of(2019, 2, 2));
        assertThat(workingDays.offset(YearMonth.of(2019, 1), 3)).isEqualTo(LocalDate.of(2019, 2, 3));
        assertThat(workingDays.offset(YearMonth.of(2019, 1), 4)).isEqualTo(LocalDate.of(2019, 2, 11));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2019, 2, 11), -1)).isEqualTo(LocalDate.of(2019, 2, 3));
        assertThat(workingDays.addWorkingDays(LocalDate.of(2019, 2, 3), 5)).isEqualTo(LocalDate.of(2019, 2, 15));
    }

    @Test
    void nationalDay2026AsTheFileSays() {
        CalendarFile file = CalendarFileParser.parse(Path.of("config/calendar/2026.yml"));
        Map<LocalDate, CalendarDay> listed =
                file.days().stream().collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        for (int d = 1; d <= 7; d++) {
            LocalDate day = LocalDate.of(2026, 10, d);
            assertThat(listed.get(day)).isEqualTo(new CalendarDay(day, false, "国庆节"));
            assertThat(workingDays.isWorkingDay(day)).as("%s", day).isFalse();
        }
        for (LocalDate day : new LocalDate[] {LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)}) {
            assertThat(listed.get(day)).isEqualTo(new CalendarDay(day, true, "国庆节"));
            assertThat(workingDays.isWorkingDay(day)).as("%s worked", day).isTrue();
        }
        assertThat(listed.get(LocalDate.of(2026, 9, 25)).name()).isEqualTo("中秋节");

        // September 2026: WD0 is Wednesday the 30th; Mid-Autumn (25–27) pushes WD-3 back to Thursday the 24th
        assertThat(workingDays.lastWorkingDay(YearMonth.of(2026, 9))).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(workingDays.offset(YearMonth.of(2026, 9), -3)).isEqualTo(LocalDate.of(2026, 9, 24));
        // WD+1 of September is the first day after National Day
        assertThat(workingDays.offset(YearMonth.of(2026, 9), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(workingDays.offset(YearMonth.of(2026, 9), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(workingDays.lastWorkingDay(YearMonth.of(2026, 10))).isEqualTo(LocalDate.of(2026, 10, 30));
        assertThat(workingDays.offset(YearMonth.of(2026, 10), -3)).isEqualTo(LocalDate.of(2026, 10, 27));
        assertThat(workingDays.holidayName(LocalDate.of(2026, 10, 1))).contains("国庆节");
    }

    @Test
    void aYearWithoutDataCountsWeekendsOnlyAndIsReported() {
        assertThat(workingDays.hasData(2030)).isFalse();
        LocalDate nationalDay2030 = LocalDate.of(2030, 10, 1); // a Tuesday
        assertThat(workingDays.isWorkingDay(nationalDay2030)).isTrue();
        assertThat(workingDays.holidayName(nationalDay2030)).isEmpty();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2030, 10, 5)))
                .as("Saturday")
                .isFalse();
        assertThat(workingDays.lastWorkingDay(YearMonth.of(2030, 8))).isEqualTo(LocalDate.of(2030, 8, 30));

        TestClock.setTo(LocalDate.of(2025, 6, 2).atTime(9, 0));
        assertThat(workingDays.missingYears()).isEmpty();
        TestClock.setTo(LocalDate.of(2026, 11, 25).atTime(9, 0));
        assertThat(workingDays.missingYears()).containsExactly(2027);
        TestClock.setTo(LocalDate.of(2029, 12, 31).atTime(23, 30));
        assertThat(workingDays.missingYears()).containsExactly(2029, 2030);
    }
}

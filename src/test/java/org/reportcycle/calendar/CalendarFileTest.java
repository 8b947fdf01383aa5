package org.reportcycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.reportcycle.ReportCycleApplication;
import org.reportcycle.support.ApplicationTestBase;
import org.reportcycle.support.DemoUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar files: a broken file names file and line and stops start-up; a file seeds only a year the
 * database does not have, so an administrator's change survives a restart.
 */
class CalendarFileTest extends ApplicationTestBase {

    private static final String GOOD = """
        year: 2030
        holidays:
          - { name: 元旦, date: 2030-01-01 }
          - { name: 国庆节, from: 2030-10-01, to: 2030-10-07 }
        workdays:
          - { name: 国庆节, date: 2030-09-29 }
        """;

    @Autowired
    CalendarStore store;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CalendarService calendar;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Clock clock;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    JdbcClient jdbc;

    @Test
    void readsHolidaysRangesAndMakeUpWorkdays(@TempDir Path dir) throws IOException {
        CalendarFile file = CalendarFileParser.parse(write(dir, "2030.yml", GOOD));
        assertThat(file.year()).isEqualTo(2030);
        assertThat(file.days()).hasSize(9).first().isEqualTo(new CalendarDay(LocalDate.of(2030, 1, 1), false, "元旦"));
        assertThat(file.days().get(1)).isEqualTo(new CalendarDay(LocalDate.of(2030, 9, 29), true, "国庆节"));
        assertThat(file.days().get(8)).isEqualTo(new CalendarDay(LocalDate.of(2030, 10, 7), false, "国庆节"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        4 | '  - { name: 国庆节, from: 2030-10-01, to: 2030-10-07 }' | '  - { name: 国庆节, date: 2031-01-01 }'                 | 2031-01-01 is not in 2030
        6 | '  - { name: 国庆节, date: 2030-09-29 }'                 | '  - { name: 国庆节, date: 2030-10-03 }'                 | 2030-10-03 is listed twice (also on line 4)
        4 | '  - { name: 国庆节, from: 2030-10-01, to: 2030-10-07 }' | '  - { name: 国庆节, date: 2030-02-30 }'                 | 'date' is not a date
        4 | '  - { name: 国庆节, from: 2030-10-01, to: 2030-10-07 }' | '  - { name: 国庆节, from: 2030-10-07, to: 2030-10-01 }' | 'to' 2030-10-01 is before 'from' 2030-10-07
        4 | '  - { name: 国庆节, from: 2030-10-01, to: 2030-10-07 }' | '  - { name: 国庆节, day: 2030-10-01 }'                  | unknown field 'day'
        4 | '  - { name: 国庆节, from: 2030-10-01, to: 2030-10-07 }' | '  - { date: 2030-10-01 }'                              | missing 'name'
        4 | '  - { name: 国庆节, from: 2030-10-01, to: 2030-10-07 }' | '  - { name: 国庆节, date: [2030-10-01 }'               | expected
        1 | 'year: 2030'                                          | 'year: 2031'                                           | year 2031 is in a file named 2030.yml
        """)
    void aBrokenFileNamesFileLineAndProblem(int line, String replaced, String by, String problem, @TempDir Path dir)
            throws IOException {
        Path file = write(dir, "2030.yml", GOOD.replace(replaced, by));
        assertThat(Files.readString(file)).contains(by);

        assertThatThrownBy(() -> CalendarFileParser.parse(file))
                .isInstanceOf(CalendarFileException.class)
                .hasMessageStartingWith(file + ", line " + line + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void aBrokenFileStopsStartUp(@TempDir Path dir) throws IOException {
        Path file = write(dir, "2030.yml", GOOD.replace("2030-01-01", "2029-12-31"));
        SpringApplicationBuilder app = new SpringApplicationBuilder(ReportCycleApplication.class)
                .profiles("test")
                .properties("server.port=0", "reportcycle.calendar.directory=" + dir);

        assertThatThrownBy(app::run)
                .isInstanceOf(CalendarFileException.class)
                .hasMessage(file + ", line 3: 2029-12-31 is not in 2030; list it in 2029.yml");
    }

    @Test
    void aRestartKeepsAnAdministratorsChangeAndSeedsOnlyMissingYears(@TempDir Path dir) throws IOException {
        List<CalendarDay> file2019 = store.listed(2019);
        assertThat(store.source(2019)).contains("file");
        assertThat(store.source(2030)).isEmpty();
        try {
            calendar.replace(
                    admin(),
                    "2019",
                    List.of(new DayEntry("2019-02-04", false, "春节"), new DayEntry("2019-12-31", false, "调整")));
            assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 12, 31))).isFalse();
            assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 2, 5))).isTrue();

            Files.copy(Path.of("config/calendar/2019.yml"), dir.resolve("2019.yml"));
            write(dir, "2030.yml", GOOD);
            loader(dir).afterSingletonsInstantiated();
            loader(Path.of("config/calendar")).afterSingletonsInstantiated();

            assertThat(store.source(2019)).contains("admin");
            assertThat(store.listed(2019)).hasSize(2);
            assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 12, 31))).isFalse();
            assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 2, 5))).isTrue();
            assertThat(store.source(2030)).contains("file");
            assertThat(workingDays.isWorkingDay(LocalDate.of(2030, 10, 1))).isFalse();
            assertThat(workingDays.holidayName(LocalDate.of(2030, 9, 29))).contains("国庆节");
        } finally {
            store.replace(2019, CalendarStore.SOURCE_FILE, "file 2019.yml", Instant.now(), file2019);
            jdbc.sql("DELETE FROM calendar_day WHERE year_number = 2030").update();
            jdbc.sql("DELETE FROM calendar_year WHERE year_number = 2030").update();
            workingDays.forgetAll();
        }
    }

    private CalendarLoader loader(Path dir) {
        return new CalendarLoader(new CalendarSettings(dir.toString()), store, workingDays, tx, clock);
    }

    private org.reportcycle.system.CurrentUser admin() {
        return new DemoUsers(userDetails).user(DemoUsers.ADMIN);
    }

    private static Path write(Path dir, String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}

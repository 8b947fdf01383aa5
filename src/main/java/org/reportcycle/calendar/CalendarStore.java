package org.reportcycle.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.reportcycle.system.TransientConflictException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The calendar_year and calendar_day rows. */
@Repository
class CalendarStore {

    static final String SOURCE_FILE = "file";
    static final String SOURCE_ADMIN = "admin";

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The year's source ({@code file} or {@code admin}), empty if the year has no data. */
    Optional<String> source(int year) {
        return jdbc.sql("SELECT source FROM calendar_year WHERE year_number = ?")
                .param(year)
                .query(String.class)
                .optional();
    }

    List<CalendarDay> listed(int year) {
        return jdbc.sql("SELECT calendar_date, working, name FROM calendar_day WHERE year_number = ? "
                        + "ORDER BY calendar_date")
                .param(year)
                .query((rs, n) -> new CalendarDay(
                        rs.getObject("calendar_date", LocalDate.class), rs.getBoolean("working"), rs.getString("name")))
                .list();
    }

    List<Integer> years() {
        return jdbc.sql("SELECT year_number FROM calendar_year ORDER BY year_number")
                .query(Integer.class)
                .list();
    }

    /** Replaces the year's listed days; the caller's transaction makes it all or nothing. */
    /** A year inserted by a concurrent replacement meanwhile: the whole replacement is tried again, and updates. */
    private void insertYear(int year, String source, Timestamp when, String by) {
        try {
            jdbc.sql("INSERT INTO calendar_year (year_number, source, updated_at, updated_by) VALUES (?, ?, ?, ?)")
                    .params(year, source, when, by)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new TransientConflictException(e);
        }
    }

    void replace(int year, String source, String by, Instant at, List<CalendarDay> days) {
        Timestamp when = Timestamp.from(at);
        if (jdbc.sql("UPDATE calendar_year SET source = ?, updated_at = ?, updated_by = ? WHERE year_number = ?")
                        .params(source, when, by, year)
                        .update()
                == 0) {
            insertYear(year, source, when, by);
        }
        jdbc.sql("DELETE FROM calendar_day WHERE year_number = ?").param(year).update();
        for (CalendarDay day : days) {
            jdbc.sql("INSERT INTO calendar_day (calendar_date, year_number, working, name) VALUES (?, ?, ?, ?)")
                    .params(day.date(), year, day.working(), day.name())
                    .update();
        }
    }
}

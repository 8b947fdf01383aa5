package org.reportcycle.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.stereotype.Service;

/** Working-day arithmetic; WD0 is the last working day of a month, WD-3 three working days before it. */
@Service
public class WorkingDays {

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    public LocalDate lastWorkingDay(YearMonth month) {
        LocalDate day = month.atEndOfMonth();
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** Moves {@code n} working days from a working day (negative: earlier). */
    public LocalDate addWorkingDays(LocalDate from, int n) {
        LocalDate day = from;
        int step = n < 0 ? -1 : 1;
        for (int left = Math.abs(n); left > 0; ) {
            day = day.plusDays(step);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** The working day at offset {@code n} from WD0 of {@code month}. */
    public LocalDate offset(YearMonth month, int n) {
        return addWorkingDays(lastWorkingDay(month), n);
    }
}

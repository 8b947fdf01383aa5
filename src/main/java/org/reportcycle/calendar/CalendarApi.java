package org.reportcycle.calendar;

import java.time.LocalDate;
import java.util.List;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The calendar on the API: any signed-in user reads a year; an administrator replaces its listed days. */
@RestController
class CalendarApi {

    private final CalendarService calendar;
    private final Retrying retrying;

    CalendarApi(CalendarService calendar, Retrying retrying) {
        this.calendar = calendar;
        this.retrying = retrying;
    }

    @GetMapping("/api/calendar/{year}")
    YearView year(@PathVariable String year) {
        return YearView.of(calendar.year(year));
    }

    /** The body lists the year's holidays and make-up workdays: [{"date", "working", "name"}, …]. */
    @PutMapping("/api/calendar/{year}")
    YearView replace(
            @AuthenticationPrincipal CurrentUser user, @PathVariable String year, @RequestBody List<DayEntry> days) {
        return YearView.of(retrying.run(() -> calendar.replace(user, year, days)));
    }

    /** A year: every day with whether it is worked and its holiday's name; whether the year has data, and whence. */
    record YearView(int year, boolean hasData, String source, List<DayView> days) {

        static YearView of(CalendarYear y) {
            return new YearView(
                    y.year(),
                    y.hasData(),
                    y.source(),
                    y.days().stream()
                            .map(d -> new DayView(d.date(), d.working(), d.name()))
                            .toList());
        }
    }

    /** One day: a working day or not, and the holiday or make-up workday it belongs to (else null). */
    record DayView(LocalDate date, boolean working, String name) {}
}

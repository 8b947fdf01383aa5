package org.reportcycle.calendar;

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
    CalendarYear year(@PathVariable String year) {
        return calendar.year(year);
    }

    /** The body lists the year's holidays and make-up workdays: [{"date", "working", "name"}, …]. */
    @PutMapping("/api/calendar/{year}")
    CalendarYear replace(@AuthenticationPrincipal CurrentUser user, @PathVariable String year,
            @RequestBody List<DayEntry> days) {
        return retrying.run(() -> calendar.replace(user, year, days));
    }
}

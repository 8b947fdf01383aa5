package org.reportcycle.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Reads a year of the calendar for anyone signed in; an administrator replaces a year's listed days. */
@Service
public class CalendarService {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private static final Logger log = LoggerFactory.getLogger(CalendarService.class);
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final CalendarStore store;
    private final WorkingDays workingDays;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CalendarService(CalendarStore store, WorkingDays workingDays, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.workingDays = workingDays;
        this.events = events;
        this.clock = clock;
    }

    /** Every day of the year, with whether it is worked and the name of its holiday or make-up workday. */
    @Transactional(readOnly = true)
    public CalendarYear year(String yearText) {
        int year = parseYear(yearText);
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            days.add(new CalendarDay(
                    day,
                    workingDays.isWorkingDay(day),
                    workingDays.holidayName(day).orElse(null)));
        }
        String source = store.source(year).orElse(null);
        return new CalendarYear(year, source != null, source, days);
    }

    /** Only the days the calendar lists for the year (holidays and make-up workdays), in date order. */
    @Transactional(readOnly = true)
    public List<CalendarDay> listed(String yearText) {
        return store.listed(parseYear(yearText));
    }

    /** Of this year and next year, those without calendar data. */
    public List<Integer> missingYears() {
        return workingDays.missingYears();
    }

    /**
     * Replaces the year's holidays and make-up workdays (ADMIN only) and tells the other modules, in this
     * transaction, so that due dates move with it. Every problem of the input is reported; nothing is
     * written on refusal.
     */
    @Transactional
    public CalendarYear replace(CurrentUser user, String yearText, List<DayEntry> entries) {
        user.requireRole(Role.ADMIN);
        int year = parseYear(yearText);
        List<CalendarDay> days = validate(year, entries);
        store.replace(year, CalendarStore.SOURCE_ADMIN, user.username(), clock.instant(), days);
        workingDays.forget(year);
        forgetAgainAfterCompletion(year);
        events.publishEvent(new CalendarChanged(year));
        log.info("Calendar {} replaced by {}: {} listed days", year, user.username(), days.size());
        return year(String.valueOf(year));
    }

    static int parseYear(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (!YEAR.matcher(trimmed).matches()
                || Integer.parseInt(trimmed) < FIRST_YEAR
                || Integer.parseInt(trimmed) > LAST_YEAR) {
            throw new InvalidInputException("year", "error.calendar.year", text, FIRST_YEAR, LAST_YEAR);
        }
        return Integer.parseInt(trimmed);
    }

    static List<CalendarDay> validate(int year, List<DayEntry> entries) {
        Validation validation = new Validation();
        List<CalendarDay> days = new ArrayList<>();
        if (entries == null) {
            validation.require(false, "days", "error.field.required");
            validation.throwIfInvalid();
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String field = "days[" + i + "].";
            DayEntry entry = entries.get(i);
            if (entry == null) {
                validation.require(false, "days[" + i + "]", "error.field.required");
                continue;
            }
            LocalDate date = date(entry.date());
            validation.require(entry.date() != null && !entry.date().isBlank(), field + "date", "error.field.required");
            if (entry.date() != null && !entry.date().isBlank()) {
                validation.require(date != null, field + "date", "error.calendar.date", entry.date());
            }
            if (date != null) {
                validation.require(
                        date.getYear() == year,
                        field + "date",
                        "error.calendar.dateOutsideYear",
                        date.toString(),
                        String.valueOf(year));
                validation.require(seen.add(date), field + "date", "error.calendar.duplicateDate", date.toString());
            }
            validation.require(entry.working() != null, field + "working", "error.field.required");
            validation.text(entry.name(), field + "name", CalendarFileParser.MAX_NAME);
            if (date != null && entry.working() != null && entry.name() != null) {
                days.add(new CalendarDay(date, entry.working(), entry.name().strip()));
            }
        }
        validation.throwIfInvalid();
        return days;
    }

    private static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Other threads may have read the old year meanwhile, and a rollback must not leave the new one. */
    private void forgetAgainAfterCompletion(int year) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    workingDays.forget(year);
                }
            });
        }
    }
}

package org.reportcycle.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.reportcycle.system.Confirmation;
import org.reportcycle.system.OfficeTime;
import org.reportcycle.system.PageMessages;
import org.springframework.stereotype.Component;

/**
 * The administrator's second step before a year is replaced: each deadline that moves, from when to when; no
 * way on when one would move to a time already past, since its reminders would go out at once.
 */
@Component
class CalendarConfirmations {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(OfficeTime.ZONE);

    private final PageMessages messages;

    CalendarConfirmations(PageMessages messages) {
        this.messages = messages;
    }

    Confirmation of(int year, List<CalendarPreview.Move> moves, HttpServletRequest request, Locale locale) {
        Confirmation c = Confirmation.of(
                messages.message("confirm.calendar.title", locale, String.valueOf(year)),
                "/calendar/" + year,
                "/calendar/" + year,
                messages.message("confirm.calendar.button", locale),
                request);
        if (moves.isEmpty()) {
            return c.line(messages.message("confirm.calendar.none", locale));
        }
        c = c.line(messages.message("confirm.calendar.moves", locale, moves.size()))
                .names(moves.stream()
                        .map(m -> messages.message(
                                        "confirm.calendar.move",
                                        locale,
                                        m.what(),
                                        TIME.format(m.from()),
                                        TIME.format(m.to()))
                                + (m.intoPast() ? messages.message("confirm.calendar.pastMark", locale) : ""))
                        .toList());
        long intoPast = moves.stream().filter(CalendarPreview.Move::intoPast).count();
        return intoPast == 0 ? c : c.block(messages.message("confirm.calendar.past", locale, intoPast));
    }
}

package org.reportcycle.calendar;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Role;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which deadlines of open cycles and tracked plan items a replacement of a year would move, and to when, worked
 * out without writing anything: the administrator sees them before saving, and a move to a time already past
 * (whose reminders would go out at once) is marked.
 */
@Service
public class CalendarPreview {

    private final WorkingDays workingDays;
    private final List<CalendarDeadlines> sources;
    private final Clock clock;

    CalendarPreview(WorkingDays workingDays, List<CalendarDeadlines> sources, Clock clock) {
        this.workingDays = workingDays;
        this.sources = sources;
        this.clock = clock;
    }

    /** The moves, in the order the modules list their deadlines; refused as the replacement would be. */
    @Transactional(readOnly = true)
    public List<Move> moves(CurrentUser user, String yearText, List<DayEntry> entries) {
        user.requireRole(Role.ADMIN);
        int year = CalendarService.parseYear(yearText);
        List<CalendarDay> days = CalendarService.validate(year, entries);
        List<CalendarDeadline> before = all();
        Map<String, CalendarDeadline> after = workingDays.supposing(year, days, this::all).stream()
                .collect(Collectors.toMap(CalendarDeadline::key, Function.identity(), (a, b) -> a));
        Instant now = clock.instant();
        List<Move> moves = new ArrayList<>();
        for (CalendarDeadline d : before) {
            CalendarDeadline moved = after.get(d.key());
            if (moved != null && !moved.at().equals(d.at())) {
                moves.add(new Move(d.what(), d.at(), moved.at(), moved.at().isBefore(now)));
            }
        }
        return moves;
    }

    private List<CalendarDeadline> all() {
        return sources.stream().flatMap(s -> s.deadlines().stream()).toList();
    }

    /** A deadline that would move from {@code from} to {@code to}; {@code intoPast}: {@code to} has passed. */
    public record Move(MessageSourceResolvable what, Instant from, Instant to, boolean intoPast) {}
}

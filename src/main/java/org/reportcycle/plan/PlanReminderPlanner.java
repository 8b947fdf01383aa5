package org.reportcycle.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.system.OfficeTime;
import org.springframework.stereotype.Component;

/**
 * The reminder ladder of a plan item in working days: 5 and 1 working days before its due day, an overdue notice
 * the working day after, then every week (on the next working day if that day is off). Each reminder is written
 * at 08:00 in the office, so that the 09:00 digest of that day carries it.
 */
@Component
class PlanReminderPlanner {

    static final ZoneId OFFICE_ZONE = OfficeTime.ZONE;
    static final LocalTime REMINDER_TIME = LocalTime.of(8, 0);
    /** The hour on the due day by which the item counts as due, as printed in reminder lines. */
    static final LocalTime DUE_TIME = LocalTime.of(17, 0);

    private final WorkingDays workingDays;

    PlanReminderPlanner(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** A month deadline is due on the month's last working day, a date deadline on that date. */
    LocalDate dueDay(Deadline deadline) {
        return deadline.month() != null ? workingDays.lastWorkingDay(deadline.month()) : deadline.date();
    }

    Instant dueAt(Deadline deadline) {
        return dueDay(deadline).atTime(DUE_TIME).atZone(OFFICE_ZONE).toInstant();
    }

    /** The first reminder of the ladder strictly after {@code after}. */
    NextReminder next(Deadline deadline, Instant after) {
        LocalDate due = dueDay(deadline);
        LocalDate overdue = workingDays.addWorkingDays(due, 1);
        NextReminder[] ladder = {
            at(PlanReminderKind.DUE_IN_5_DAYS, workingDays.addWorkingDays(due, -5)),
            at(PlanReminderKind.DUE_IN_1_DAY, workingDays.addWorkingDays(due, -1)),
            at(PlanReminderKind.OVERDUE, overdue)
        };
        for (NextReminder step : ladder) {
            if (step.at().isAfter(after)) {
                return step;
            }
        }
        for (int week = 1; ; week++) {
            NextReminder weekly = at(PlanReminderKind.WEEKLY, onOrAfter(overdue.plusWeeks(week)));
            if (weekly.at().isAfter(after)) {
                return weekly;
            }
        }
    }

    private LocalDate onOrAfter(LocalDate day) {
        return workingDays.isWorkingDay(day) ? day : workingDays.addWorkingDays(day, 1);
    }

    private static NextReminder at(PlanReminderKind kind, LocalDate day) {
        return new NextReminder(
                kind, day.atTime(REMINDER_TIME).atZone(OFFICE_ZONE).toInstant());
    }
}

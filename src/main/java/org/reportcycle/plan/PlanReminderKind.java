package org.reportcycle.plan;

import org.reportcycle.notification.Reminder.Colour;

/**
 * The steps of a plan item's reminder ladder: 5 and 1 working days before, overdue, then weekly. Each one's line
 * in the digest is the message {@code mail.reminder.plan.<name>}.
 */
public enum PlanReminderKind {
    DUE_IN_5_DAYS(Colour.BLUE),
    DUE_IN_1_DAY(Colour.YELLOW),
    OVERDUE(Colour.RED),
    WEEKLY(Colour.RED);

    private final Colour colour;

    PlanReminderKind(Colour colour) {
        this.colour = colour;
    }

    public Colour colour() {
        return colour;
    }
}

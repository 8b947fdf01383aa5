package org.reportcycle.plan;

import org.reportcycle.notification.Reminder.Colour;

/** The steps of a plan item's reminder ladder: 5 and 1 working days before, overdue, then weekly. */
public enum PlanReminderKind {
    DUE_IN_5_DAYS(Colour.BLUE, "将于5个工作日后到期"),
    DUE_IN_1_DAY(Colour.YELLOW, "将于1个工作日后到期"),
    OVERDUE(Colour.RED, "已逾期"),
    WEEKLY(Colour.RED, "仍未完成（每周提醒）");

    private final Colour colour;
    private final String phrase;

    PlanReminderKind(Colour colour, String phrase) {
        this.colour = colour;
        this.phrase = phrase;
    }

    public Colour colour() {
        return colour;
    }

    /** How the digest line says it, e.g. 已逾期. */
    public String phrase() {
        return phrase;
    }
}

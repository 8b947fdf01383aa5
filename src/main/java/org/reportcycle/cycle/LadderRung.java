package org.reportcycle.cycle;

import org.reportcycle.notification.Reminder.Colour;

/** The rungs of the submission reminder ladder, in order, each with its colour and its timer in the model. */
enum LadderRung {
    BLUE(Colour.BLUE, MonthlyCycleProcess.BOUNDARY_REMIND_BLUE),
    YELLOW(Colour.YELLOW, MonthlyCycleProcess.BOUNDARY_REMIND_YELLOW),
    RED(Colour.RED, MonthlyCycleProcess.BOUNDARY_REMIND_RED),
    ESCALATED(Colour.RED, MonthlyCycleProcess.BOUNDARY_REMIND_ESCALATED);

    private final Colour colour;
    private final String boundaryEvent;

    LadderRung(Colour colour, String boundaryEvent) {
        this.colour = colour;
        this.boundaryEvent = boundaryEvent;
    }

    Colour colour() {
        return colour;
    }

    String boundaryEvent() {
        return boundaryEvent;
    }

    static LadderRung ofBoundaryEvent(String activityId) {
        for (LadderRung rung : values()) {
            if (rung.boundaryEvent.equals(activityId)) {
                return rung;
            }
        }
        return null;
    }
}

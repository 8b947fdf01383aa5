package org.reportcycle.calendar;

/** A calendar file cannot be used: names the file, the line and the problem. */
class CalendarFileException extends RuntimeException {

    CalendarFileException(String file, int line, String problem) {
        super("%s, line %d: %s".formatted(file, line, problem));
    }
}

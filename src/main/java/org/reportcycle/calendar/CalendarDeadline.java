package org.reportcycle.calendar;

import java.time.Instant;
import org.springframework.context.MessageSourceResolvable;

/**
 * A deadline that follows the working-day calendar, as another module reports it: {@code key} tells one deadline
 * from another across two readings, {@code what} names it for people.
 */
public record CalendarDeadline(String key, MessageSourceResolvable what, Instant at) {}

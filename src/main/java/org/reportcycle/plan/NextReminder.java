package org.reportcycle.plan;

import java.time.Instant;

/** When a plan item's next reminder is written, and which step of the ladder it is. */
record NextReminder(PlanReminderKind kind, Instant at) {}

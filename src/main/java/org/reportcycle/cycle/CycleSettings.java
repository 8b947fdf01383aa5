package org.reportcycle.cycle;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The cycle's timeline in working days relative to WD0, the last working day of the month: opening (WD-3 at
 * 09:00), submission due (WD0 at 17:00), compile due (WD+3 at 17:00) and sign-off due (WD+5 at 17:00). With
 * {@code automaticOpening} (default) each month opens by itself at its opening time; without it only the office
 * opens months. A month more than {@code backfillBeforeMonths} before the current one (default 1: before last
 * month) opens only as a back-fill (补录).
 */
@ConfigurationProperties("reportcycle.cycle")
record CycleSettings(
        @DefaultValue("-3") int openingOffset,
        @DefaultValue("09:00") LocalTime openingTime,
        @DefaultValue("0") int submissionDueOffset,
        @DefaultValue("17:00") LocalTime submissionDueTime,
        @DefaultValue("3") int compileDueOffset,
        @DefaultValue("17:00") LocalTime compileDueTime,
        @DefaultValue("5") int signOffDueOffset,
        @DefaultValue("17:00") LocalTime signOffDueTime,
        @DefaultValue("1") int backfillBeforeMonths,
        @DefaultValue("true") boolean automaticOpening) {}

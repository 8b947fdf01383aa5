package org.reportcycle.support;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationContext;

/**
 * Lives through whole days as the job executor would, without waiting: for each simulated day the clock stands at
 * 08:00 (ladder timers) and every due job runs until none is left, then at 09:00 (the opening check and the
 * reminder digest) the same, then at 10:00 the day's planned actions happen (someone submits, the office returns a
 * report...) and the jobs they made due run. The daily timer start events are first aligned to the first day, and
 * the opening loop is started afresh at the first day's midnight, so its timer waits for the next opening from there.
 */
public final class SimulatedDays {

    private static final LocalTime LADDER = LocalTime.of(8, 0);
    private static final LocalTime DIGEST = LocalTime.of(9, 0);
    private static final LocalTime WORK = LocalTime.of(10, 0);

    private final ManagementService management;
    private final ApplicationContext context;
    private final Map<LocalDate, List<Runnable>> actions = new LinkedHashMap<>();

    public SimulatedDays(ApplicationContext context) {
        this.management = context.getBean(ManagementService.class);
        this.context = context;
    }

    /** Plans an action for 10:00 on {@code day}. */
    public SimulatedDays on(LocalDate day, Runnable action) {
        actions.computeIfAbsent(day, d -> new ArrayList<>()).add(action);
        return this;
    }

    /** Lives through every day from {@code from} to {@code to}, both included. */
    public void run(LocalDate from, LocalDate to) {
        TestClock.setTo(from, LocalTime.MIDNIGHT);
        alignDailyTimers(from);
        OpeningLoop.restart(context);
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            at(day, LADDER);
            at(day, DIGEST);
            TestClock.setTo(day, WORK);
            actions.getOrDefault(day, List.of()).forEach(Runnable::run);
            runDueJobs();
        }
    }

    /** Sets the clock to {@code time} on {@code day} and runs every job due by then. */
    public void at(LocalDate day, LocalTime time) {
        TestClock.setTo(day, time);
        runDueJobs();
    }

    /** Runs every executable job whose due date has passed, again and again until none is left. */
    public void runDueJobs() {
        for (int round = 0; round < 100; round++) {
            List<Job> due = management.createJobQuery().executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new IllegalStateException("Jobs keep becoming due: a timer loops");
    }

    private void alignDailyTimers(LocalDate day) {
        Date at = Date.from(day.atTime(DIGEST).atZone(TestClock.OFFICE_ZONE).toInstant());
        management.createJobQuery().timers().list().stream()
                .filter(j -> j.getProcessInstanceId() == null)
                .forEach(j -> management.setJobDuedate(j.getId(), at));
    }
}

package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.reportcycle.bulletin.BulletinCompiler;
import org.reportcycle.bulletin.BulletinPublisher;
import org.reportcycle.submission.SubmissionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the process's service tasks do; each delegate calls one of these. */
@Service
class CycleSteps {

    private static final Logger log = LoggerFactory.getLogger(CycleSteps.class);

    /** The steps' names in {@code step_attempt}; the subject is the period or the special issue's key. */
    static final String PUBLISH = "publish";
    static final String DISTRIBUTE = "distribute";

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final SubmissionService submissions;
    private final BulletinCompiler compiler;
    private final BulletinPublisher publisher;
    private final StepAttempts attempts;
    private final Clock clock;

    CycleSteps(Cycles cycles, CycleSchedule schedule, SubmissionService submissions, BulletinCompiler compiler,
            BulletinPublisher publisher, StepAttempts attempts, Clock clock) {
        this.attempts = attempts;
        this.cycles = cycles;
        this.schedule = schedule;
        this.submissions = submissions;
        this.compiler = compiler;
        this.publisher = publisher;
        this.clock = clock;
    }

    Instant submissionDue(String period) {
        return cycles.find(period).orElseThrow().submissionDueAt().toInstant();
    }

    @Transactional
    List<String> prepareSubmissions(String period) {
        return submissions.prepare(period, submissionDue(period));
    }

    @Transactional
    void assembleBulletin(String period) {
        cycles.compiling(period, clock.instant());
        compiler.assemble(period);
    }

    @Transactional
    void publishBulletin(String period) {
        attempted(PUBLISH, period, () -> {
            publisher.publish(period, !cycles.backfill(period));
            cycles.published(period, clock.instant());
        });
    }

    @Transactional
    void distributeBulletin(String period) {
        if (cycles.backfill(period)) {
            log.info("Bulletin {} is a back-fill: distributed to nobody", period);
            return;
        }
        attempted(DISTRIBUTE, period, () -> publisher.distribute(period));
    }

    @Transactional
    void publishSpecialIssue(String key) {
        attempted(PUBLISH, key, () -> publisher.publish(key));
    }

    @Transactional
    void distributeSpecialIssue(String key) {
        attempted(DISTRIBUTE, key, () -> publisher.distribute(key));
    }

    /** Records the attempt's start apart from the step, so that a takeover of an attempt that died is logged. */
    private void attempted(String step, String subject, Runnable work) {
        StepAttempts.Attempt attempt = attempts.begin(step, subject);
        work.run();
        attempts.finished(attempt);
    }
}

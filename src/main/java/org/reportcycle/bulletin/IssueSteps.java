package org.reportcycle.bulletin;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the issue process's service tasks do, for either kind of bulletin; each delegate calls one of these. */
@Service
class IssueSteps {

    private static final Logger log = LoggerFactory.getLogger(IssueSteps.class);

    /** The steps' names in {@code step_attempt}; the subject is the bulletin's key. */
    static final String PUBLISH = "publish";

    static final String DISTRIBUTE = "distribute";

    private final BulletinPublisher publisher;
    private final BulletinCycle cycle;
    private final StepAttempts attempts;
    private final SignOffReminders reminders;

    IssueSteps(BulletinPublisher publisher, BulletinCycle cycle, StepAttempts attempts, SignOffReminders reminders) {
        this.publisher = publisher;
        this.cycle = cycle;
        this.attempts = attempts;
        this.reminders = reminders;
    }

    /** Whether publishing would archive what was signed off (or did so already). */
    @Transactional(readOnly = true)
    boolean publishable(String key) {
        return publisher.unchangedSinceSignOff(key);
    }

    @Transactional
    void publish(String key) {
        attempted(PUBLISH, key, () -> publisher.publish(key, !cycle.backfilled(key)));
    }

    @Transactional
    void distribute(String key) {
        if (cycle.backfilled(key)) {
            log.info("Bulletin {} is a back-fill: distributed to nobody", key);
            return;
        }
        attempted(DISTRIBUTE, key, () -> publisher.distribute(key));
    }

    /** The files no longer match the sign-off: back to a draft the office edits and sends again. */
    @Transactional
    void reopenChanged(String key) {
        publisher.reopenChanged(key);
    }

    @Transactional
    void signOffDueToday(String key, Instant dueAt) {
        reminders.signOffDueToday(key, dueAt);
    }

    /** Records the attempt's start apart from the step, so that a takeover of an attempt that died is logged. */
    private void attempted(String step, String subject, Runnable work) {
        StepAttempts.Attempt attempt = attempts.begin(step, subject);
        work.run();
        attempts.finished(attempt);
    }
}

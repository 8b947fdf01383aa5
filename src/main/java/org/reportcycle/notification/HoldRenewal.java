package org.reportcycle.notification;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this node's hold on the email it is sending while the send lasts, on a thread of its own: a slow server
 * never lets another node take an email in flight. A node that dies stops renewing, and its hold runs out.
 */
final class HoldRenewal implements AutoCloseable {

    /** A renewal running until closed. */
    interface Running extends AutoCloseable {
        @Override
        void close();
    }

    private static final Logger log = LoggerFactory.getLogger(HoldRenewal.class);

    private final OutboxRows rows;
    private final Duration holdFor;
    private final ScheduledExecutorService timer;

    HoldRenewal(OutboxRows rows, Duration holdFor) {
        this.rows = rows;
        this.holdFor = holdFor;
        this.timer = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "outbox-hold-" + rows.node().substring(0, 8));
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Renews four times per hold, so that a late renewal or two still comes before the hold runs out. */
    Running start() {
        long every = Math.max(holdFor.toMillis() / 4, 1);
        ScheduledFuture<?> renewing = timer.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
        return () -> renewing.cancel(false);
    }

    private void renew() {
        try {
            rows.renew(holdFor);
        } catch (RuntimeException e) {
            // an exception would end the schedule; the next renewal may well succeed
            log.warn("Could not renew the hold on the email being sent: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

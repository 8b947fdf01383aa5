package org.reportcycle.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.concurrent.atomic.AtomicLong;
import org.reportcycle.system.Retrying;
import org.slf4j.LoggerFactory;

/**
 * Counts the application's own retries (each attempt {@link Retrying} logs after it met a concurrent change),
 * which a client never sees unless all attempts fail with 409.
 */
final class ServerRetries {

    private static final AtomicLong COUNT = new AtomicLong();

    static {
        Counting appender = new Counting();
        appender.start();
        ((Logger) LoggerFactory.getLogger(Retrying.class)).addAppender(appender);
    }

    private ServerRetries() {}

    static long count() {
        return COUNT.get();
    }

    private static final class Counting extends AppenderBase<ILoggingEvent> {
        @Override
        protected void append(ILoggingEvent event) {
            if (event.getMessage().startsWith("Attempt ")) {
                COUNT.incrementAndGet();
            }
        }
    }
}

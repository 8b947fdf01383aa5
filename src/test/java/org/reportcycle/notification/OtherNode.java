package org.reportcycle.notification;

import java.time.Clock;
import java.time.Duration;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/** Senders as other nodes run them: the application's database, mail server and settings, a node id of their own. */
final class OtherNode {

    private OtherNode() {}

    /** A sender with the application's settings. Close it after use. */
    static OutboxSender sender(ApplicationContext context) {
        MailSettings s = context.getBean(MailSettings.class);
        return sender(context, context.getBean(JdbcClient.class), s.claimFor(), s.batchSize());
    }

    /** A sender over {@code jdbc} that holds each email for {@code claimFor}. Close it after use. */
    static OutboxSender sender(ApplicationContext context, JdbcClient jdbc, Duration claimFor, int batchSize) {
        MailSettings s = context.getBean(MailSettings.class);
        MailSettings settings = new MailSettings(
                s.from(),
                s.fromName(),
                s.baseUrl(),
                s.firstRetry(),
                s.maxRetryDelay(),
                s.retryFor(),
                batchSize,
                claimFor,
                s.poll(),
                false);
        return new OutboxSender(
                jdbc,
                context.getBeanProvider(JavaMailSender.class),
                settings,
                context.getBean(Clock.class),
                context.getBean(Attachments.class));
    }
}

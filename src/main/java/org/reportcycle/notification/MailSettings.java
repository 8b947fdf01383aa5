package org.reportcycle.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings: sender address, the application's address for links (unset: see {@link LinkBase}), and the outbox sender's rhythm. Every
 * {@code poll} a node takes up to {@code batchSize} due emails and holds each one it sends for {@code claimFor}
 * (renewed while the send lasts). An email the server refuses for now is tried again after {@code firstRetry},
 * doubled each time up to {@code maxRetryDelay}; one that has not gone out within {@code retryFor} of its round
 * of attempts fails. {@code senderEnabled} false leaves delivery to explicit calls (tests).
 */
@ConfigurationProperties("reportcycle.mail")
record MailSettings(
        @DefaultValue("reportcycle@example.org") String from,
        @DefaultValue("ReportCycle 月度报送") String fromName,
        String baseUrl,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("PT1H") Duration maxRetryDelay,
        @DefaultValue("P7D") Duration retryFor,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT2M") Duration claimFor,
        @DefaultValue("PT10S") Duration poll,
        @DefaultValue("true") boolean senderEnabled) {}

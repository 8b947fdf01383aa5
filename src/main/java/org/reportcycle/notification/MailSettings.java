package org.reportcycle.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings: sender address, the application's address for links, how many attempts, the first retry
 * delay (doubled each time), how often the sender looks, and how long one node holds a message it is sending.
 */
@ConfigurationProperties("reportcycle.mail")
record MailSettings(@DefaultValue("reportcycle@example.org") String from,
        @DefaultValue("ReportCycle 月度报送") String fromName,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetry,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT2M") Duration claimFor) {
}

package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Where the links in emails point: the configured address, or else the port this node listens on. */
class LinkBaseTest {

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        assertThat(new LinkBase(settings(" https://reportcycle.example.org/ ")).url())
                .isEqualTo("https://reportcycle.example.org");
    }

    @Test
    void withoutOneTheLinksStartWithTheDefaultPortUntilTheServerSaysWhichItHas() {
        assertThat(new LinkBase(settings(null)).url()).isEqualTo("http://localhost:8080");
        assertThat(new LinkBase(settings("  ")).url()).isEqualTo("http://localhost:8080");
    }

    private static MailSettings settings(String baseUrl) {
        return new MailSettings(
                "a@example.org",
                "ReportCycle",
                baseUrl,
                Duration.ofMinutes(1),
                Duration.ofHours(1),
                Duration.ofDays(7),
                50,
                Duration.ofMinutes(2),
                Duration.ofSeconds(10),
                false);
    }
}

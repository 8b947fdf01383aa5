package org.reportcycle.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A {@link CycleTestBase} whose application sends to one {@link SmtpPeer} shared by every such test class, so
 * they share one application context too. Each test starts with the peer listening and with nothing recorded.
 */
public abstract class SmtpPeerTestBase extends CycleTestBase {

    protected static final SmtpPeer PEER = SmtpPeer.start();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", PEER::port);
    }

    @BeforeEach
    void aListeningPeerThatRemembersNothing() {
        PEER.up();
        PEER.reset();
    }
}

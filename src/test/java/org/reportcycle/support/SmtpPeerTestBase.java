package org.reportcycle.support;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * A {@link CycleTestBase} whose application sends to one {@link SmtpPeer} on the shared context's
 * {@link #SMTP_PORT}. Each test starts with the peer listening and with nothing recorded; after the class the
 * peer stops listening, so that the next class may start its own server on the port.
 */
public abstract class SmtpPeerTestBase extends CycleTestBase {

    protected static final SmtpPeer PEER = SmtpPeer.start(SMTP_PORT);

    @BeforeEach
    void aListeningPeerThatRemembersNothing() {
        PEER.up();
        PEER.reset();
    }

    @AfterAll
    static void freeThePort() {
        PEER.down();
    }
}

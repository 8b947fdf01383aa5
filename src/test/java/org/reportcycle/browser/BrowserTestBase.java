package org.reportcycle.browser;

import java.io.IOException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reportcycle.support.CycleData;
import org.reportcycle.support.CycleDriver;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a port of its own for a browser: every test starts and ends with no cycle and the
 * clock back to real time; {@link #cycle()} drives the state the page needs through the services. Each test
 * class carries the tag {@code browser} itself, so that CI can check each one ran.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTestBase {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    @AfterEach
    void noCyclesAndRealTime() {
        CycleData.deleteAll(runtime, jdbc);
        TestClock.reset();
    }

    CycleDriver cycle() {
        return new CycleDriver(context);
    }

    Browser browser() throws IOException {
        return new Browser(port);
    }

    /** The link of the one email the key names, as its reader clicks it. */
    String emailLink(String where, Object... params) {
        return jdbc.sql("SELECT text_body FROM outbox_message WHERE " + where)
                .params(params)
                .query(String.class)
                .single()
                .lines()
                .filter(l -> l.startsWith("http"))
                .findFirst()
                .orElseThrow();
    }
}

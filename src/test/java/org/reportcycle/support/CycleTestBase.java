package org.reportcycle.support;

import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reportcycle.organization.OrganizationDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A test on the whole application ({@link ApplicationTestBase}: in-memory database, job executor off) that
 * works on cycles: the clock stands at {@link #NOVEMBER_2026_OPENING} unless the test moves it, camunda-bpm-assert
 * is bound to the engine, and every cycle is deleted afterwards.
 */
public abstract class CycleTestBase extends ApplicationTestBase {

    /** WD-3 of November 2026 at 09:00, the day its cycle opens (no holiday falls near the end of November). */
    protected static final LocalDateTime NOVEMBER_2026_OPENING = LocalDateTime.of(2026, 11, 25, 9, 0);

    @Autowired
    protected ApplicationContext context;

    @Autowired
    protected ProcessEngine engine;

    @Autowired
    protected RuntimeService runtime;

    @Autowired
    protected TaskService tasks;

    @Autowired
    protected ManagementService management;

    @Autowired
    protected OrganizationDirectory directory;

    @Autowired
    protected JdbcClient jdbc;

    protected CycleDriver cycle;
    protected DemoUsers users;

    @BeforeEach
    void startWithNoCycles() {
        AbstractAssertions.init(engine);
        TestClock.setTo(NOVEMBER_2026_OPENING);
        cycle = new CycleDriver(context);
        users = cycle.users();
    }

    @AfterEach
    void deleteCyclesAndResetClock() {
        if (sharesItsDatabase()) {
            CycleData.deleteAll(runtime, jdbc);
        }
        TestClock.reset();
        AbstractAssertions.reset();
    }

    /** A test with a database of its own (a benchmark) may skip the clean-up, which costs more than it saves. */
    protected boolean sharesItsDatabase() {
        return true;
    }

    /** Rows of an application table, e.g. {@code rows("completion_item")}. */
    protected long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** The recipients of the outbox messages of one kind, e.g. {@code DISTRIBUTION}. */
    protected List<String> outboxRecipients(String kind) {
        return jdbc.sql("SELECT recipient_email FROM outbox_message WHERE kind = ? ORDER BY id")
                .param(kind)
                .query(String.class)
                .list();
    }
}

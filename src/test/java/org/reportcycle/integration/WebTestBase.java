package org.reportcycle.integration;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.reportcycle.support.RememberedPasswordChecks;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The whole application behind MockMvc, with its security filters, on an in-memory database shared by every web
 * test (the property below keeps this context apart from other suites' contexts). Tests share the database, so
 * each takes fresh periods from {@link #newPeriod()}. The clock stands still at {@link #NOW}.
 */
@SpringBootTest(properties = "reportcycle.test.suite=web")
@AutoConfigureMockMvc
@Import(RememberedPasswordChecks.class)
public abstract class WebTestBase {

    /** Monday 23 November 2026, 10:00 in the office; WD0 of November is Monday the 30th. */
    public static final Instant NOW =
            OffsetDateTime.parse("2026-11-23T10:00:00+08:00").toInstant();

    private static final AtomicInteger PERIODS = new AtomicInteger();
    private static final YearMonth FIRST_FRESH = YearMonth.of(2000, 1);
    private static final YearMonth NAMED_FROM = YearMonth.of(2026, 1);

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected ObjectMapper json;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    protected CycleWalk walk;

    @BeforeEach
    void standStill() {
        ClockUtil.setCurrentTime(Date.from(NOW));
        walk = new CycleWalk(mvc, json, runtime, management);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    /**
     * Every MockMvc request comes from 127.0.0.1 and the clock stands still, so one test's deliberate wrong
     * passwords would otherwise lock a shared demo account or throttle the address for the tests after it.
     */
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("DELETE FROM sign_in_account").update();
        jdbc.sql("DELETE FROM sign_in_address_failure").update();
    }

    /**
     * Every controller mapping as "METHOD /pattern" (e.g. {@code POST /api/reports/{period}/{department}/submit}),
     * so that a test listing endpoints can check it left none out.
     */
    protected Set<String> mappedEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues()
                        .forEach(pattern -> info.getMethodsCondition()
                                .getMethods()
                                .forEach(method -> endpoints.add(method + " " + pattern))));
        return endpoints;
    }

    /**
     * The mapping pattern of a listed example path: 2026-11 stands for {period}, ZZB for {department}, and
     * 2026-01/2026-06 for a summary's {from}/{to}.
     */
    protected static String pattern(String method, String path) {
        return method + " "
                + path.replace("2026-11", "{period}")
                        .replace("ZZB", "{department}")
                        .replace("/summaries/2026-01/2026-06", "/summaries/{from}/{to}")
                        .replace("/calendar/2026", "/calendar/{year}")
                        .replace("/api/bulletins/2026/7.pdf", "/api/bulletins/{year}/{number}.{extension}")
                        .replace("/document.pdf", "/document.{extension}");
    }

    /**
     * A period no other web test uses: January 2000 (the first month a cycle may be opened) onwards, one month
     * per call. The web suites share one database and their fixtures name months of 2026 (2026-09 to 2026-11
     * above all), so a fresh period stays before 2026; running into them fails here rather than as a puzzling 409.
     */
    protected static String newPeriod() {
        YearMonth month = FIRST_FRESH.plusMonths(PERIODS.getAndIncrement());
        if (!month.isBefore(NAMED_FROM)) {
            throw new IllegalStateException("fresh periods ran into the months tests name: start them earlier");
        }
        return month.toString();
    }
}

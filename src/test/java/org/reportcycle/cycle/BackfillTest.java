package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleData;
import org.reportcycle.support.CycleDriver;
import org.reportcycle.support.OpeningLoop;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * With the production rule (a month before last month is a back-fill): the office opens such a month only when it
 * says so, on the API and on the page, and a back-filled month then runs its whole cycle without one email, one
 * reminder or one timer that fires, and is marked 补录.
 */
@SpringBootTest(properties = "reportcycle.cycle.backfill-before-months=1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BackfillTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WorkItems workItems;

    private CycleDriver cycle;

    @BeforeEach
    void standOnTheTwentyThirdOfNovember() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 23, 10, 0));
        cycle = new CycleDriver(context);
    }

    @AfterEach
    void deleteCycles() {
        CycleData.deleteAll(runtime, jdbc);
        TestClock.reset();
    }

    @Test
    void aPastMonthWithoutTheFlagIsRefusedSayingWhyInTheReadersLanguage() throws Exception {
        mvc.perform(post("/api/cycles")
                        .with(httpBasic("office", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2020-05\"}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("2020年5月早已过去：开启它就是补录")))
                .andExpect(jsonPath("$.detail").value(containsString("\"backfill\": true")));
        mvc.perform(post("/api/cycles")
                        .with(httpBasic("office", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en")
                        .content("{\"period\":\"2020-05\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("May 2020 is long past")));
        mvc.perform(get("/api/cycles/2020-05").with(httpBasic("office", "demo")))
                .andExpect(status().isNotFound());
        assertThat(outboxRows()).isZero();
    }

    @Test
    void lastMonthOpensAsUsualAndIsNoBackfill() throws Exception {
        mvc.perform(post("/api/cycles")
                        .with(httpBasic("office", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-10\",\"backfill\":true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("backfill"));
        mvc.perform(post("/api/cycles")
                        .with(httpBasic("office", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-10\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.backfill").value(false));
        assertThat(outboxRows()).as("heads told").isPositive();
    }

    @Test
    void theCyclesPageOpensAPastMonthOnlyWithTheBackfillBoxTicked() throws Exception {
        mvc.perform(post("/cycles")
                        .with(user(cycle.users().office()))
                        .with(csrf())
                        .param("period", "2020-06"))
                .andExpect(redirectedUrl("/cycles"))
                .andExpect(flash().attribute("refusal", containsString("2020年6月早已过去")));
        mvc.perform(get("/cycles").with(user(cycle.users().office())))
                .andExpect(content().string(containsString("id=\"backfill\"")))
                .andExpect(content().string(not(containsString("/cycles/2020-06\""))));

        mvc.perform(post("/cycles")
                        .with(user(cycle.users().office()))
                        .with(csrf())
                        .param("period", "2020-06")
                        .param("backfill", "true"))
                .andExpect(redirectedUrl("/cycles/2020-06"))
                .andExpect(flash().attribute("flash", "已补录开启2020年6月的报送周期：不发送邮件，不设提醒。"));
        mvc.perform(get("/cycles").with(user(cycle.users().office())))
                .andExpect(content().string(containsString("<span class=\"badge backfill\">补录</span>")));
        mvc.perform(get("/cycles/2020-06").with(user(cycle.users().office())))
                .andExpect(content().string(containsString("id=\"backfill-mark\"")))
                .andExpect(content().string(containsString("本月为补录：不发送任何邮件")));
        assertThat(outboxRows()).isZero();
    }

    @Test
    void aBackfilledMonthRunsItsWholeCycleWithoutAnEmailAReminderOrADueTimer() throws Exception {
        mvc.perform(post("/api/cycles")
                        .with(httpBasic("office", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2020-05\",\"backfill\":true}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.backfill").value(true));
        String instance = cycle.processInstance("2020-05").getId();
        assertThat(timers(instance)).as("the ladder is there").isPositive();
        assertThat(dueTimers(instance)).as("but never fires").isZero();
        assertThat(workItems.of(cycle.users().headOf("ZZB")))
                .filteredOn(w -> w.period().equals("2020-05"))
                .as("a back-filled month's tasks are not late")
                .isNotEmpty()
                .noneMatch(WorkItem::overdue);

        mvc.perform(post("/api/cycles/2020-05/urge")
                        .with(httpBasic("office", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("2020年5月为补录月份，不催办：补录不发送任何邮件。"));
        mvc.perform(get("/cycles/2020-05").with(user(cycle.users().office())))
                .andExpect(content().string(not(containsString("id=\"urge-all\""))));
        mvc.perform(get("/api/cycles/2020-05").with(httpBasic("office", "demo")))
                .andExpect(jsonPath("$.cycle.backfill").value(true));
        cycle.submit("2020-05", "ZZB");
        cycle.returnToDepartment("2020-05", "ZZB", "请补充。");
        assertThat(dueTimers(instance)).isZero();
        cycle.submit("2020-05", "ZZB");
        cycle.accept("2020-05", "ZZB");
        cycle.closeCollection("2020-05");
        assertThat(dueTimers(instance)).as("compile due-day reminder").isZero();
        cycle.sendToSignOff("2020-05");
        assertThat(dueTimers(instance)).as("sign-off due-day reminder").isZero();
        cycle.approve("2020-05");
        cycle.runJobs(instance);

        assertThat(cycle.status("2020-05")).isEqualTo(ReportingCycle.Status.PUBLISHED);
        assertThat(outboxRows()).as("no email of any kind").isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM reminder").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_item WHERE plan_period = '2020-06' AND tracking = 'OPEN'")
                        .query(Long.class)
                        .single())
                .as("June's plan is not chased in 2026")
                .isZero();
        mvc.perform(get("/cycles/2020-05").with(user(cycle.users().office())))
                .andExpect(content().string(containsString("id=\"backfill-mark\"")));
    }

    @Test
    void aBackfillNeitherMovesNorTakesTheOpeningOfTheCurrentMonth() throws Exception {
        OpeningLoop.restart(context);
        mvc.perform(post("/api/cycles")
                        .with(httpBasic("office", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-08\",\"backfill\":true}"))
                .andExpect(status().isCreated());
        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo("2026-11");

        TestClock.setTo(LocalDateTime.of(2026, 11, 25, 9, 0));
        management.executeJob(OpeningLoop.timer(context).getId());

        assertThat(cycle.find("2026-11").openedBy()).isEqualTo("system");
        assertThat(cycle.find("2026-11").backfill()).isFalse();
        assertThat(cycle.find("2026-08").openedBy()).isEqualTo("office");
        assertThat(cycle.find("2026-08").backfill()).isTrue();
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey("monthly-reporting-cycle")
                        .count())
                .isEqualTo(2);
        assertThat(OpeningLoop.nextPeriod(context)).isEqualTo("2026-12");
    }

    private long timers(String instance) {
        return management.createJobQuery().processInstanceId(instance).timers().count();
    }

    /** Timers that would fire before the year 3000. */
    private long dueTimers(String instance) {
        return management
                .createJobQuery()
                .processInstanceId(instance)
                .timers()
                .duedateLowerThan(Date.from(LocalDateTime.of(3000, 1, 1, 0, 0)
                        .atZone(TestClock.OFFICE_ZONE)
                        .toInstant()))
                .count();
    }

    private long outboxRows() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single();
    }
}

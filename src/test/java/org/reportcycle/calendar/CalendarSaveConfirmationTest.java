package org.reportcycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.support.CycleData;
import org.reportcycle.support.DemoUsers;
import org.reportcycle.support.TestClock;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Saving a year of the calendar on its page first lists which deadlines of open cycles move, from when to when,
 * and saves only when confirmed; a save that would move a deadline to a time already past (its reminders would
 * go out at once, as when a December deadline once became "today") is refused, confirmed or not.
 */
@SpringBootTest(properties = "reportcycle.cycle.backfill-before-months=1")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CalendarSaveConfirmationTest {

    /** Wednesday 25 November 2026, 09:00: November's reports are due Monday the 30th at 17:00. */
    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 25, 9, 0);

    private static final Instant NOVEMBER_DUE =
            OffsetDateTime.parse("2026-11-30T17:00:00+08:00").toInstant();

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    CalendarStore store;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CycleService cycles;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    private DemoUsers users;
    private List<CalendarDay> listed2026;

    @BeforeEach
    void openNovember() {
        users = new DemoUsers(userDetails);
        listed2026 = store.listed(2026);
        TestClock.setTo(NOW);
        cycles.open(users.office(), ReportingPeriod.parse("2026-11"));
    }

    @AfterEach
    void restore() {
        CycleData.deleteAll(runtime, jdbc);
        store.replace(2026, CalendarStore.SOURCE_FILE, "file 2026.yml", Instant.now(), listed2026);
        workingDays.forget(2026);
        TestClock.reset();
    }

    @Test
    void savingTheYearAsItIsMovesNothingAndSaysSo() throws Exception {
        save(text(), false)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("确认保存 2026 年工作日历"),
                                containsString("截止时间均不变"),
                                containsString("id=\"confirm\""))));
        assertThat(due()).isEqualTo(NOVEMBER_DUE);
    }

    @Test
    void aMoveIsListedFirstAndMadeOnlyWhenConfirmed() throws Exception {
        String moved = text() + "\n2026-11-30 休 测试";
        save(moved, false)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("保存后以下 1 个截止时间将改变："),
                                containsString("2026年11月报送截止：2026-11-30 17:00 → 2026-11-27 17:00"),
                                containsString("id=\"confirm\""),
                                not(containsString("已过去")))));
        assertThat(due()).as("the first post changed nothing").isEqualTo(NOVEMBER_DUE);
        assertThat(store.listed(2026)).isEqualTo(listed2026);

        save(moved, true).andExpect(redirectedUrl("/calendar/2026"));
        assertThat(due())
                .isEqualTo(OffsetDateTime.parse("2026-11-27T17:00:00+08:00").toInstant());
        mvc.perform(get("/calendar/2026").with(user(users.user(DemoUsers.ADMIN))))
                .andExpect(content().string(containsString("2026-11-30 休 测试")));
    }

    @Test
    void aSaveThatWouldMoveADeadlineIntoThePastIsRefusedEvenConfirmed() throws Exception {
        String past = text() + "\n2026-11-25 休 测试\n2026-11-26 休 测试\n2026-11-27 休 测试\n2026-11-30 休 测试";
        save(past, false)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("2026-11-30 17:00 → 2026-11-24 17:00（已过去）"),
                                containsString("不能保存：这样会把 1 个截止时间改到已经过去的时间"),
                                not(containsString("id=\"confirm\"")),
                                containsString("id=\"confirm-back\""))));
        save(past, true).andExpect(status().isOk()).andExpect(content().string(containsString("不能保存")));
        assertThat(due()).isEqualTo(NOVEMBER_DUE);
        assertThat(store.listed(2026)).isEqualTo(listed2026);
        mvc.perform(get("/cycles/2026-11").with(user(users.office())))
                .andExpect(content().string(containsString("2026-11-30 17:00")));
    }

    private ResultActions save(String text, boolean confirmed) throws Exception {
        var request = post("/calendar/2026")
                .with(user(users.user(DemoUsers.ADMIN)))
                .with(csrf())
                .param("text", text);
        return mvc.perform(confirmed ? request.param("confirmed", "true") : request);
    }

    /** The year's days as its page lists them. */
    private String text() {
        return listed2026.stream()
                .map(d -> d.date() + " " + (d.working() ? "班" : "休") + " " + d.name())
                .collect(Collectors.joining("\n"));
    }

    private Instant due() {
        return cycles.find(ReportingPeriod.parse("2026-11")).submissionDueAt().toInstant();
    }
}

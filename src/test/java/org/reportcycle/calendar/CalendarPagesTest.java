package org.reportcycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.ApplicationTestBase;
import org.reportcycle.support.DemoUsers;
import org.reportcycle.support.TestClock;
import org.reportcycle.system.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The office and administrators see a warning on /cycles and /tasks while this or next year has no calendar;
 * the calendar page lists a year and lets an administrator replace it as text, with problems per line.
 */
class CalendarPagesTest extends ApplicationTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    CalendarStore store;

    @Autowired
    WorkingDays workingDays;

    private DemoUsers users;
    private List<CalendarDay> listed2019;

    @BeforeEach
    void setUp() {
        users = new DemoUsers(userDetails);
        listed2019 = store.listed(2019);
        TestClock.setTo(LocalDateTime.of(2026, 11, 25, 9, 0));
    }

    @AfterEach
    void restore() {
        TestClock.reset();
        store.replace(2019, CalendarStore.SOURCE_FILE, "file 2019.yml", Instant.now(), listed2019);
        workingDays.forget(2019);
    }

    @Test
    void theOfficeAndAdministratorsAreWarnedOfAMissingYear() throws Exception {
        mvc.perform(get("/cycles").with(user(users.office())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"calendar-warning\"")))
                .andExpect(content().string(containsString("以下年份尚无节假日安排（工作日历）：2027。")));
        mvc.perform(get("/tasks").with(user(users.office())).cookie(new Cookie("reportcycle-lang", "en")))
                .andExpect(content()
                        .string(containsString(
                                "No holidays and make-up workdays (working-day calendar) " + "yet for: 2027.")));
        mvc.perform(get("/tasks").with(user(users.user(DemoUsers.ADMIN))))
                .andExpect(content().string(containsString("href=\"/calendar/2027\"")));
        mvc.perform(get("/tasks").with(user(users.headOf("ZZB"))))
                .andExpect(content().string(not(containsString("calendar-warning"))));
        mvc.perform(get("/cycles").with(user(users.signer())))
                .andExpect(content().string(not(containsString("calendar-warning"))));

        TestClock.setTo(LocalDateTime.of(2025, 11, 25, 9, 0));
        mvc.perform(get("/cycles").with(user(users.office())))
                .andExpect(content().string(not(containsString("calendar-warning"))));
    }

    @Test
    void theCalendarPageListsTheYearAndOnlyAnAdministratorEditsIt() throws Exception {
        mvc.perform(get("/calendar/2019").with(user(users.headOf("ZZB"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("春节")))
                .andExpect(content().string(not(containsString("calendar-text"))));
        mvc.perform(get("/calendar/2019").with(user(admin())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2019-02-02 班 春节\n2019-02-03 班 春节\n2019-02-04 休 春节")));
        mvc.perform(get("/calendar/2031").with(user(admin())))
                .andExpect(content().string(containsString("id=\"calendar-no-data\"")));

        mvc.perform(post("/calendar/2019")
                        .with(user(users.office()))
                        .with(csrf())
                        .param("text", "2019-12-31 休 调整"))
                .andExpect(redirectedUrl("/calendar/2019"));
        assertThat(store.listed(2019)).isEqualTo(listed2019);
    }

    @Test
    void problemsAreShownPerLineAndNothingIsSaved() throws Exception {
        String text = """
            2019-02-04 休 春节
            2019-02-31 休 春节
            2019-02-05 放 春节
            2019-02-06
            2020-01-01 休 元旦
            2019-02-04 休 春节
            """;
        mvc.perform(post("/calendar/2019").with(user(admin())).with(csrf()).param("text", text))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 行：日期「2019-02-31」格式不正确")))
                .andExpect(content().string(containsString("第 3 行：「放」不是“休”或“班”。")))
                .andExpect(content().string(containsString("第 4 行：应为“日期 休/班 名称”")))
                .andExpect(content().string(containsString("2020-01-01 休 元旦")));
        mvc.perform(post("/calendar/2019")
                        .with(user(admin()))
                        .with(csrf())
                        .param("text", "2019-02-04 休 春节\n\n2020-01-01 休 元旦\n2019-02-04 休 春节\n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 3 行：日期 2020-01-01 不在 2019 年内。")))
                .andExpect(content().string(containsString("第 4 行：日期 2019-02-04 重复出现。")));
        assertThat(store.listed(2019)).isEqualTo(listed2019);
        assertThat(store.source(2019)).contains("file");

        mvc.perform(post("/calendar/2019")
                        .with(user(admin()))
                        .with(csrf())
                        .param("text", "# 测试\n2019-02-04 休 春节\n2019-02-02 班 春节\n")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/calendar/2019"));
        assertThat(store.listed(2019))
                .containsExactly(
                        new CalendarDay(LocalDate.of(2019, 2, 2), true, "春节"),
                        new CalendarDay(LocalDate.of(2019, 2, 4), false, "春节"));
        assertThat(workingDays.isWorkingDay(LocalDate.of(2019, 2, 5))).isTrue();
    }

    private CurrentUser admin() {
        return users.user(DemoUsers.ADMIN);
    }
}

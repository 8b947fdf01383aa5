package org.reportcycle.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * GET and PUT /api/calendar/{year}: anyone signed in reads every day of a year; an administrator replaces the
 * year's listed days, which moves the due dates of a cycle still collecting; every refusal changes nothing.
 */
class CalendarApiTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final Instant DUE_NOV_30 =
            OffsetDateTime.of(2026, 11, 30, 17, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();
    private static final Instant DUE_NOV_27 =
            OffsetDateTime.of(2026, 11, 27, 17, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant();

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @Autowired
    CalendarService calendar;

    @Autowired
    CalendarStore store;

    @Autowired
    WorkingDays workingDays;

    private List<CalendarDay> listed2026;
    private List<DayEntry> original2026;

    @BeforeEach
    void remember2026() {
        listed2026 = calendar.listed("2026");
        original2026 = entries(listed2026);
        assertThat(original2026).hasSize(39);
    }

    /** Back to the file's 2026, as the other tests of this Spring context expect. */
    @AfterEach
    void restore2026() {
        store.replace(2026, CalendarStore.SOURCE_FILE, "file 2026.yml", Instant.now(), listed2026);
        workingDays.forget(2026);
    }

    @Test
    void anyoneSignedInReadsEveryDayOfAYear() throws Exception {
        mvc.perform(get("/api/calendar/2026").with(httpBasic("zzb", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.hasData").value(true))
                .andExpect(jsonPath("$.source").value("file"))
                .andExpect(jsonPath("$.days", hasSize(365)))
                .andExpect(jsonPath("$.days[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$.days[0].working").value(false))
                .andExpect(jsonPath("$.days[0].name").value("元旦"))
                .andExpect(jsonPath("$.days[3].date").value("2026-01-04"))
                .andExpect(jsonPath("$.days[3].working").value(true))
                .andExpect(jsonPath("$.days[3].name").value("元旦"))
                .andExpect(jsonPath("$.days[273].date").value("2026-10-01"))
                .andExpect(jsonPath("$.days[273].name").value("国庆节"))
                .andExpect(jsonPath("$.days[4].working").value(true))
                .andExpect(jsonPath("$.days[4].name", nullValue()))
                .andExpect(jsonPath("$.days[9].working").value(false));
        mvc.perform(get("/api/calendar/2024").with(httpBasic("li.minghua", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.days", hasSize(366)));
        mvc.perform(get("/api/calendar/2031").with(httpBasic("office", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasData").value(false))
                .andExpect(jsonPath("$.days", hasSize(365)));
        mvc.perform(get("/api/calendar/2026")).andExpect(status().isUnauthorized());
    }

    @Test
    void anAdministratorsChangeMovesTheDueDatesOfACollectingCycle() throws Exception {
        cycle.open(PERIOD);
        assertThat(cycleDue()).isEqualTo(DUE_NOV_30);
        assertThat(taskDues()).hasSize(8).allMatch(d -> d.equals(Date.from(DUE_NOV_30)));
        cycle.submit(PERIOD, "ZZB");

        List<DayEntry> changed = new ArrayList<>(original2026);
        changed.add(new DayEntry("2026-11-30", false, "临时休息日"));
        put2026(changed, "admin")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("admin"))
                .andExpect(jsonPath("$.days[333].date").value("2026-11-30"))
                .andExpect(jsonPath("$.days[333].working").value(false))
                .andExpect(jsonPath("$.days[333].name").value("临时休息日"));

        assertThat(cycleDue()).isEqualTo(DUE_NOV_27);
        assertThat(jdbc.sql("SELECT due_at FROM submission WHERE period = ?")
                        .param(PERIOD)
                        .query(OffsetDateTime.class)
                        .list())
                .hasSize(8)
                .allMatch(d -> d.toInstant().equals(DUE_NOV_27));
        assertThat(taskDues()).hasSize(7).allMatch(d -> d.equals(Date.from(DUE_NOV_27)));
        assertThat(runtime.getVariable(cycle.processInstance(PERIOD).getId(), "submissionDueAt"))
                .isEqualTo(Date.from(DUE_NOV_27));

        // a report returned after the change gets a new task with the new due date
        cycle.returnToDepartment(PERIOD, "ZZB", "请补充。");
        assertThat(taskDues()).hasSize(8).allMatch(d -> d.equals(Date.from(DUE_NOV_27)));
    }

    @Test
    void onlyAnAdministratorMayChangeTheCalendar() throws Exception {
        cycle.open(PERIOD);
        List<DayEntry> changed = new ArrayList<>(original2026);
        changed.add(new DayEntry("2026-11-30", false, "临时休息日"));
        for (String user : List.of("office", "zzb", "li.minghua")) {
            put2026(changed, user)
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value("您没有执行此操作的权限（需要角色：管理员）。"));
        }
        assertUnchanged();
        assertThat(cycleDue()).isEqualTo(DUE_NOV_30);
    }

    @Test
    void badInputIsRefusedInTheUsersLanguageAndChangesNothing() throws Exception {
        cycle.open(PERIOD);
        List<DayEntry> bad = new ArrayList<>(original2026);
        bad.add(new DayEntry("2027-01-01", false, "元旦"));
        bad.add(new DayEntry("2026-10-01", false, "国庆节"));
        bad.add(new DayEntry("2026-13-01", false, "?"));
        bad.add(new DayEntry("2026-11-30", null, " "));
        int n = original2026.size();
        put2026(bad, "admin")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(5)))
                .andExpect(jsonPath("$.errors[0].field").value("days[" + n + "].date"))
                .andExpect(jsonPath("$.errors[0].message").value("日期 2027-01-01 不在 2026 年内。"))
                .andExpect(jsonPath("$.errors[1].field").value("days[" + (n + 1) + "].date"))
                .andExpect(jsonPath("$.errors[1].message").value("日期 2026-10-01 重复出现。"))
                .andExpect(jsonPath("$.errors[2].field").value("days[" + (n + 2) + "].date"))
                .andExpect(jsonPath("$.errors[3].field").value("days[" + (n + 3) + "].working"))
                .andExpect(jsonPath("$.errors[4].field").value("days[" + (n + 3) + "].name"));
        mvc.perform(put("/api/calendar/2026")
                        .with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(List.of(
                                new DayEntry("2026-10-01", false, "国庆节"),
                                new DayEntry("2027-01-01", false, "元旦"),
                                new DayEntry("2026-10-01", false, "国庆节")))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Date 2027-01-01 is not in 2026."))
                .andExpect(jsonPath("$.errors[1].message").value("Date 2026-10-01 is listed more than once."));
        for (String year : List.of("abc", "1800", "20266", "2100")) {
            mvc.perform(put("/api/calendar/" + year)
                            .with(httpBasic("admin", "demo"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("[]"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("year"));
            mvc.perform(get("/api/calendar/" + year)
                            .with(httpBasic("zzb", "demo"))
                            .header("Accept-Language", "en"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].message")
                            .value("Year \"" + year + "\" is not valid: expected four digits from 2000 to 2099."));
        }
        mvc.perform(put("/api/calendar/2026")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"not\": \"a list\"}"))
                .andExpect(status().isBadRequest());
        assertUnchanged();
        assertThat(cycleDue()).isEqualTo(DUE_NOV_30);
    }

    private void assertUnchanged() {
        assertThat(entries(calendar.listed("2026"))).isEqualTo(original2026);
        assertThat(jdbc.sql("SELECT source FROM calendar_year WHERE year_number = 2026")
                        .query(String.class)
                        .single())
                .isEqualTo("file");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM calendar_year WHERE year_number IN (1800, 2100, 2027)")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private ResultActions put2026(List<DayEntry> days, String user) throws Exception {
        return mvc.perform(put("/api/calendar/2026")
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(days)));
    }

    private Instant cycleDue() {
        return cycle.find(PERIOD).submissionDueAt().toInstant();
    }

    private List<Date> taskDues() {
        return tasks
                .createTaskQuery()
                .processInstanceBusinessKey(PERIOD)
                .taskDefinitionKey("Task_SubmitReport")
                .list()
                .stream()
                .map(Task::getDueDate)
                .toList();
    }

    private static List<DayEntry> entries(List<CalendarDay> days) {
        return days.stream()
                .map(d -> new DayEntry(d.date().toString(), d.working(), d.name()))
                .toList();
    }
}

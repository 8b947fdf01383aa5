package org.reportcycle.operations;

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

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.reportcycle.support.MonthText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A published bulletin whose row was set back behind the application fails its distribution job until no retry
 * is left (a bulletin changed after sign-off is no failure: it goes back to the office); the failed job is listed on the API, on 故障与失败任务 and counted on 我的任务 for administrators and the office, and an
 * administrator gives it one retry again. Nobody else reads or retries it.
 */
class FailedJobsWebTest extends WebTestBase {

    @Autowired
    ManagementService management;

    @Autowired
    RuntimeService runtime;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private String period;
    private String job;

    @BeforeEach
    void aDistributionJobFailsForGood() throws Exception {
        period = newPeriod();
        walk.draftBulletin(period, "ZZB");
        walk.sendToSignOff(period);
        walk.approve(period);
        walk.executeJob(period, CycleWalk.PUBLISH_JOB);
        jdbc.sql("UPDATE bulletin SET status = 'APPROVED' WHERE period = ?")
                .param(period)
                .update();
        job = management
                .createJobQuery()
                .processInstanceId(walk.issueInstance(period))
                .activityId(CycleWalk.DISTRIBUTE_JOB)
                .singleResult()
                .getId();
        for (int run = 0; run < 10 && retries() > 0; run++) {
            try {
                management.executeJob(job);
            } catch (RuntimeException refused) {
                assertThat(refused).hasStackTraceContaining("is not published");
            }
        }
        assertThat(retries()).isZero();
    }

    /** The web tests share a database: the failed cycle goes, so no other test sees its job. */
    @AfterEach
    void endTheFailedCycle() {
        runtime.deleteProcessInstance(walk.processInstance(period), "test finished", true, true);
    }

    @Test
    void administratorsAndTheOfficeReadTheFailedJobInWords() throws Exception {
        for (String who : List.of("admin", CycleWalk.OFFICE)) {
            JsonNode row = row(walk.ok(who, get("/api/incidents"), null));
            assertThat(row.get("kind").asText()).isEqualTo("FAILED_JOB");
            assertThat(row.get("kindName").asText()).isEqualTo("失败任务");
            assertThat(row.get("process").asText()).isEqualTo("简报签发印发");
            assertThat(row.get("subject").asText()).isEqualTo(MonthText.of(period));
            assertThat(row.get("activity").asText()).isEqualTo("分发");
            assertThat(row.get("message").asText())
                    .contains("is not published")
                    .doesNotContain("\n")
                    .hasSizeLessThanOrEqualTo(IncidentView.MESSAGE_LENGTH);
            assertThat(row.get("retryable").asBoolean()).isTrue();
            assertThat(row.has("at")).isTrue();
        }
        mvc.perform(get("/api/incidents").with(httpBasic("admin", "demo")).header("Accept-Language", "en"))
                .andExpect(jsonPath("$[?(@.id == '" + job + "')].process").value("Bulletin issue"))
                .andExpect(jsonPath("$[?(@.id == '" + job + "')].activity").value("Distribute"));
    }

    @Test
    void thePageListsItWithRetryForAdministratorsOnlyAndTheHomePagesCountIt() throws Exception {
        mvc.perform(get("/admin/incidents").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td data-label=\"对象\">" + MonthText.of(period) + "</td>")))
                .andExpect(content().string(containsString("<td data-label=\"环节\">分发</td>")))
                .andExpect(content().string(containsString("id=\"retry-" + job + "\"")));
        mvc.perform(get("/admin/incidents").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(MonthText.of(period))))
                .andExpect(content().string(not(containsString("id=\"retry-"))));
        for (String who : List.of("admin", "office")) {
            mvc.perform(get("/tasks").with(user(users.loadUserByUsername(who))))
                    .andExpect(content().string(containsString("id=\"failed-jobs\"")))
                    .andExpect(content().string(containsString("个后台任务失败")))
                    .andExpect(content().string(containsString("href=\"/admin/incidents\"")));
        }
        mvc.perform(get("/tasks").with(user(users.loadUserByUsername("zzb"))))
                .andExpect(content().string(not(containsString("failed-jobs"))))
                .andExpect(content().string(not(containsString("/admin/incidents"))));
    }

    @Test
    void anAdministratorRetriesOnTheApiOnceAndTheJobHasARetryAgain() throws Exception {
        JsonNode retried = walk.ok("admin", post("/api/incidents/{id}/retry", job), null);
        assertThat(retried.get("id").asText()).isEqualTo(job);
        assertThat(retried.get("retryable").asBoolean()).isFalse();
        assertThat(retries()).isEqualTo(1);
        assertThat(runtime.createIncidentQuery().configuration(job).count()).isZero();
        assertThat(walk.ok("admin", get("/api/incidents"), null).findValuesAsText("id"))
                .doesNotContain(job);

        mvc.perform(post("/api/incidents/{id}/retry", job).with(httpBasic("admin", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("任务 " + job + " 已在重试或已完成，无需再次重试。"));
        mvc.perform(post("/api/incidents/{id}/retry", "no-such-job")
                        .with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("There is no incident or failed job no-such-job."));
    }

    @Test
    void anAdministratorRetriesOnThePageAndTheRowIsGone() throws Exception {
        mvc.perform(post("/admin/incidents/{id}/retry", job).with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/admin/incidents"))
                .andExpect(flash().attribute("flash", "已重试「分发」（" + MonthText.of(period) + "），后台将再执行一次。"));
        assertThat(retries()).isEqualTo(1);
        mvc.perform(get("/admin/incidents").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("retry-" + job))));
        mvc.perform(post("/admin/incidents/{id}/retry", job).with(csrf()).with(user(users.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/admin/incidents"))
                .andExpect(flash().attribute("refusal", "任务 " + job + " 已在重试或已完成，无需再次重试。"));
    }

    @Test
    void theOfficeHeadsAndLeadersMayNotRetryAndOnlyTheOfficeReads() throws Exception {
        for (String who : List.of("office", "zzb", "wang.jianguo", "li.minghua")) {
            mvc.perform(post("/api/incidents/{id}/retry", job).with(httpBasic(who, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post("/admin/incidents/{id}/retry", job).with(csrf()).with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isForbidden());
        }
        for (String who : List.of("zzb", "wang.jianguo", "li.minghua")) {
            mvc.perform(get("/api/incidents").with(httpBasic(who, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().string(not(containsString(job))));
            mvc.perform(get("/admin/incidents").with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isForbidden());
        }
        assertThat(retries()).isZero();
    }

    private JsonNode row(JsonNode list) {
        for (JsonNode row : list) {
            if (row.get("id").asText().equals(job)) {
                return row;
            }
        }
        throw new AssertionError("no row for job " + job + " in " + list);
    }

    private int retries() {
        return management.createJobQuery().jobId(job).singleResult().getRetries();
    }
}

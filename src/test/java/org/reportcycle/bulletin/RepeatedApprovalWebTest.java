package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A signer whose approval was saved but whose answer was lost presses again: the same version, by the signer,
 * gets the same success (on the API and on the sign-off page) and nothing is recorded twice; any other version,
 * or returning an approved bulletin, is still a conflict.
 */
class RepeatedApprovalWebTest extends WebTestBase {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private ManagementService management;

    @Test
    void theSignerRepeatingTheApprovalOfTheSameVersionOnTheApiGetsTheSameSuccess() throws Exception {
        String period = awaitingSignOff();
        String signer = walk.org().signer();
        int version = version(period);
        JsonNode first = walk.ok(signer, post("/api/bulletins/{p}/approve", period), Map.of("version", version));
        String approvedAt = first.at("/bulletin/approvedAt").asText();

        JsonNode again = walk.ok(signer, post("/api/bulletins/{p}/approve", period), Map.of("version", version));
        assertThat(again.at("/bulletin/status").asText()).isEqualTo("APPROVED");
        assertThat(again.at("/bulletin/version").asInt()).isEqualTo(version + 1);
        assertThat(again.at("/bulletin/approvedAt").asText())
                .as("recorded once")
                .isEqualTo(approvedAt);
        assertThat(publishJobs(period)).as("the process moved on once").isEqualTo(1);

        walk.expect(409, signer, post("/api/bulletins/{p}/approve", period), Map.of("version", version + 1));
        walk.expect(409, signer, post("/api/bulletins/{p}/approve", period), Map.of("version", version - 1));
        walk.expect(
                409, signer, post("/api/bulletins/{p}/return", period), Map.of("version", version, "comment", "请修改。"));
    }

    @Test
    void aRepeatAfterPublishingStillSucceedsAndLeavesThePublishedBulletinAsItIs() throws Exception {
        String period = awaitingSignOff();
        String signer = walk.org().signer();
        int version = version(period);
        walk.approve(period);
        walk.publishAndDistribute(period);
        long emails = emails();

        JsonNode again = walk.ok(signer, post("/api/bulletins/{p}/approve", period), Map.of("version", version));
        assertThat(again.at("/bulletin/status").asText()).isEqualTo("PUBLISHED");
        assertThat(emails()).isEqualTo(emails);
    }

    @Test
    void theSignerRepeatingTheApprovalOnTheSignOffPageIsShownTheSameSuccess() throws Exception {
        String period = awaitingSignOff();
        int version = version(period);
        decide(period, version).andExpect(redirectedUrl("/tasks")).andExpect(flash().attributeExists("flash"));
        decide(period, version)
                .andExpect(redirectedUrl("/tasks"))
                .andExpect(flash().attributeExists("flash"))
                .andExpect(flash().attributeCount(1));
        assertThat(publishJobs(period)).isEqualTo(1);

        decide(period, version + 1)
                .andExpect(redirectedUrl("/bulletins/" + period + "/sign-off"))
                .andExpect(flash().attributeExists("refusal"));
    }

    private ResultActions decide(String period, int version) throws Exception {
        return mvc.perform(post("/bulletins/{p}/sign-off", period)
                .with(user(users.loadUserByUsername(walk.org().signer())))
                .with(csrf())
                .param("version", String.valueOf(version))
                .param("decision", "approve")
                .param("confirmed", "true"));
    }

    private String awaitingSignOff() throws Exception {
        String period = newPeriod();
        walk.draftBulletin(period, "ZZB");
        walk.sendToSignOff(period);
        return period;
    }

    private int version(String period) throws Exception {
        return walk.bulletin(CycleWalk.OFFICE, period).at("/bulletin/version").asInt();
    }

    private long publishJobs(String period) {
        return management
                .createJobQuery()
                .processInstanceId(walk.issueInstance(period))
                .activityId(CycleWalk.PUBLISH_JOB)
                .count();
    }

    private long emails() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message").query(Long.class).single();
    }
}

package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The office's work is the office's: a department head (or a leader) cannot accept or return a report, open a
 * cycle, close collection, watch a cycle's progress or read the outbox, by API or by page. Every refusal is a 403
 * and leaves the cycle as it was.
 */
class ReviewRoleWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    private String period;

    @BeforeEach
    void submitOneReport() throws Exception {
        period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "组织部本月正文。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzb", "xjb", "wang.jianguo", "li.minghua"})
    void onlyTheOfficeAcceptsOrReturnsAReportOnTheApi(String username) throws Exception {
        walk.expect(403, username, post("/api/reports/{p}/ZZB/accept", period), Map.of("version", 1));
        walk.expect(
                403, username, post("/api/reports/{p}/ZZB/return", period), Map.of("version", 1, "comment", "请补充。"));
        assertStillSubmitted();
    }

    @Test
    void aHeadCannotAcceptOrReturnTheirOwnReportFromThePage() throws Exception {
        RequestPostProcessor zzb = as("zzb");
        mvc.perform(post("/reports/{p}/ZZB/accept", period)
                        .with(zzb)
                        .with(csrf())
                        .param("version", "1"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/{p}/ZZB/return", period)
                        .with(zzb)
                        .with(csrf())
                        .param("version", "1")
                        .param("comment", "自己退回自己。"))
                .andExpect(status().isForbidden());
        assertStillSubmitted();
    }

    @Test
    void aHeadCannotOpenACycleByApiOrPage() throws Exception {
        String other = newPeriod();
        JsonNode refusal = walk.expect(403, "zzb", post("/api/cycles"), Map.of("period", other));
        assertThat(refusal.get("detail").asText()).contains("需要角色：办公室");
        mvc.perform(post("/cycles").with(as("zzb")).with(csrf()).param("period", other))
                .andExpect(status().isForbidden());
        assertThat(walk.ok("office", get("/api/cycles"), null).findValuesAsText("period"))
                .doesNotContain(other);
    }

    @Test
    void aHeadCannotCloseCollectionByApiOrPage() throws Exception {
        walk.expect(403, "zzb", post("/api/cycles/{p}/close-collection", period), Map.of());
        mvc.perform(post("/cycles/{p}/close-collection", period).with(as("zzb")).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COLLECTING");
        assertThat(walk.report("office", period, "XJB").at("/submission/status").asText())
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void aHeadCannotWatchTheCyclesProgress() throws Exception {
        walk.expect(403, "zzb", get("/api/cycles/{p}", period), null);
        mvc.perform(get("/cycles/{p}", period).with(as("zzb"))).andExpect(status().isForbidden());
        walk.ok("wang.jianguo", get("/api/cycles/{p}", period), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzb", "wang.jianguo", "li.minghua"})
    void onlyTheOfficeAndAdministratorsReadTheOutbox(String username) throws Exception {
        JsonNode refusal = walk.expect(403, username, get("/api/outbox"), null);
        assertThat(refusal.toString()).doesNotContain("@example.org");
        mvc.perform(get("/outbox").with(as(username))).andExpect(status().isForbidden());

        assertThat(walk.ok("office", get("/api/outbox"), null).get("messages")).isNotEmpty();
        walk.ok("admin", get("/api/outbox"), null);
        mvc.perform(get("/outbox").with(as("office"))).andExpect(status().isOk());
    }

    @Test
    void theOfficeCanDoWhatTheOthersCouldNot() throws Exception {
        walk.returnReport(period, "ZZB", "请补充具体数据。");
        assertThat(walk.report("zzb", period, "ZZB")
                        .at("/submission/officeComment")
                        .asText())
                .isEqualTo("请补充具体数据。");
    }

    private void assertStillSubmitted() throws Exception {
        JsonNode report = walk.report("office", period, "ZZB");
        assertThat(report.at("/submission/status").asText()).isEqualTo("SUBMITTED");
        assertThat(report.at("/submission/version").asInt()).isEqualTo(1);
        assertThat(report.at("/submission/reviewedBy").isNull()).isTrue();
        assertThat(report.at("/submission/officeComment").isNull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzb", "xjb", "wang.jianguo", "li.minghua", "admin"})
    void onlyTheOfficeUrgesDepartmentsByApiOrPage(String username) throws Exception {
        walk.expect(
                403, username, post("/api/cycles/{p}/urge", period), Map.of("departments", java.util.List.of("XJB")));
        walk.expect(403, username, post("/api/cycles/{p}/urge", period), Map.of());
        mvc.perform(post("/cycles/{p}/urge", period)
                        .with(as(username))
                        .with(csrf())
                        .param("departments", "XJB"))
                .andExpect(status().isForbidden());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}

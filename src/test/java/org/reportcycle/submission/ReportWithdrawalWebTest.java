package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;

/**
 * 撤回 on the report page and the API: the head withdraws a submitted report, the office then sees it as 草稿 with
 * no review task; once the office has accepted or returned it, withdrawing is a 409.
 */
class ReportWithdrawalWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    private String period;

    @BeforeEach
    void submit() throws Exception {
        period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "组织部本月正文。");
    }

    @Test
    void theHeadWithdrawsOnThePageAndTheOfficeSeesADraftWithoutAReviewTask() throws Exception {
        page("office", "/tasks").andExpect(content().string(containsString("/reports/" + period + "/ZZB")));
        page("zzb", "/reports/" + period + "/ZZB")
                .andExpect(content().string(containsString("id=\"withdraw-report\"")));
        page("office", "/reports/" + period + "/ZZB")
                .andExpect(content().string(not(containsString("id=\"withdraw-report\""))));
        int version =
                walk.report("zzb", period, "ZZB").at("/submission/version").asInt();

        mvc.perform(post("/reports/{p}/ZZB/withdraw", period)
                        .param("version", String.valueOf(version))
                        .with(user(users.loadUserByUsername("zzb")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/reports/" + period + "/ZZB"))
                .andExpect(flash().attribute("flash", "报送已撤回，现为草稿，修改后请重新提交。"));

        page("zzb", "/reports/" + period + "/ZZB")
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"report-form\""),
                                containsString("组织部本月正文。"),
                                not(containsString("id=\"withdraw-report\"")))));
        page("office", "/reports/" + period + "/ZZB")
                .andExpect(content()
                        .string(allOf(
                                containsString("草稿"),
                                containsString("已撤回"),
                                not(containsString("id=\"accept-report\"")))));
        page("office", "/tasks").andExpect(content().string(not(containsString("/reports/" + period + "/ZZB"))));
    }

    @Test
    void onTheApiItIsADraftAgainAndAfterReviewA409() throws Exception {
        int version =
                walk.report("zzb", period, "ZZB").at("/submission/version").asInt();
        JsonNode withdrawn = walk.ok("zzb", post("/api/reports/{p}/ZZB/withdraw", period), Map.of("version", version));
        assertThat(withdrawn.at("/submission/status").asText()).isEqualTo("DRAFT");
        assertThat(walk.report("office", period, "ZZB").at("/submission/status").asText())
                .isEqualTo("DRAFT");

        walk.submit(period, "ZZB", "组织部本月正文。");
        walk.accept(period, "ZZB");
        int accepted =
                walk.report("zzb", period, "ZZB").at("/submission/version").asInt();
        JsonNode refused =
                walk.expect(409, "zzb", post("/api/reports/{p}/ZZB/withdraw", period), Map.of("version", accepted));
        assertThat(refused.get("detail").asText()).contains("不能撤回");
        assertThat(walk.report("office", period, "ZZB").at("/submission/status").asText())
                .isEqualTo("ACCEPTED");
    }

    @Test
    void anotherDepartmentsHeadFindsNothingAndTheOfficeMayNot() throws Exception {
        int version =
                walk.report("zzb", period, "ZZB").at("/submission/version").asInt();
        walk.expect(404, "xjb", post("/api/reports/{p}/ZZB/withdraw", period), Map.of("version", version));
        walk.expect(403, "office", post("/api/reports/{p}/ZZB/withdraw", period), Map.of("version", version));
        assertThat(walk.report("office", period, "ZZB").at("/submission/status").asText())
                .isEqualTo("SUBMITTED");
    }

    private ResultActions page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))));
    }
}

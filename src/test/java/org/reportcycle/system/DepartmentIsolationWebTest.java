package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.integration.WebTestBase;
import org.reportcycle.support.MonthText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A department head sees and changes only their own department's report, by page and by API; leaders and the
 * office read every report but change none. Each refusal is read back: the other report is untouched.
 */
class DepartmentIsolationWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    private String period;

    @BeforeEach
    void openCycle() throws Exception {
        period = newPeriod();
        walk.open(period);
    }

    @Test
    void aHeadReadsTheirOwnReportButFindsNoOtherDepartmentsOnTheApi() throws Exception {
        walk.report("zzb", period, "ZZB");
        JsonNode refusal = walk.expect(404, "zzb", get("/api/reports/{p}/XJB", period), null);
        assertThat(refusal.get("title").asText()).isEqualTo("未找到");
        assertThat(refusal.get("detail").asText())
                .as("the same answer as for a report that does not exist")
                .isEqualTo(walk.expect(404, "zzb", get("/api/reports/{p}/NOSUCH", period), null)
                        .get("detail")
                        .asText()
                        .replace("NOSUCH", "XJB"));
        assertThat(refusal.toString()).doesNotContain("宣教网络部");
    }

    @Test
    void aHeadCannotSaveOrSubmitAnotherDepartmentsReportOnTheApi() throws Exception {
        JsonNode xjb = walk.report("xjb", period, "XJB");
        var draft = walk.draft(xjb, "组织部冒充宣教网络部填写的正文。");
        walk.expect(404, "zzb", put("/api/reports/{p}/XJB", period), draft);
        walk.expect(404, "zzb", post("/api/reports/{p}/XJB/submit", period), draft);
        assertUntouched("XJB");
    }

    @Test
    void aHeadGets404ForAnotherDepartmentsReportPageAndItsForm() throws Exception {
        var zzb = user(users.loadUserByUsername("zzb"));
        mvc.perform(get("/reports/{p}/ZZB", period).with(zzb)).andExpect(status().isOk());
        mvc.perform(get("/reports/{p}/XJB", period).with(zzb))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("没有找到部室「XJB」" + MonthText.of(period) + "的报送。")));
        for (String action : new String[] {"save", "submit", "addCompletion"}) {
            mvc.perform(post("/reports/{p}/XJB", period)
                            .with(zzb)
                            .with(csrf())
                            .param("action", action)
                            .param("version", "0")
                            .param("completions[0].title", "冒充的标题。")
                            .param("completions[0].body", "冒充的正文。"))
                    .andExpect(status().isNotFound());
        }
        assertUntouched("XJB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"wang.jianguo", "li.minghua", "office", "admin"})
    void leadersTheOfficeAndAdministratorsReadAReportButCannotEditIt(String username) throws Exception {
        JsonNode zzb = walk.report(username, period, "ZZB");
        var draft = walk.draft(zzb, "不是部室负责人写的正文。");
        walk.expect(403, username, put("/api/reports/{p}/ZZB", period), draft);
        walk.expect(403, username, post("/api/reports/{p}/ZZB/submit", period), draft);
        mvc.perform(post("/reports/{p}/ZZB", period)
                        .with(user(users.loadUserByUsername(username)))
                        .with(csrf())
                        .param("action", "submit")
                        .param("version", "0")
                        .param("completions[0].title", "标题。")
                        .param("completions[0].body", "正文。"))
                .andExpect(status().isForbidden());
        assertUntouched("ZZB");
    }

    @Test
    void theRefusalIsInEnglishWhenTheScriptAsksForIt() throws Exception {
        JsonNode refusal =
                walk.expect(404, "zzb", get("/api/reports/{p}/XJB", period).header("Accept-Language", "en"), null);
        assertThat(refusal.get("title").asText()).isEqualTo("Not found");
        assertThat(refusal.get("detail").asText())
                .isEqualTo("There is no report of department XJB for " + englishMonth(period) + ".");
    }

    @Test
    void aHeadWhoSubmittedTheirOwnReportStillCannotTouchAnothersAfterwards() throws Exception {
        walk.submit(period, "ZZB", "组织部正文。");
        walk.expect(404, "zzb", get("/api/reports/{p}/XJB", period), null);
        walk.expect(404, "xjb", get("/api/reports/{p}/ZZB", period), null);
        assertThat(walk.report("office", period, "ZZB").at("/submission/status").asText())
                .isEqualTo("SUBMITTED");
        assertUntouched("XJB");
    }

    private void assertUntouched(String department) throws Exception {
        JsonNode report = walk.report("office", period, department);
        assertThat(report.at("/submission/status").asText()).isEqualTo("NOT_STARTED");
        assertThat(report.at("/submission/version").asInt()).isZero();
        assertThat(report.at("/submission/savedAt").isNull()).isTrue();
        assertThat(report.get("completions")).isEmpty();
        assertThat(report.get("plans")).isEmpty();
    }

    private static String englishMonth(String period) {
        java.time.YearMonth m = java.time.YearMonth.parse(period);
        return m.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " "
                + m.getYear();
    }
}

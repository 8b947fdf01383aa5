package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.http.MediaType;

/**
 * Bad input on the API is a 400 problem whose {@code errors} list names every field at fault, in Chinese unless
 * the client asks for English; and after each refusal nothing of the input was written.
 */
class ApiValidationWebTest extends WebTestBase {

    private String period;
    private JsonNode report;

    @BeforeEach
    void openCycle() throws Exception {
        period = newPeriod();
        walk.open(period);
        report = walk.report("zzb", period, "ZZB");
    }

    @Test
    void anEmptyTitleIsNamedAndNothingIsSaved() throws Exception {
        Map<String, Object> draft = draft(Map.of("title", " ", "body", "正文。"));
        JsonNode problem = walk.expect(400, "zzb", put("/api/reports/{p}/ZZB", period), draft);
        assertThat(problem.get("title").asText()).isEqualTo("输入有误");
        assertThat(problem.get("detail").asText()).isEqualTo("提交的内容有误，请按提示修改。");
        assertThat(errors(problem)).containsExactly(Map.entry("completions[0].title", "此项为必填项。"));
        assertNothingSaved();
    }

    @Test
    void aBodyOf20000CharactersIsTooLongAndNothingIsSubmitted() throws Exception {
        Map<String, Object> draft = draft(Map.of("title", "标题。", "body", "字".repeat(20_000)));
        JsonNode problem = walk.expect(400, "zzb", post("/api/reports/{p}/ZZB/submit", period), draft);
        assertThat(errors(problem)).containsOnlyKeys("completions[0].body");
        assertThat(errors(problem).get("completions[0].body")).matches("内容过长：最多 8,?000 字，当前 20,?000 字。");
        assertNothingSaved();
    }

    @Test
    void anUnknownDepartmentAnUnknownLeaderAndAPastDeadlineAreNamedTogether() throws Exception {
        Map<String, Object> draft = walk.draft(report, "正文。");
        draft.put(
                "plans",
                List.of(
                        Map.of(
                                "title",
                                "计划一",
                                "responsibleLeader",
                                "zhang.san",
                                "departments",
                                List.of("NOPE"),
                                "deadline",
                                period),
                        Map.of(
                                "title",
                                "计划二",
                                "responsibleLeader",
                                "wang.jianguo",
                                "departments",
                                List.of("ZZB"),
                                "deadline",
                                "下个月")));
        JsonNode problem = walk.expect(400, "zzb", post("/api/reports/{p}/ZZB/submit", period), draft);
        assertThat(errors(problem))
                .containsOnlyKeys(
                        "plans[0].responsibleLeader", "plans[0].departments", "plans[0].deadline", "plans[1].deadline");
        assertThat(errors(problem).get("plans[0].responsibleLeader")).isEqualTo("责任领导「zhang.san」不存在。");
        assertThat(errors(problem).get("plans[0].departments")).isEqualTo("部室「NOPE」不存在。");
        assertThat(errors(problem).get("plans[0].deadline")).startsWith("完成时限不能早于计划月份");
        assertThat(errors(problem).get("plans[1].deadline")).contains("格式不正确");
        assertNothingSaved();
    }

    @Test
    void theFieldMessagesAreInEnglishWhenAsked() throws Exception {
        Map<String, Object> draft = draft(Map.of("title", "", "body", "正文。"));
        JsonNode problem =
                walk.expect(400, "zzb", put("/api/reports/{p}/ZZB", period).header("Accept-Language", "en"), draft);
        assertThat(problem.get("title").asText()).isEqualTo("Invalid input");
        assertThat(errors(problem)).containsExactly(Map.entry("completions[0].title", "This field is required."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "abc", "2026-1", "", "2026-00", "2099-01"})
    void aMalformedOrOutOfRangePeriodIsNotOpened(String bad) throws Exception {
        JsonNode problem = walk.expect(400, CycleWalk.OFFICE, post("/api/cycles"), Map.of("period", bad));
        assertThat(errors(problem)).containsOnlyKeys("period");
        // An out-of-range month is named as people read it; a malformed one is quoted as sent.
        assertThat(errors(problem).get("period")).contains(bad.equals("2099-01") ? "2099年1月" : bad);
        assertThat(walk.ok(CycleWalk.OFFICE, get("/api/cycles"), null).findValuesAsText("period"))
                .doesNotContain(bad);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"/api/reports/2026-13/ZZB", "/api/reports/abc/ZZB", "/api/cycles/2026-13", "/api/bulletins/abc"})
    void aMalformedPeriodInThePathIsA400NamingThePeriod(String path) throws Exception {
        JsonNode problem = walk.expect(400, CycleWalk.OFFICE, get(path), null);
        assertThat(errors(problem)).containsOnlyKeys("period");
    }

    @Test
    void unreadableJsonIsA400AndWritesNothing() throws Exception {
        mvc.perform(put("/api/reports/{p}/ZZB", period)
                        .with(httpBasic("zzb", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\": 0, \"completions\": [{"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("无法读取请求内容，请检查格式。"));
        assertNothingSaved();
    }

    @Test
    void returningAReportNeedsAComment() throws Exception {
        walk.submit(period, "ZZB", "正文。");
        JsonNode problem = walk.expect(
                400,
                CycleWalk.OFFICE,
                post("/api/reports/{p}/ZZB/return", period),
                Map.of("version", 1, "comment", "  "));
        assertThat(errors(problem)).containsOnlyKeys("comment");
        JsonNode after = walk.report(CycleWalk.OFFICE, period, "ZZB");
        assertThat(after.at("/submission/status").asText()).isEqualTo("SUBMITTED");
        assertThat(after.at("/submission/version").asInt()).isEqualTo(1);
    }

    @Test
    void aBulletinWithoutTitleOrWithIssueNumberZeroIsRefusedAndUnchanged() throws Exception {
        String other = newPeriod();
        JsonNode draft = walk.draftBulletin(other, "XJB");
        var edit = walk.edit(draft).put("title", "").put("issueNumber", 0);
        ((com.fasterxml.jackson.databind.node.ObjectNode) edit.get("items").get(0)).put("title", "");
        JsonNode problem = walk.expect(400, CycleWalk.OFFICE, put("/api/bulletins/{p}", other), edit);
        assertThat(errors(problem)).containsOnlyKeys("title", "issueNumber", "items[0].title");
        JsonNode after = walk.bulletin(CycleWalk.OFFICE, other);
        assertThat(after.get("bulletin")).isEqualTo(draft.get("bulletin"));
        assertThat(after.get("items")).isEqualTo(draft.get("items"));
    }

    private Map<String, Object> draft(Map<String, String> completion) {
        Map<String, Object> draft = walk.draft(report, "正文。");
        draft.put("completions", List.of(completion));
        return draft;
    }

    private static Map<String, String> errors(JsonNode problem) {
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        Map<String, String> errors = new HashMap<>();
        problem.get("errors")
                .forEach(e ->
                        errors.merge(e.get("field").asText(), e.get("message").asText(), (a, b) -> a + " | " + b));
        return errors;
    }

    private void assertNothingSaved() throws Exception {
        JsonNode after = walk.report("zzb", period, "ZZB");
        assertThat(after.at("/submission/status").asText()).isEqualTo("NOT_STARTED");
        assertThat(after.at("/submission/version").asInt()).isZero();
        assertThat(after.get("completions")).isEmpty();
        assertThat(after.get("plans")).isEmpty();
    }
}

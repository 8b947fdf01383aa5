package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every round of a report is kept: each submitted version and each office comment, though the live report keeps
 * only the last. The report page shows them, and a resubmission's changes against the returned round.
 */
class ReportRoundsWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Test
    void eachRoundAndCommentIsKeptAndTheResubmissionShowsWhatChanged() throws Exception {
        String period = newPeriod();
        walk.open(period);
        submit(period, List.of(Map.of("title", "开展慰问。", "body", "慰问职工120人。")));
        walk.returnReport(period, "ZZB", "请核实慰问人数。");
        submit(
                period,
                List.of(Map.of("title", "开展慰问。", "body", "慰问职工150人。"), Map.of("title", "组织培训。", "body", "培训骨干30人。")));
        walk.returnReport(period, "ZZB", "请补充培训时间。");
        submit(
                period,
                List.of(
                        Map.of("title", "开展慰问。", "body", "慰问职工150人。"),
                        Map.of("title", "组织培训。", "body", "11月5日培训骨干30人。")));

        for (String reader : List.of("zzb", "office")) {
            String page = page(reader, "/reports/" + period + "/ZZB");
            assertThat(page)
                    .contains(
                            "报送记录",
                            "第 1 轮",
                            "第 2 轮",
                            "第 3 轮",
                            "请核实慰问人数。",
                            "请补充培训时间。",
                            "已退回",
                            "待办公室审核",
                            "与第 1 轮（退回稿）相比",
                            "与第 2 轮（退回稿）相比");
            String round2 = between(page, "id=\"round-changes-2\"", "id=\"round-3\"");
            assertThat(round2)
                    .contains(
                            "<del class=\"diff-removed\">2</del><ins class=\"diff-added\">5</ins>",
                            "diff-ADDED",
                            "<ins class=\"diff-added\">组织培训。</ins>");
            String round3 = between(page, "id=\"round-changes-3\"", "</details>");
            assertThat(round3)
                    .contains("diff-SAME", "<ins class=\"diff-added\">11月5日</ins>")
                    .doesNotContain("diff-REMOVED");
        }
        assertThat(walk.report("office", period, "ZZB")
                        .at("/submission/officeComment")
                        .asText())
                .as("the live report keeps the last comment")
                .isEqualTo("请补充培训时间。");
    }

    private void submit(String period, List<Map<String, String>> completions) throws Exception {
        JsonNode report = walk.report("zzb", period, "ZZB");
        Map<String, Object> draft = new LinkedHashMap<>(walk.draft(report, "x"));
        draft.put("completions", completions);
        walk.ok("zzb", post("/api/reports/{p}/ZZB/submit", period), draft);
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static String between(String text, String from, String to) {
        int start = text.indexOf(from);
        assertThat(start).as("%s in the page", from).isNotNegative();
        int end = text.indexOf(to, start);
        return text.substring(start, end < 0 ? text.length() : end);
    }
}

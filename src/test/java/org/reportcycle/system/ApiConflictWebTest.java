package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.reportcycle.support.MonthText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What does not exist is a 404, what the state does not allow is a 409 (editing after submitting, a stale
 * version, opening a period twice, closing while reports await review), each with a problem in the user's
 * language; and the refused change is not half-made.
 */
class ApiConflictWebTest extends WebTestBase {

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private UserDetailsService users;

    private String period;

    @BeforeEach
    void openCycle() throws Exception {
        period = newPeriod();
        walk.open(period);
    }

    @Test
    void unknownPeriodsDepartmentsAndBulletinsAre404() throws Exception {
        JsonNode problem = walk.expect(404, CycleWalk.OFFICE, get("/api/reports/1999-01/ZZB"), null);
        assertThat(problem.get("title").asText()).isEqualTo("未找到");
        assertThat(problem.get("detail").asText()).isEqualTo("没有找到部室「ZZB」1999年1月的报送。");
        walk.expect(404, CycleWalk.OFFICE, get("/api/reports/{p}/NOPE", period), null);
        walk.expect(404, "zzb", put("/api/reports/{p}/NOPE", period), Map.of("version", 0));
        walk.expect(404, CycleWalk.OFFICE, get("/api/cycles/1999-01"), null);
        walk.expect(404, CycleWalk.OFFICE, post("/api/cycles/1999-01/close-collection"), Map.of());
        walk.expect(404, CycleWalk.OFFICE, get("/api/bulletins/{p}", period), null);
        JsonNode english =
                walk.expect(404, CycleWalk.OFFICE, get("/api/cycles/1999-01").header("Accept-Language", "en"), null);
        assertThat(english.get("detail").asText()).isEqualTo("There is no cycle for reporting month January 1999.");
        mvc.perform(get("/cycles/1999-01").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void editingOrSubmittingAgainAfterSubmittingIs409AndKeepsTheSubmittedText() throws Exception {
        walk.submit(period, "ZZB", "提交的正文。");
        JsonNode submitted = walk.report("zzb", period, "ZZB");
        var change = walk.draft(submitted, "提交后又改的正文。");
        JsonNode problem = walk.expect(409, "zzb", put("/api/reports/{p}/ZZB", period), change);
        assertThat(problem.get("title").asText()).isEqualTo("状态冲突");
        assertThat(problem.get("detail").asText()).startsWith("报送已提交或已截止，不能再修改");
        walk.expect(409, "zzb", post("/api/reports/{p}/ZZB/submit", period), change);
        JsonNode after = walk.report("zzb", period, "ZZB");
        assertThat(after.get("submission")).isEqualTo(submitted.get("submission"));
        assertThat(after.at("/completions/0/body").asText()).isEqualTo("提交的正文。");
    }

    @Test
    void aStaleVersionIs409AndTheNewerSaveStands() throws Exception {
        JsonNode fresh = walk.report("zzb", period, "ZZB");
        walk.ok("zzb", put("/api/reports/{p}/ZZB", period), walk.draft(fresh, "第一次保存。"));
        JsonNode problem = walk.expect(409, "zzb", put("/api/reports/{p}/ZZB", period), walk.draft(fresh, "基于旧版本的保存。"));
        assertThat(problem.get("detail").asText()).startsWith("该报送已在别处更新");
        walk.expect(409, "zzb", post("/api/reports/{p}/ZZB/submit", period), walk.draft(fresh, "基于旧版本的提交。"));
        JsonNode after = walk.report("zzb", period, "ZZB");
        assertThat(after.at("/submission/version").asInt()).isEqualTo(1);
        assertThat(after.at("/submission/status").asText()).isEqualTo("DRAFT");
        assertThat(after.at("/completions/0/body").asText()).isEqualTo("第一次保存。");
    }

    @Test
    void openingAPeriodTwiceIs409AndStartsNoSecondProcess() throws Exception {
        JsonNode problem = walk.expect(409, CycleWalk.OFFICE, post("/api/cycles"), Map.of("period", period));
        assertThat(problem.get("detail").asText()).isEqualTo(MonthText.of(period) + "的报送周期已经开启，不能重复开启。");
        assertThat(walk.ok(CycleWalk.OFFICE, get("/api/cycles"), null).findValuesAsText("period").stream()
                        .filter(period::equals))
                .hasSize(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(period)
                        .count())
                .isEqualTo(1);
        JsonNode english = walk.expect(
                409, CycleWalk.OFFICE, post("/api/cycles").header("Accept-Language", "en"), Map.of("period", period));
        assertThat(english.get("title").asText()).isEqualTo("Conflict");
    }

    @Test
    void acceptingWithAStaleVersionOrAcceptingTwiceIs409() throws Exception {
        walk.submit(period, "ZZB", "正文。");
        walk.expect(409, CycleWalk.OFFICE, post("/api/reports/{p}/ZZB/accept", period), Map.of("version", 0));
        assertThat(walk.report(CycleWalk.OFFICE, period, "ZZB")
                        .at("/submission/status")
                        .asText())
                .isEqualTo("SUBMITTED");
        walk.ok(CycleWalk.OFFICE, post("/api/reports/{p}/ZZB/accept", period), Map.of("version", 1));
        walk.expect(409, CycleWalk.OFFICE, post("/api/reports/{p}/ZZB/accept", period), Map.of("version", 2));
        walk.expect(
                409,
                CycleWalk.OFFICE,
                post("/api/reports/{p}/ZZB/return", period),
                Map.of("version", 2, "comment", "采用后再退回。"));
        JsonNode after = walk.report(CycleWalk.OFFICE, period, "ZZB");
        assertThat(after.at("/submission/status").asText()).isEqualTo("ACCEPTED");
        assertThat(after.at("/submission/officeComment").isNull()).isTrue();
    }

    @Test
    void closingCollectionWhileAReportAwaitsReviewIs409AndKeepsCollecting() throws Exception {
        walk.submit(period, "ZZB", "正文。");
        walk.expect(409, CycleWalk.OFFICE, post("/api/cycles/{p}/close-collection", period), Map.of());
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COLLECTING");
        assertThat(walk.report(CycleWalk.OFFICE, period, "XJB")
                        .at("/submission/status")
                        .asText())
                .isEqualTo("NOT_STARTED");
    }

    @Test
    void aStaleBulletinEditOrATakenIssueNumberIs409() throws Exception {
        JsonNode first = walk.draftBulletin(newPeriod(), "ZZB");
        String second = newPeriod();
        JsonNode draft = walk.draftBulletin(second, "XJB");
        var edit = walk.edit(draft)
                .put("issueNumber", first.at("/bulletin/issueNumber").asInt());
        JsonNode problem = walk.expect(409, CycleWalk.OFFICE, put("/api/bulletins/{p}", second), edit);
        assertThat(problem.get("detail").asText()).contains("已被使用");

        walk.ok(
                CycleWalk.OFFICE,
                put("/api/bulletins/{p}", second),
                walk.edit(draft).put("intro", "导语。"));
        walk.expect(
                409,
                CycleWalk.OFFICE,
                put("/api/bulletins/{p}", second),
                walk.edit(draft).put("intro", "旧版本。"));
        JsonNode after = walk.bulletin(CycleWalk.OFFICE, second);
        assertThat(after.at("/bulletin/intro").asText()).isEqualTo("导语。");
        assertThat(after.at("/bulletin/issueNumber").asInt())
                .isEqualTo(draft.at("/bulletin/issueNumber").asInt());
    }
}

package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The bulletin draft belongs to the office and the sign-off to the one signer: a department head cannot read or
 * edit the draft or send it, and nobody but li.minghua (not another leader, not the office) approves or returns
 * it, by API or by page. Refusals leave the bulletin's status and version as they were.
 */
class BulletinRoleWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    private String period;
    private JsonNode draft;

    @BeforeEach
    void compileADraft() throws Exception {
        period = newPeriod();
        draft = walk.draftBulletin(period, "ZZB");
        assertThat(draft.at("/bulletin/status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("items")).isNotEmpty();
    }

    @Test
    void aHeadFindsNoDraftByApiOrPage() throws Exception {
        JsonNode refusal = walk.expect(404, "zzb", get("/api/bulletins/{p}", period), null);
        assertThat(refusal.get("detail").asText())
                .as("the same answer as for a period without bulletin")
                .isEqualTo(walk.expect(404, "zzb", get("/api/bulletins/2009-01"), null)
                        .get("detail")
                        .asText()
                        .replace("2009年1月", label(period)));
        assertThat(refusal.toString()).doesNotContain(draft.at("/items/0/title").asText());
        for (String accept : new String[] {"text/plain", "*/*"}) {
            mvc.perform(get("/api/bulletins/{p}/text", period)
                            .with(httpBasic("zzb", "demo"))
                            .header("Accept", accept))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/bulletins/{p}/text", period)
                        .with(httpBasic("office", "demo"))
                        .header("Accept", "text/plain"))
                .andExpect(status().isOk());
        for (String page : new String[] {"/bulletins/{p}", "/bulletins/{p}/sign-off"}) {
            mvc.perform(get(page, period).with(as("zzb"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/bulletins/{p}/compile", period).with(as("zzb"))).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzb", "wang.jianguo", "li.minghua", "admin"})
    void onlyTheOfficeEditsTheDraftOrSendsItToSignOff(String username) throws Exception {
        var edit = walk.edit(draft).put("title", "被改掉的标题");
        walk.expect(403, username, put("/api/bulletins/{p}", period), edit);
        walk.expect(403, username, post("/api/bulletins/{p}/send-to-sign-off", period), Map.of("version", 0));
        mvc.perform(post("/bulletins/{p}/compile", period)
                        .with(as(username))
                        .with(csrf())
                        .param("action", "send")
                        .param("version", "0")
                        .param("title", "被改掉的标题"))
                .andExpect(status().isForbidden());
        JsonNode after = walk.bulletin(CycleWalk.OFFICE, period);
        assertThat(after.at("/bulletin/status").asText()).isEqualTo("DRAFT");
        assertThat(after.at("/bulletin/version").asInt())
                .isEqualTo(draft.at("/bulletin/version").asInt());
        assertThat(after.at("/bulletin/title").asText())
                .isEqualTo(draft.at("/bulletin/title").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzb", "wang.jianguo", "chen.xiaoyan", "office", "admin"})
    void onlyTheSignerApprovesOrReturnsOnTheApi(String username) throws Exception {
        int version = walk.sendToSignOff(period).at("/bulletin/version").asInt();
        JsonNode refusal =
                walk.expect(403, username, post("/api/bulletins/{p}/approve", period), Map.of("version", version));
        assertThat(refusal.get("detail").asText()).isEqualTo("只有签发领导可以签发或退回简报。");
        walk.expect(
                403, username, post("/api/bulletins/{p}/return", period), Map.of("version", version, "comment", "退回。"));
        assertAwaitingSignOff(version);

        walk.approve(period);
        JsonNode approved = walk.bulletin(CycleWalk.OFFICE, period);
        assertThat(approved.at("/bulletin/status").asText()).isEqualTo("APPROVED");
        assertThat(approved.at("/bulletin/approvedBy").asText()).isEqualTo("li.minghua");
    }

    @Test
    void anotherLeaderCannotSignOffFromThePage() throws Exception {
        int version = walk.sendToSignOff(period).at("/bulletin/version").asInt();
        for (String decision : new String[] {"approve", "return"}) {
            mvc.perform(post("/bulletins/{p}/sign-off", period)
                            .with(as("wang.jianguo"))
                            .with(csrf())
                            .param("version", String.valueOf(version))
                            .param("decision", decision)
                            .param("comment", "意见。"))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/bulletins/{p}/sign-off", period)
                            .with(as("zzb"))
                            .with(csrf())
                            .param("version", String.valueOf(version))
                            .param("decision", decision)
                            .param("comment", "意见。"))
                    .andExpect(status().isForbidden());
        }
        assertAwaitingSignOff(version);
        mvc.perform(post("/bulletins/{p}/sign-off", period)
                        .with(as("li.minghua"))
                        .with(csrf())
                        .param("version", String.valueOf(version))
                        .param("decision", "approve")
                        .param("confirmed", "true"))
                .andExpect(status().isFound());
        assertThat(walk.bulletin(CycleWalk.OFFICE, period)
                        .at("/bulletin/status")
                        .asText())
                .isEqualTo("APPROVED");
    }

    @Test
    void theSignerRefusalIsInEnglishOnRequest() throws Exception {
        int version = walk.sendToSignOff(period).at("/bulletin/version").asInt();
        JsonNode refusal = walk.expect(
                403,
                "wang.jianguo",
                post("/api/bulletins/{p}/approve", period).header("Accept-Language", "en"),
                Map.of("version", version));
        assertThat(refusal.get("detail").asText())
                .isEqualTo("Only the signing leader can sign off or return the bulletin.");
    }

    @Test
    void aHeadReadsTheBulletinOnceItIsPublished() throws Exception {
        walk.sendToSignOff(period);
        walk.approve(period);
        walk.executeJob(period, CycleWalk.PUBLISH_JOB);
        JsonNode published = walk.bulletin("zzb", period);
        assertThat(published.get("key").asText()).isEqualTo(period);
        assertThat(published.get("items")).isNotEmpty();
        mvc.perform(get("/bulletins/{p}", period).with(as("zzb"))).andExpect(status().isOk());
        walk.expect(403, "zzb", put("/api/bulletins/{p}", period), walk.edit(walk.bulletin(CycleWalk.OFFICE, period)));
    }

    private void assertAwaitingSignOff(int version) throws Exception {
        JsonNode b = walk.bulletin(CycleWalk.OFFICE, period);
        assertThat(b.at("/bulletin/status").asText()).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(b.at("/bulletin/version").asInt()).isEqualTo(version);
        assertThat(b.at("/bulletin/approvedBy").isNull()).isTrue();
        assertThat(b.at("/bulletin/signerComment").isNull()).isTrue();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A period as messages name it: 2026年11月. */
    private static String label(String period) {
        YearMonth month = YearMonth.parse(period);
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }
}

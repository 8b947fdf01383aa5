package org.reportcycle.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Personal API tokens through the API: made with the password, used as a Bearer token (no session, no CSRF, no
 * bcrypt, no lockout), refused with a 401 problem detail once revoked or expired or its owner is disabled, and
 * never able to make or revoke tokens itself.
 */
class ApiTokenWebTest extends WebTestBase {

    static final String UNKNOWN = "rc_" + "A".repeat(40);

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aTokenMadeWithThePasswordActsAsItsOwnerUntilRevoked() throws Exception {
        JsonNode made = make("zzb", "nightly export", 30);
        String token = made.get("token").asText();
        assertThat(token).matches("rc_[A-Za-z0-9_-]{40}");
        assertThat(made.get("expiresAt").asText()).isEqualTo("2026-12-23T10:00:00+08:00");

        MvcResult me = mvc.perform(bearer(get("/api/me"), token)).andReturn();
        assertThat(me.getResponse().getStatus()).isEqualTo(200);
        assertThat(json.readTree(me.getResponse().getContentAsString())
                        .get("username")
                        .asText())
                .isEqualTo("zzb");
        assertThat(me.getRequest().getSession(false)).as("no session").isNull();
        assertThat(me.getResponse().getCookies()).isEmpty();
        // A POST with the token and no CSRF token reaches the endpoint, which refuses a head by role.
        MvcResult open = mvc.perform(bearer(post("/api/cycles"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"" + newPeriod() + "\"}"))
                .andReturn();
        assertThat(open.getResponse().getStatus()).isEqualTo(403);
        assertThat(open.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("需要角色");

        long id = made.get("id").asLong();
        revoke("zzb", id, 204);
        refused(bearer(get("/api/me"), token), "接口令牌无效、已过期或已撤销，或其所有者已停用。");
        revoke("zzb", id, 409);
        assertThat(state("zzb", id)).isEqualTo("REVOKED");
    }

    @Test
    void onlyTheHashIsStoredAndNoAnswerShowsIt() throws Exception {
        JsonNode made = make("xjb", "hash check", 10);
        String token = made.get("token").asText();
        long id = made.get("id").asLong();
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = ?")
                .param(id)
                .query(String.class)
                .single();
        assertThat(stored).isEqualTo(TokenSecrets.hash(token)).hasSize(64).doesNotContain(token);
        String row = jdbc.sql("SELECT * FROM api_token WHERE id = ?")
                .param(id)
                .query()
                .singleRow()
                .toString();
        assertThat(row).doesNotContain(token.substring(3));
        String list = walk.ok("xjb", get("/api/tokens"), null).toString();
        assertThat(list).contains("hash check").doesNotContain(stored).doesNotContain(token);
        assertThat(walk.ok("xjb", get("/api/tokens"), null).get(0).has("tokenHash"))
                .isFalse();
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        String token = make("xjb", "one day", 1).get("token").asText();
        TestClock.setTo(LocalDateTime.of(2026, 11, 24, 9, 59, 59));
        assertThat(mvc.perform(bearer(get("/api/me"), token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        TestClock.setTo(LocalDateTime.of(2026, 11, 24, 10, 0));
        refused(bearer(get("/api/me"), token), "接口令牌无效、已过期或已撤销，或其所有者已停用。");
    }

    @Test
    void unknownAndMalformedTokensAre401ProblemsInTheRequestsLanguage() throws Exception {
        refused(bearer(get("/api/me"), UNKNOWN), "接口令牌无效、已过期或已撤销，或其所有者已停用。");
        refused(bearer(get("/api/tasks"), "not-a-token"), "接口令牌无效、已过期或已撤销，或其所有者已停用。");
        refused(get("/api/me").header("Authorization", "Bearer "), "接口令牌无效、已过期或已撤销，或其所有者已停用。");
        refused(
                bearer(get("/api/me"), UNKNOWN.substring(0, 20)).header("Accept-Language", "en"),
                "The API token is invalid, expired or revoked, or its owner is disabled.");
        refused(
                bearer(post("/api/tokens"), UNKNOWN)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\"}"),
                "The API token is invalid, expired or revoked, or its owner is disabled.");
    }

    @Test
    void refusedTokensCountTowardNoLockout() throws Exception {
        for (int i = 0; i < 25; i++) {
            mvc.perform(bearer(get("/api/me"), UNKNOWN));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_account")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM sign_in_address_failure")
                        .query(Long.class)
                        .single())
                .isZero();
        walk.ok("zzb", get("/api/me"), null);
    }

    @Test
    void aDisabledOwnersTokenIsRefused() throws Exception {
        String token = make("jjb", "disabled", 5).get("token").asText();
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = 'jjb'").update();
        try {
            refused(bearer(get("/api/me"), token), "接口令牌无效、已过期或已撤销，或其所有者已停用。");
        } finally {
            jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = 'jjb'")
                    .update();
        }
        assertThat(mvc.perform(bearer(get("/api/me"), token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void aTokenCannotMakeOrRevokeTokens() throws Exception {
        JsonNode made = make("qyb", "script", 5);
        String token = made.get("token").asText();
        long before = count("qyb");
        MvcResult minted = mvc.perform(bearer(post("/api/tokens"), token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"more\",\"days\":365}"))
                .andReturn();
        assertThat(minted.getResponse().getStatus()).isEqualTo(403);
        assertThat(minted.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(minted.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("接口令牌不能创建或撤销令牌");
        MvcResult revoked = mvc.perform(
                        bearer(delete("/api/tokens/{id}", made.get("id").asLong()), token))
                .andReturn();
        assertThat(revoked.getResponse().getStatus()).isEqualTo(403);
        assertThat(count("qyb")).isEqualTo(before);
        assertThat(state("qyb", made.get("id").asLong())).isEqualTo("ACTIVE");
        // Listing is allowed: it shows nothing a token could use.
        assertThat(mvc.perform(bearer(get("/api/tokens"), token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void anotherPersonsTokenIsNotFoundAndStaysLive() throws Exception {
        JsonNode made = make("zzb", "mine", 5);
        long id = made.get("id").asLong();
        JsonNode refusal = revoke("xjb", id, 404);
        assertThat(refusal.get("detail").asText()).isEqualTo("没有找到接口令牌 " + id + "。");
        revoke("xjb", 999_999_999L, 404);
        assertThat(walk.ok("xjb", get("/api/tokens"), null).findValuesAsText("name"))
                .doesNotContain("mine");
        assertThat(mvc.perform(bearer(get("/api/me"), made.get("token").asText()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void theLastUseIsRecordedAtMostOnceAMinute() throws Exception {
        JsonNode made = make("bgs", "usage", 5);
        String token = made.get("token").asText();
        long id = made.get("id").asLong();
        assertThat(lastUsed(id)).isNull();
        mvc.perform(bearer(get("/api/me"), token));
        assertThat(lastUsed(id)).isEqualTo(WebTestBase.NOW);
        at(WebTestBase.NOW.plusSeconds(59));
        mvc.perform(bearer(get("/api/me"), token));
        assertThat(lastUsed(id)).as("not written again within the minute").isEqualTo(WebTestBase.NOW);
        at(WebTestBase.NOW.plusSeconds(61));
        mvc.perform(bearer(get("/api/me"), token));
        assertThat(lastUsed(id)).isEqualTo(WebTestBase.NOW.plusSeconds(61));
        JsonNode listed = walk.ok("bgs", get("/api/tokens"), null);
        assertThat(listed.get(0).get("lastUsedAt").asText()).isEqualTo("2026-11-23T10:01:01+08:00");
    }

    @Test
    void daysDefaultToNinetyAndNameAndDaysAreChecked() throws Exception {
        JsonNode made = walk.expect(201, "bgs", post("/api/tokens"), Map.of("name", "default"));
        assertThat(made.get("expiresAt").asText()).isEqualTo("2027-02-21T10:00:00+08:00");
        JsonNode tooLong = walk.expect(400, "bgs", post("/api/tokens"), Map.of("name", "名".repeat(51), "days", 366));
        assertThat(tooLong.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "days");
        walk.expect(400, "bgs", post("/api/tokens"), Map.of("name", " ", "days", 0));
    }

    private JsonNode make(String user, String name, int days) throws Exception {
        return walk.expect(201, user, post("/api/tokens"), Map.of("name", name, "days", days));
    }

    private JsonNode revoke(String user, long id, int status) throws Exception {
        return walk.expect(status, user, delete("/api/tokens/{id}", id), null);
    }

    private String state(String user, long id) throws Exception {
        for (JsonNode t : walk.ok(user, get("/api/tokens"), null)) {
            if (t.get("id").asLong() == id) {
                return t.get("state").asText();
            }
        }
        return null;
    }

    private long count(String owner) {
        return jdbc.sql("SELECT COUNT(*) FROM api_token WHERE owner_username = ?")
                .param(owner)
                .query(Long.class)
                .single();
    }

    private Instant lastUsed(long id) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?")
                .param(id)
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single()
                .orElse(null);
    }

    private void refused(MockHttpServletRequestBuilder request, String detail) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus()).as(body).isEqualTo(401);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    private static MockHttpServletRequestBuilder bearer(MockHttpServletRequestBuilder request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}

package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The office sends a failed email again, on the API and from 发件箱: the row starts a fresh round of attempts
 * now; an email waiting or sent cannot be sent again (409), an unknown one is 404, and only the office may.
 */
class OutboxResendWebTest extends WebTestBase {

    private static final String PREFIX = "outbox-resend-test:";
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.parse("2026-11-01T08:00:00+08:00");

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private UserDetailsService users;

    @AfterEach
    void removeTheTestMessages() {
        jdbc.sql("DELETE FROM outbox_message WHERE idempotency_key LIKE ?")
                .param(PREFIX + "%")
                .update();
    }

    @Test
    void theOfficePutsAFailedEmailBackForAFreshRoundOfAttemptsStartingNow() throws Exception {
        long id = failed("gone", "gave up after 7 days: connection refused");

        JsonNode resent = walk.ok("office", post("/api/outbox/{id}/resend", id), null);

        assertThat(resent.get("id").asLong()).isEqualTo(id);
        assertThat(resent.get("recipientEmail").asText()).isEqualTo("gone@example.org");
        assertThat(resent.get("status").asText()).isEqualTo("PENDING");
        assertThat(OffsetDateTime.parse(resent.get("nextAttemptAt").asText()).toInstant())
                .isEqualTo(NOW);
        Map<String, Object> row = row(id);
        assertThat(row)
                .containsEntry("STATUS", "PENDING")
                .containsEntry("ATTEMPTS", 0)
                .containsEntry("LAST_ERROR", null)
                .containsEntry("CLAIMED_BY", null)
                .containsEntry("CLAIMED_UNTIL", null);
        assertThat(instant(row.get("RETRY_FROM"))).isEqualTo(NOW);
        assertThat(instant(row.get("NEXT_ATTEMPT_AT"))).isEqualTo(NOW);
    }

    @Test
    void anEmailWaitingOrSentCannotBeSentAgainAndAnUnknownOneIsNotFound() throws Exception {
        long id = failed("twice", "550 5.1.1 mailbox unavailable");
        walk.ok("office", post("/api/outbox/{id}/resend", id), null);

        JsonNode again = walk.expect(409, "office", post("/api/outbox/{id}/resend", id), null);
        assertThat(again.get("detail").asText()).isEqualTo("邮件 " + id + " 正在等待发送，无需重新发送。");
        jdbc.sql("UPDATE outbox_message SET status = 'SENT', sent_at = created_at WHERE id = ?")
                .param(id)
                .update();
        assertThat(walk.expect(409, "office", post("/api/outbox/{id}/resend", id), null)
                        .get("detail")
                        .asText())
                .isEqualTo("邮件 " + id + " 已发送成功，不能再次发送。");
        assertThat(walk.expect(404, "office", post("/api/outbox/{id}/resend", 999_999_999L), null)
                        .get("detail")
                        .asText())
                .isEqualTo("没有找到编号为 999999999 的邮件。");
        assertThat(row(id)).containsEntry("STATUS", "SENT");
    }

    @Test
    void onlyTheOfficeSendsAgainAndThoseWhoMayNotChangeNothing() throws Exception {
        long id = failed("refused", "550 5.1.1 mailbox unavailable");

        for (String username : new String[] {"zzb", "wang.jianguo", "admin"}) {
            walk.expect(403, username, post("/api/outbox/{id}/resend", id), null);
        }
        mvc.perform(post("/outbox/{id}/resend", id)
                        .with(user(users.loadUserByUsername("admin")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/outbox/{id}/resend", id)
                        .with(user(users.loadUserByUsername("zzb")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/outbox").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("重新发送</button>"))));
        assertThat(row(id)).containsEntry("STATUS", "FAILED").containsEntry("ATTEMPTS", 3);
    }

    @Test
    void theOutboxPageOffersEachFailedRowAButtonThatSendsItAgainAndSaysSo() throws Exception {
        long id = failed("page", "550 5.1.1 mailbox unavailable");
        mvc.perform(get("/outbox").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/outbox/" + id + "/resend\"")))
                .andExpect(content().string(containsString("重新发送</button>")));

        mvc.perform(post("/outbox/{id}/resend", id)
                        .with(user(users.loadUserByUsername("office")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/outbox"))
                .andExpect(flash().attribute("flash", "发给 page@example.org 的邮件已放回发件箱，重新开始发送。"));
        assertThat(row(id)).containsEntry("STATUS", "PENDING");

        mvc.perform(post("/outbox/{id}/resend", id)
                        .with(user(users.loadUserByUsername("office")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/outbox"))
                .andExpect(flash().attribute("refusal", "邮件 " + id + " 正在等待发送，无需重新发送。"));
        mvc.perform(get("/outbox").with(user(users.loadUserByUsername("office"))))
                .andExpect(content().string(not(containsString("action=\"/outbox/" + id + "/resend\""))));
    }

    @Test
    void aRefusalIsAProblemDetailInEnglishWhenAskedFor() throws Exception {
        long id = failed("english", "550 5.1.1 mailbox unavailable");
        walk.ok("office", post("/api/outbox/{id}/resend", id), null);

        JsonNode problem =
                walk.expect(409, "office", post("/api/outbox/{id}/resend", id).header("Accept-Language", "en"), null);

        assertThat(problem.get("title").asText()).isEqualTo("Conflict");
        assertThat(problem.get("detail").asText())
                .isEqualTo("Email " + id + " is waiting to be sent already; there is nothing to send again.");
    }

    /** An email that failed after three attempts, long ago, still held by a node that went away. */
    private long failed(String name, String error) {
        tx.executeWithoutResult(s ->
                outbox.enqueue(Notice.of(PREFIX + name, "TEST", "收件人", name + "@example.org", "主题", "/tasks", "正文")));
        jdbc.sql("""
                UPDATE outbox_message SET status = 'FAILED', attempts = 3, last_error = ?, next_attempt_at = ?,
                retry_from = ?, claimed_by = 'gone-node', claimed_until = ? WHERE idempotency_key = ?""").params(error, LONG_AGO, LONG_AGO, LONG_AGO, PREFIX + name).update();
        return jdbc.sql("SELECT id FROM outbox_message WHERE idempotency_key = ?")
                .param(PREFIX + name)
                .query(Long.class)
                .single();
    }

    private static Instant instant(Object timestamp) {
        return timestamp instanceof Timestamp t ? t.toInstant() : ((OffsetDateTime) timestamp).toInstant();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT status, attempts, last_error, claimed_by, claimed_until, retry_from, next_attempt_at "
                        + "FROM outbox_message WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
    }
}

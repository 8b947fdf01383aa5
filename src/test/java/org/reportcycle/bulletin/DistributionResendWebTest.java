package org.reportcycle.bulletin;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A published issue whose distribution is not complete says so (delivered, waiting, failed) on its bulletin page,
 * its cycle page and the office's home, until every email went out; the office sends the failed ones again from
 * the bulletin page or the API, and nobody else may.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DistributionResendWebTest extends WebTestBase {

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private UserDetailsService users;

    /** One issue published for the whole class (publishing renders the PDF); each test starts it afresh. */
    private String published;

    @Test
    void anIncompleteDistributionIsCountedOnTheBulletinTheCycleAndTheOfficesHomeUntilAllWentOut() throws Exception {
        String period = publishedWithOneSentAndOneFailed();
        int waiting = emails(period).size() - 2;
        String counts = "分发：已送达 1，待发送 " + waiting + "，失败 1";
        String link = "href=\"/bulletins/" + period + "\"";

        page("office", "/bulletins/" + period)
                .andExpect(content()
                        .string(allOf(
                                containsString(counts),
                                containsString("action=\"/bulletins/" + period + "/distribution/resend\""))));
        page("wang.jianguo", "/bulletins/" + period)
                .andExpect(content().string(allOf(containsString(counts), not(containsString("重新发送失败的邮件")))));
        page("zzb", "/bulletins/" + period).andExpect(content().string(not(containsString("分发："))));
        page("office", "/cycles/" + period)
                .andExpect(content().string(allOf(containsString(counts), containsString(link))));
        page("office", "/tasks").andExpect(content().string(allOf(containsString(counts), containsString(link))));
        page("zzb", "/tasks").andExpect(content().string(not(containsString("分发："))));

        jdbc.sql("UPDATE outbox_message SET status = 'SENT' WHERE idempotency_key LIKE ?")
                .param(key(period) + "%")
                .update();
        page("office", "/bulletins/" + period)
                .andExpect(content().string(allOf(not(containsString("分发：")), not(containsString("重新发送失败的邮件")))));
        page("office", "/cycles/" + period).andExpect(content().string(not(containsString("分发："))));
        page("office", "/tasks").andExpect(content().string(not(containsString(link))));
    }

    @Test
    void theOfficeSendsTheIssuesFailedEmailsAgainOnTheApiOnceAndNobodyElseMay() throws Exception {
        String period = publishedWithOneSentAndOneFailed();
        int all = emails(period).size();
        assertThat(walk.bulletin("office", period).get("distribution").toString())
                .isEqualTo("{\"delivered\":1,\"pending\":" + (all - 2) + ",\"failed\":1}");
        for (String username : List.of("zzb", "wang.jianguo", "admin")) {
            walk.expect(403, username, post("/api/bulletins/{p}/distribution/resend", period), null);
        }
        assertThat(walk.bulletin("zzb", period).has("distribution")).isFalse();

        JsonNode resent = walk.ok("office", post("/api/bulletins/{p}/distribution/resend", period), null);

        assertThat(resent.get("key").asText()).isEqualTo(period);
        assertThat(resent.get("resent").asInt()).isEqualTo(1);
        assertThat(resent.get("distribution").toString())
                .isEqualTo("{\"delivered\":1,\"pending\":" + (all - 1) + ",\"failed\":0}");
        assertThat(emails(period)).containsExactlyElementsOf(statuses(all));
        JsonNode again = walk.expect(409, "office", post("/api/bulletins/{p}/distribution/resend", period), null);
        assertThat(again.get("detail").asText()).isEqualTo("没有发送失败的邮件需要重新发送。");
        JsonNode english = walk.expect(
                409,
                "office",
                post("/api/bulletins/{p}/distribution/resend", period).header("Accept-Language", "en"),
                null);
        assertThat(english.get("detail").asText()).isEqualTo("No failed emails to send again.");
        walk.expect(404, "office", post("/api/bulletins/{p}/distribution/resend", newPeriod()), null);
    }

    @Test
    void theBulletinPagesButtonSendsTheFailedEmailsAgainAndSaysHowMany() throws Exception {
        String period = publishedWithOneSentAndOneFailed();

        mvc.perform(post("/bulletins/{p}/distribution/resend", period)
                        .with(user(users.loadUserByUsername("office")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bulletins/" + period))
                .andExpect(flash().attribute("flash", "1 封发送失败的邮件已放回发件箱，重新开始发送。"));
        assertThat(emails(period)).doesNotContain("FAILED");

        mvc.perform(post("/bulletins/{p}/distribution/resend", period)
                        .with(user(users.loadUserByUsername("office")))
                        .with(csrf()))
                .andExpect(redirectedUrl("/bulletins/" + period))
                .andExpect(flash().attribute("refusal", "没有发送失败的邮件需要重新发送。"));
        mvc.perform(post("/bulletins/{p}/distribution/resend", period)
                        .with(user(users.loadUserByUsername("wang.jianguo")))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    /** A published issue whose first distribution email went out, whose second failed, the rest waiting. */
    private String publishedWithOneSentAndOneFailed() throws Exception {
        if (published == null) {
            published = newPeriod();
            walk.draftBulletin(published, "ZZB");
            walk.sendToSignOff(published);
            walk.approve(published);
            walk.publishAndDistribute(published);
        }
        String period = published;
        jdbc.sql("UPDATE outbox_message SET status = 'PENDING', attempts = 0 WHERE idempotency_key LIKE ?")
                .param(key(period) + "%")
                .update();
        List<Long> ids = jdbc.sql("SELECT id FROM outbox_message WHERE idempotency_key LIKE ? ORDER BY id")
                .param(key(period) + "%")
                .query(Long.class)
                .list();
        assertThat(ids).hasSizeGreaterThanOrEqualTo(3);
        jdbc.sql("UPDATE outbox_message SET status = 'SENT', attempts = 1 WHERE id = ?")
                .param(ids.get(0))
                .update();
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED', attempts = 8, last_error = 'gave up after 7 days' "
                        + "WHERE id = ?")
                .param(ids.get(1))
                .update();
        return period;
    }

    /** The statuses of the period's distribution emails, in the order written. */
    private List<String> emails(String period) {
        return jdbc.sql("SELECT status FROM outbox_message WHERE idempotency_key LIKE ? ORDER BY id")
                .param(key(period) + "%")
                .query(String.class)
                .list();
    }

    private static List<String> statuses(int all) {
        List<String> expected = new java.util.ArrayList<>(List.of("SENT"));
        for (int i = 1; i < all; i++) {
            expected.add("PENDING");
        }
        return expected;
    }

    private String key(String period) {
        return "distribution:"
                + jdbc.sql("SELECT id FROM bulletin WHERE period = ?")
                        .param(period)
                        .query(Long.class)
                        .single() + ":";
    }

    private ResultActions page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk());
    }
}

package org.reportcycle.notification;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox page makes an email that failed for good stand out: counted above the list, its row marked red. */
class OutboxPageWebTest extends WebTestBase {

    private static final String PREFIX = "outbox-page-test:";

    @Autowired private Outbox outbox;
    @Autowired private TransactionTemplate tx;
    @Autowired private JdbcClient jdbc;
    @Autowired private UserDetailsService users;

    @AfterEach
    void removeTheTestMessages() {
        jdbc.sql("DELETE FROM outbox_message WHERE idempotency_key LIKE ?").param(PREFIX + "%").update();
    }

    @Test
    void aFailedEmailIsCountedAboveTheListAndItsRowIsMarkedWithTheServersAnswer() throws Exception {
        tx.executeWithoutResult(s -> {
            outbox.enqueue(Notice.of(PREFIX + "ok", "TEST", "甲", "a@example.org", "第一封", "/tasks", "正文"));
            outbox.enqueue(Notice.of(PREFIX + "gone", "TEST", "乙", "gone@example.org", "第二封", "/tasks", "正文"));
        });
        jdbc.sql("""
                UPDATE outbox_message SET status = 'FAILED', attempts = 1,
                last_error = '550 5.1.1 <gone@example.org>: mailbox unavailable' WHERE idempotency_key = ?""")
            .param(PREFIX + "gone").update();

        mvc.perform(get("/outbox").with(user(users.loadUserByUsername("office"))))
            .andExpect(status().isOk())
            .andExpect(content().string(allOf(
                containsString("1 封邮件发送失败，不会再自动重试"),
                matchesPattern("(?s).*<tr class=\"failed\">\\s*<td>\\d+</td>\\s*<td><span>乙</span>.*"),
                containsString("550 5.1.1 &lt;gone@example.org&gt;: mailbox unavailable"))));
    }
}

package org.reportcycle.notification;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox page makes an email that failed for good stand out (counted above the list, its row marked red), and
 * lets the office look through the rest by state, kind, recipient and day, a page of 50 at a time, with each text.
 */
class OutboxPageWebTest extends WebTestBase {

    private static final String PREFIX = "outbox-page-test:";

    @Autowired
    private Outbox outbox;

    @Autowired
    private TransactionTemplate tx;

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private Clock clock;

    @AfterEach
    void removeTheTestMessages() {
        jdbc.sql("DELETE FROM outbox_message WHERE idempotency_key LIKE ?")
                .param(PREFIX + "%")
                .update();
    }

    @Test
    void aFailedEmailIsCountedAboveTheListAndItsRowIsMarkedWithTheServersAnswer() throws Exception {
        tx.executeWithoutResult(s -> {
            outbox.enqueue(Notice.of(PREFIX + "ok", "TEST", "甲", "a@example.org", "第一封", "/tasks", "正文"));
            outbox.enqueue(Notice.of(PREFIX + "gone", "TEST", "乙", "gone@example.org", "第二封", "/tasks", "正文"));
        });
        jdbc.sql("""
                UPDATE outbox_message SET status = 'FAILED', attempts = 1,
                last_error = '550 5.1.1 <gone@example.org>: mailbox unavailable' WHERE idempotency_key = ?""").param(PREFIX + "gone").update();

        mvc.perform(get("/outbox").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("1 封邮件发送失败，不会再自动重试"),
                                matchesPattern(
                                        "(?s).*<tr class=\"failed\">\\s*<td data-label=\"#\">\\d+</td>\\s*<td data-label=\"收件人\"><span>乙</span>.*"),
                                containsString("550 5.1.1 &lt;gone@example.org&gt;: mailbox unavailable"))));
    }

    @Test
    void theOfficeFiltersByStateKindRecipientAndDayAndPagesThroughWithEachText() throws Exception {
        tx.executeWithoutResult(s -> {
            for (int i = 1; i <= 60; i++) {
                outbox.enqueue(Notice.of(
                        PREFIX + i,
                        "PAGETEST",
                        "单位" + i,
                        "unit" + i + "@example.org",
                        "通知第" + i + "号",
                        "/tasks",
                        "正文第" + i + "号"));
            }
        });
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED', last_error = '550 no' WHERE idempotency_key = ?")
                .param(PREFIX + 7)
                .update();

        page("/outbox?kind=PAGETEST")
                .andExpect(content()
                        .string(allOf(
                                containsString("共 60 封，第 1 / 2 页"),
                                containsString("通知第60号"),
                                not(containsString("通知第10号")),
                                containsString("正文第60号"),
                                containsString("id=\"page-next\""))));
        page("/outbox?kind=PAGETEST&page=2")
                .andExpect(content()
                        .string(allOf(
                                containsString("第 2 / 2 页"),
                                containsString("通知第10号"),
                                not(containsString("通知第11号<")),
                                containsString("id=\"page-previous\""))));
        page("/outbox?kind=PAGETEST&status=FAILED")
                .andExpect(content()
                        .string(allOf(containsString("共 1 封"), containsString("通知第7号"), not(containsString("通知第8号")))));
        mvc.perform(get("/outbox")
                        .param("kind", "PAGETEST")
                        .param("recipient", "UNIT5@")
                        .with(user(users.loadUserByUsername("office"))))
                .andExpect(content().string(allOf(containsString("共 1 封"), containsString("单位5<"))));
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        page("/outbox?kind=PAGETEST&from=" + tomorrow).andExpect(content().string(containsString("共 0 封")));
        page("/outbox?status=LOST")
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择待发送、已发送或失败。")));
    }

    private ResultActions page(String url) throws Exception {
        return mvc.perform(get(url).with(user(users.loadUserByUsername("office"))));
    }
}

package org.reportcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reportcycle.plan.PlanExtensions;
import org.reportcycle.support.CycleDriver;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The responsible leader decides an extension on a phone: September's bulletin is out, the head of 组织部 asks to
 * move his October item to November; the leader follows the email's link while signed out, signs in on the
 * decision page, finds it in 我的任务 too, approves with a comment, and opening the link again shows what was
 * decided, not an error. Screenshots go to {@code target/screenshots/journey-leader-*}.
 */
@Tag("browser")
class LeaderOnAPhoneJourneyTest extends BrowserTestBase {

    private static final String SEPTEMBER = "2026-09";

    @Autowired
    PlanExtensions extensions;

    private long request;

    @BeforeEach
    void theHeadAsksForMoreTime() {
        TestClock.setTo(LocalDateTime.of(2026, 9, 21, 9, 0));
        CycleDriver cycle = cycle();
        cycle.open(SEPTEMBER);
        cycle.submitAndAcceptAll(SEPTEMBER);
        cycle.signOffAndPublish(SEPTEMBER);
        long item = jdbc.sql("SELECT id FROM plan_item WHERE plan_period = '2026-10' AND department_codes = 'ZZB'")
                .query(Long.class)
                .single();
        TestClock.setTo(LocalDateTime.of(2026, 9, 25, 10, 0));
        request = extensions
                .request(cycle.users().headOf("ZZB"), item, "需与省总工会统一部署，十月份难以完成。", "2026-11")
                .id();
    }

    @Test
    void decidesAnExtensionFromTheEmailLinkOnAPhone() throws IOException {
        String link = emailLink("kind = 'EXTENSION_REQUESTED' AND recipient_email = ?", "wang.jianguo@example.org");
        assertThat(link).endsWith("/plans/extensions/" + request);
        try (Browser browser = browser()) {
            browser.usePhone();
            browser.driver().get(link);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
            browser.type(By.id("username"), "wang.jianguo");
            browser.type(By.id("password"), "demo");
            browser.clickAndWait(By.id("login-submit"));
            assertThat(browser.driver().getCurrentUrl()).startsWith(link);
            assertThat(browser.text(By.id("extension-reason"))).contains("统一部署");
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-leader-01-decision");

            browser.open("/tasks");
            assertThat(browser.text(By.id("tasks")))
                    .as("the decision is a task of his")
                    .contains("审批延期申请");
            browser.screenshot("journey-leader-02-tasks");
            browser.driver().get(link);
            browser.type(By.id("decision-comment"), "同意，请于十一月底前完成。");
            browser.clickAndWait(By.id("approve-extension"));
            assertThat(browser.text(By.cssSelector(".flash"))).isNotBlank();

            browser.driver().get(link);
            assertThat(browser.text(By.id("extension-decision"))).contains("王建国", "同意，请于十一月底前完成。");
            assertThat(browser.driver().findElements(By.id("extension-form"))).isEmpty();
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-leader-03-decided");
            browser.open("/tasks");
            assertThat(browser.text(By.tagName("main"))).doesNotContain("审批延期申请");
        }
    }
}

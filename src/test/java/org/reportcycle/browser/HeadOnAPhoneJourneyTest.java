package org.reportcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.reportcycle.support.TestClock;

/**
 * The head of 组织部 does his month on a phone, 390 px wide: he follows the opening email's link while signed out,
 * signs in and lands on his report, is told which field is missing (marked, with the message beside it), adds a
 * plan row that comes preset with his leader and department and lands where the row is, saves, submits, and finds
 * his task list empty through the folded menu. Nothing on the way scrolls sideways. Screenshots go to
 * {@code target/screenshots/journey-head-*}.
 */
@Tag("browser")
class HeadOnAPhoneJourneyTest extends BrowserTestBase {

    private static final String PERIOD = "2026-11";

    @BeforeEach
    void theOfficeOpensNovember() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 25, 9, 0));
        cycle().open(PERIOD);
    }

    @Test
    void fromTheEmailLinkToASubmittedReportOnAPhone() throws IOException {
        String link = emailLink("idempotency_key = ?", "cycle-opened:" + PERIOD + ":ZZB:zzb");
        try (Browser browser = browser()) {
            browser.usePhone();
            browser.driver().get(link);
            assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.type(By.id("username"), "zzb");
            browser.type(By.id("password"), "demo");
            browser.clickAndWait(By.id("login-submit"));
            assertThat(browser.driver().getCurrentUrl())
                    .as("the email's page, not the task list")
                    .startsWith(link);
            browser.screenshot("journey-head-01-report");

            browser.type(By.id("completions0.body"), "本月走访基层工会12家。");
            browser.clickAndWait(By.id("save-draft"));
            assertThat(browser.text(By.id("form-errors"))).contains("工作完成情况 第 1 条 · 标题");
            assertThat(browser.driver().findElement(By.id("completions0.title")).getAttribute("class"))
                    .contains("invalid");
            assertThat(browser.text(By.cssSelector("#completions0\\.title + .field-error")))
                    .isNotBlank();
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-head-02-field-marked");

            browser.type(By.id("completions0.title"), "扎实推进基层组织建设。");
            browser.clickAndWait(By.cssSelector("#report-form button[value=addPlan]"));
            assertThat(browser.driver().getCurrentUrl())
                    .as("back where the new row is")
                    .endsWith("#plan-last");
            assertThat(browser.driver()
                            .findElement(By.cssSelector("#plan-last input[value=ZZB]"))
                            .isSelected())
                    .isTrue();
            browser.type(By.id("plans0.title"), "开展基层工会规范化建设专项督导。");
            ((JavascriptExecutor) browser.driver())
                    .executeScript(
                            "arguments[0].value = '2026-12'",
                            browser.driver().findElement(By.id("plans0.deadlineMonth")));
            browser.clickAndWait(By.id("save-draft"));
            assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("草稿已保存。");
            browser.clickAndWait(By.id("submit-report"));
            assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("已提交，等待办公室审核。");
            assertThat(browser.text(By.id("report-view"))).contains("责任领导：王建国", "完成时限：十二月份");
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-head-03-submitted");

            assertThat(browser.driver()
                            .findElement(By.cssSelector("header.topbar nav"))
                            .isDisplayed())
                    .as("the menu is folded on a phone")
                    .isFalse();
            browser.driver().findElement(By.cssSelector("label.nav-button")).click();
            browser.clickAndWait(By.linkText("我的任务"));
            assertThat(browser.text(By.tagName("main"))).contains("暂无待办任务。");
        }
    }
}

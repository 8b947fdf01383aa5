package org.reportcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.reportcycle.support.CycleDriver;
import org.reportcycle.support.TestClock;

/**
 * The office reviews on a phone: its home shows November at a glance (2 of 8 reported); it opens the first review
 * task, accepts through the confirmation step, lands on the next report waiting, accepts that too and is back on
 * the cycle page, where both show 已采用. Nothing scrolls sideways. Screenshots go to
 * {@code target/screenshots/journey-office-*}.
 */
@Tag("browser")
class OfficeOnAPhoneJourneyTest extends BrowserTestBase {

    private static final String PERIOD = "2026-11";

    @BeforeEach
    void twoReportsWaitForReview() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 25, 9, 0));
        CycleDriver cycle = cycle();
        cycle.open(PERIOD);
        cycle.submit(PERIOD, "XJB");
        cycle.submit(PERIOD, "ZZB");
    }

    @Test
    void reviewsOneReportAfterAnotherOnAPhone() throws IOException {
        try (Browser browser = browser()) {
            browser.usePhone();
            browser.login("office");
            assertThat(browser.text(By.id("glance-" + PERIOD))).contains("2026年11月", "2/8", "已提交待审核");
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-office-01-home");

            browser.clickAndWait(By.linkText("审核部室报送"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/reports/" + PERIOD + "/ZZB");
            browser.clickAndWait(By.id("accept-report"));
            assertThat(browser.text(By.id("confirmation"))).contains("组织部");
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-office-02-confirm");
            browser.clickAndWait(By.id("confirm"));
            assertThat(browser.driver().getCurrentUrl())
                    .as("the next report waiting")
                    .endsWith("/reports/" + PERIOD + "/XJB");
            assertThat(browser.text(By.cssSelector(".flash"))).isEqualTo("已采用组织部的报送。下面是下一份待审核的报送：宣教网络部。");
            browser.screenshot("journey-office-03-next");

            browser.clickAndWait(By.id("accept-report"));
            browser.clickAndWait(By.id("confirm"));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/cycles/" + PERIOD);
            assertThat(browser.text(By.id("progress"))).contains("组织部", "宣教网络部", "已采用");
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-office-04-cycle");
        }
    }
}

package org.reportcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The administrator on a phone: a head has locked himself out with five wrong passwords; the administrator opens
 * the folded menu, finds 锁定账户, unlocks the account, and the head signs in again. Screenshots go to
 * {@code target/screenshots/journey-admin-*}.
 */
@Tag("browser")
class AdminOnAPhoneJourneyTest extends BrowserTestBase {

    @BeforeEach
    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("DELETE FROM sign_in_account").update();
        jdbc.sql("DELETE FROM sign_in_address_failure").update();
    }

    @Test
    void unlocksAHeadWhoLockedHimselfOut() throws IOException {
        try (Browser browser = browser()) {
            browser.usePhone();
            for (int i = 0; i < 5; i++) {
                browser.open("/login");
                browser.type(By.id("username"), "jjb");
                browser.type(By.id("password"), "wrong-" + i);
                browser.clickAndWait(By.id("login-submit"));
            }
            assertThat(browser.text(By.cssSelector(".errors"))).contains("锁定");

            browser.login("admin");
            browser.driver().findElement(By.cssSelector("label.nav-button")).click();
            browser.clickAndWait(By.linkText("锁定账户"));
            assertThat(browser.text(By.id("locked-accounts"))).contains("jjb", "冯涛");
            assertThat(browser.wideElements(Browser.PHONE_WIDTH)).isEmpty();
            browser.screenshot("journey-admin-01-locked");
            browser.clickAndWait(By.cssSelector("#unlock-jjb button"));
            assertThat(browser.text(By.cssSelector(".flash"))).contains("jjb");
            assertThat(browser.driver().findElements(By.id("locked-none"))).hasSize(1);
            browser.logout();

            browser.login("jjb");
            assertThat(browser.text(By.cssSelector("header.topbar .who"))).contains("冯涛");
        }
    }
}

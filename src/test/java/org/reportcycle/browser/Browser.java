package org.reportcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven as a person uses the pages: sign in, open, click and wait for the next page,
 * type, and look at the page at a laptop's 1366 px and a phone's 390 px. Nothing is downloaded; without the
 * browser at its fixed path the test fails.
 */
final class Browser implements AutoCloseable {

    static final int LAPTOP_WIDTH = 1366;
    static final int PHONE_WIDTH = 390;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String PASSWORD = "demo";

    private final int port;
    private final Path profile;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private boolean phone;

    Browser(int port) throws IOException {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing: the browser tests need Debian's chromium and chromium-driver");
            }
        }
        this.port = port;
        profile = Files.createTempDirectory("reportcycle-chromium-");
        Files.createDirectories(SCREENSHOTS);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--window-size=" + LAPTOP_WIDTH + ",768",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    ChromeDriver driver() {
        return driver;
    }

    /** From now on the pages are laid out as on a phone 390 px wide (844 px high), touch and all. */
    void usePhone() {
        phone = true;
        restore();
    }

    /** Lays out as the window is again: a laptop at 1366 × 768. */
    void useLaptop() {
        phone = false;
        restore();
    }

    private void restore() {
        if (phone) {
            emulate(PHONE_WIDTH, 844, true);
        } else {
            driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    void login(String username) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        clickAndWait(By.id("login-submit"));
        assertThat(driver.findElements(By.cssSelector("header.topbar .who")))
                .as("%s signed in", username)
                .hasSize(1);
    }

    void logout() {
        driver.manage().deleteAllCookies();
    }

    void open(String path) {
        driver.get(url(path));
        waitForPage();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The status the server answers for a GET of {@code path} in this browser's session, redirects not followed. */
    long status(String path) {
        Object status = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0], {credentials: 'same-origin', redirect: 'manual'})"
                        + ".then(r => done(r.type === 'opaqueredirect' ? 302 : r.status), e => done(-1));",
                path);
        return ((Number) status).longValue();
    }

    /** Clicks and waits until the next page has replaced this one. */
    void clickAndWait(By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        wait.until(ExpectedConditions.elementToBeClickable(by)).click();
        wait.until(d -> gone(page));
        waitForPage();
    }

    void type(By by, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        field.clear();
        field.sendKeys(value);
    }

    String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by))
                .getText()
                .strip();
    }

    String pageSource() {
        return driver.getPageSource();
    }

    /** The page's visible text. */
    String visibleText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * Lays the page out at {@code width} (a phone's when narrow) and names the visible elements that reach beyond
     * the viewport, so the page would scroll sideways; the page's own scroll width first.
     */
    List<String> wideElements(int width) {
        emulate(width, 844, width < 700);
        @SuppressWarnings("unchecked")
        List<String> wide = (List<String>) driver.executeScript("const w = document.documentElement.clientWidth;"
                + "const out = [];"
                + "if (document.documentElement.scrollWidth > w) out.push('page ' + document.documentElement.scrollWidth);"
                + "for (const e of document.body.querySelectorAll('*')) {"
                + "  const r = e.getBoundingClientRect();"
                + "  if (r.width > 0 && r.height > 0 && r.right > w + 1 && getComputedStyle(e).visibility !== 'hidden')"
                + "    out.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && e.className.baseVal === undefined ? '.' + e.className : '') + ' ' + Math.round(r.right));"
                + "}"
                + "return out.slice(0, 10);");
        restore();
        return wide;
    }

    /** Saves the whole page at a laptop's and a phone's width as {@code name}.png and {@code name}-phone.png. */
    void screenshot(String name) throws IOException {
        shoot(name + ".png", LAPTOP_WIDTH, false);
        shoot(name + "-phone.png", PHONE_WIDTH, true);
        restore();
    }

    private void shoot(String file, int width, boolean mobile) throws IOException {
        emulate(width, 768, mobile);
        long height = (Long) driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        emulate(width, (int) Math.min(height, 8000), mobile);
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }

    private void emulate(int width, int height, boolean mobile) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** Whether the old page's element has left the document (stale, or "does not belong to the document"). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            driver.quit();
        } finally {
            service.stop();
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
            }
        }
    }
}

package org.reportcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * One whole monthly cycle through the real pages in headless Chromium: the office opens the month, the head of
 * 组织部 fills, saves and submits the report, the office accepts it, closes collection, edits the bulletin and
 * sends it to the signer, who signs it off. The publish and distribute steps are asynchronous; the job executor
 * is off in tests, so the test runs those jobs itself and then checks the outbox and the published bulletin.
 *
 * <p>Uses Debian's chromium and chromium-driver at fixed paths, so nothing is ever downloaded; without them the
 * test fails. A screenshot of each main page goes to {@code target/screenshots/}.
 */
@Tag("browser")
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonthlyCycleInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String PASSWORD = "demo";
    private static final int DEPARTMENTS = 8;
    private static final int PHONE_WIDTH = 390;
    private static final List<String> DISTRIBUTION_EMAILS = List.of(
            "shengzong@example.org",
            "shiwei-office@example.org",
            "shizhengfu-office@example.org",
            "county-unions@example.org",
            "departments@example.org",
            "industry-unions@example.org");

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    private Path profile;
    private ChromeDriverService service;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private int shots;

    @BeforeAll
    static void browserInstalled() {
        for (Path p : List.of(CHROMIUM, CHROMEDRIVER)) {
            if (!Files.isExecutable(p)) {
                fail(p + " is missing or not executable: the browser test needs Debian's chromium and "
                        + "chromium-driver (apt-get install chromium chromium-driver fonts-noto-cjk)");
            }
        }
    }

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("reportcycle-chromium-");
        Files.createDirectories(SCREENSHOTS);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log"))
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--lang=zh-CN",
                "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() throws IOException {
        try {
            if (driver != null) {
                driver.quit();
            }
        } finally {
            if (service != null) {
                service.stop();
            }
            if (profile != null) {
                try (Stream<Path> files = Files.walk(profile)) {
                    files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
                }
            }
        }
    }

    @Test
    void officeHeadAndSignerWalkOneMonthThroughThePages() throws IOException {
        try {
            walkTheCycle();
        } catch (AssertionError | RuntimeException e) {
            try {
                screenshot("failure");
                Files.writeString(SCREENSHOTS.resolve("failure.html"), driver.getPageSource());
            } catch (IOException | RuntimeException | AssertionError shotFailed) {
                e.addSuppressed(shotFailed);
            }
            throw e;
        }
    }

    private void walkTheCycle() throws IOException {
        YearMonth month = YearMonth.now(clock);
        String period = month.toString();
        String periodLabel = month.getYear() + "年" + month.getMonthValue() + "月";
        String nextMonth = month.plusMonths(1).toString();
        String doneTitle = "扎实推进基层组织建设。";
        String doneBodyFirst = "本月走访基层工会12家，指导3家企业新建工会组织，新发展会员260人。";
        String doneBodySecond = "举办基层工会主席培训班1期，培训120人次。";
        String doneBody = doneBodyFirst + "\n" + doneBodySecond;
        String planTitle = "开展基层工会规范化建设专项督导。";

        // The office opens the month on /cycles.
        login("office", "周文");
        open("/cycles");
        screenshot("cycles");
        driver.findElement(By.id("period")).sendKeys(period);
        clickAndWait(By.id("open-cycle"));
        assertThat(driver.getCurrentUrl()).endsWith("/cycles/" + period);
        assertThat(flash()).isEqualTo("已开启" + periodLabel + "报送周期，已通知各部室。");
        assertThat(progressRows()).hasSize(DEPARTMENTS);
        assertThat(progressStatus("ZZB")).isEqualTo("未开始");
        assertThat(driver.findElement(By.cssSelector(".counts")).getText()).contains("未开始 " + DEPARTMENTS);
        assertThat(driver.findElements(By.id("close-collection"))).hasSize(1);
        screenshot("cycle-opened");
        logout();

        // The head of 组织部 finds the task, fills the report, saves a draft, then submits.
        login("zzb", "孙立");
        WebElement task = taskRow("填报月度工作");
        assertThat(task.getText()).as("periods are written as people read them").contains(periodLabel, "组织部");
        screenshot("tasks-department-head");
        clickAndWait(task, By.linkText("办理"));
        assertThat(driver.getCurrentUrl()).endsWith("/reports/" + period + "/ZZB");
        assertThat(text(By.id("report-status"))).isEqualTo("未开始");
        assertThat(driver.findElements(By.id("report-form"))).hasSize(1);
        type(By.id("completions0.title"), doneTitle);
        type(By.id("completions0.body"), doneBody);
        clickAndWait(By.cssSelector("#report-form button[value=addPlan]"));
        assertThat(driver.findElement(By.id("completions0.title")).getAttribute("value"))
                .as("the completion typed before adding a plan row is kept")
                .isEqualTo(doneTitle);
        type(By.id("plans0.title"), planTitle);
        assertThat(new Select(driver.findElement(By.id("plans0.responsibleLeader")))
                        .getFirstSelectedOption()
                        .getText())
                .as("a new plan row names the department's own leader")
                .isEqualTo("王建国");
        assertThat(driver.findElement(By.cssSelector("#plan-last input[type=checkbox][value=ZZB]"))
                        .isSelected())
                .as("and the department itself")
                .isTrue();
        pick(By.id("plans0.deadlineMonth"), nextMonth);
        screenshot("report-form-filled");
        clickAndWait(By.id("save-draft"));
        assertThat(flash()).isEqualTo("草稿已保存。");
        assertThat(text(By.id("report-status"))).isEqualTo("草稿");
        assertThat(driver.findElement(By.id("completions0.title")).getAttribute("value"))
                .isEqualTo(doneTitle);
        assertThat(driver.findElement(By.id("completions0.body")).getAttribute("value"))
                .isEqualTo(doneBody);
        assertThat(driver.findElement(By.id("plans0.title")).getAttribute("value"))
                .isEqualTo(planTitle);
        assertThat(driver.findElement(By.id("plans0.deadlineMonth")).getAttribute("value"))
                .isEqualTo(nextMonth);
        assertThat(new Select(driver.findElement(By.id("plans0.responsibleLeader")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("王建国");
        screenshot("report-draft-saved");
        clickAndWait(By.id("submit-report"));
        assertThat(flash()).isEqualTo("已提交，等待办公室审核。");
        assertThat(text(By.id("report-status"))).isEqualTo("已提交待审核");
        assertThat(driver.findElements(By.id("report-form")))
                .as("a submitted report is read-only")
                .isEmpty();
        assertThat(text(By.id("report-view")))
                .as("the body keeps its line break")
                .contains(doneTitle, doneBody, planTitle);
        assertThat(driver.findElements(By.id("accept-report")))
                .as("heads do not review")
                .isEmpty();
        screenshot("report-submitted");
        open("/tasks");
        assertThat(text(By.tagName("main"))).contains("暂无待办任务。");
        logout();

        // The office accepts the report, then closes collection: the other seven become 未报送.
        login("office", "周文");
        assertThat(taskRow("审核部室报送").getText()).contains("组织部");
        open("/cycles/" + period);
        assertThat(progressStatus("ZZB")).isEqualTo("已提交待审核");
        clickAndWait(progressRow("ZZB"), By.linkText("查看"));
        assertThat(text(By.id("report-status"))).isEqualTo("已提交待审核");
        assertThat(text(By.id("report-view"))).contains(doneTitle, doneBody, planTitle, "王建国", "组织部");
        screenshot("report-review");
        clickAndWait(By.id("accept-report"));
        assertThat(text(By.id("confirmation")))
                .contains("将采用组织部" + month.getYear() + "年" + month.getMonthValue() + "月的报送");
        screenshot("confirm-accept");
        clickAndWait(By.id("confirm"));
        assertThat(driver.getCurrentUrl()).endsWith("/cycles/" + period);
        assertThat(flash()).isEqualTo("已采用该部室报送。");
        assertThat(progressStatus("ZZB")).isEqualTo("已采用");
        clickAndWait(By.id("close-collection"));
        assertThat(text(By.id("confirmation"))).contains("以下 " + (DEPARTMENTS - 1) + " 个部室将记为未报送", "宣教网络部、");
        clickAndWait(By.id("confirm"));
        assertThat(flash()).isEqualTo("已截止收集，" + (DEPARTMENTS - 1) + " 个部室记为未报送。");
        assertThat(progressStatus("ZZB")).isEqualTo("已采用");
        assertThat(progressStatus("XJB")).isEqualTo("未报送");
        assertThat(progressRows().stream()
                        .filter(r -> statusOf(r).equals("未报送"))
                        .count())
                .isEqualTo(DEPARTMENTS - 1);
        assertThat(driver.findElements(By.id("close-collection"))).isEmpty();
        // The draft is assembled in a job of its own after the closing: until it has run, the pages say so.
        assertThat(text(By.id("assembling"))).contains("简报初稿正在汇编");
        open("/bulletins/" + period + "/compile");
        assertThat(text(By.id("assembling"))).contains("简报初稿正在汇编");
        screenshot("compile-assembling");
        runAssembly(period);
        open("/cycles/" + period);
        assertThat(driver.findElements(By.id("assembling"))).isEmpty();
        assertThat(text(By.cssSelector("main .card"))).contains("编辑简报");
        screenshot("cycle-collection-closed");

        // The office compiles: the draft holds 组织部's items; the title is edited, saved and sent.
        clickAndWait(taskRowOn("/tasks", "编辑要情摘报"), By.linkText("办理"));
        assertThat(driver.getCurrentUrl()).endsWith("/bulletins/" + period + "/compile");
        assertThat(driver.findElements(By.id("compile-form"))).hasSize(1);
        String assembledTitle = driver.findElement(By.id("title")).getAttribute("value");
        assertThat(assembledTitle).isEqualTo("示例市总工会" + monthName(month) + "工作完成情况");
        assertThat(driver.findElement(By.id("items0.title")).getAttribute("value"))
                .isEqualTo(doneTitle);
        assertThat(driver.findElement(By.id("items0.body")).getAttribute("value"))
                .isEqualTo(doneBody);
        assertThat(driver.findElement(By.id("items1.title")).getAttribute("value"))
                .isEqualTo(planTitle);
        screenshot("compile");
        String title = "示例市总工会" + month.getYear() + "年" + monthName(month) + "工作完成情况";
        type(By.id("title"), title);
        clickAndWait(By.id("save-bulletin"));
        assertThat(flash()).isEqualTo("简报已保存。");
        assertThat(driver.findElement(By.id("title")).getAttribute("value")).isEqualTo(title);
        clickAndWait(By.id("send-to-sign-off"));
        assertThat(driver.getCurrentUrl()).endsWith("/bulletins/" + period);
        assertThat(flash()).isEqualTo("已送签发领导审阅。");
        assertThat(text(By.id("bulletin-status"))).isEqualTo("待签发");
        assertThat(text(By.cssSelector(".paper")))
                .contains(
                        title,
                        "一、" + doneTitle,
                        doneBody,
                        planTitle,
                        "责任领导：王建国",
                        "责任部室：组织部",
                        "完成时限：" + monthName(month.plusMonths(1)));
        screenshot("bulletin-awaiting-sign-off");
        logout();

        // The signer follows the sign-off email's link while signed out, signs in there and lands on the page it
        // names; the task list leads to the same page.
        String emailed = jdbc.queryForObject(
                "SELECT text_body FROM outbox_message WHERE kind = 'SIGN_OFF_REQUESTED' ORDER BY id DESC FETCH FIRST 1 ROWS ONLY",
                String.class);
        String link = emailed.lines()
                .filter(line -> line.startsWith("http"))
                .findFirst()
                .orElseThrow();
        assertThat(link)
                .as("the link names the port this node listens on")
                .isEqualTo("http://localhost:" + port + "/bulletins/" + period + "/sign-off");
        driver.get(link);
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        type(By.id("username"), "li.minghua");
        type(By.id("password"), PASSWORD);
        clickAndWait(By.id("login-submit"));
        assertThat(driver.getCurrentUrl()).contains(link);
        assertThat(text(By.cssSelector("header.topbar .who"))).contains("李明华");
        open("/tasks");
        clickAndWait(taskRow("签发要情摘报"), By.linkText("办理"));
        assertThat(driver.getCurrentUrl()).endsWith("/bulletins/" + period + "/sign-off");
        assertThat(text(By.tagName("h1"))).startsWith("签发要情摘报 · " + month.getYear() + " 年第");
        assertThat(text(By.cssSelector(".paper"))).contains(title, doneTitle, doneBody, planTitle);
        screenshot("sign-off");
        clickAndWait(By.id("approve-bulletin"));
        assertThat(text(By.id("confirmation"))).contains("将向 ");
        screenshot("confirm-sign-off");
        clickAndWait(By.id("confirm"));
        assertThat(driver.getCurrentUrl()).endsWith("/tasks");
        assertThat(flash()).isEqualTo("已签发，简报将印发并分发。");
        assertThat(text(By.tagName("main"))).contains("暂无待办任务。");

        // Publishing and distribution are asynchronous jobs; with no job executor in tests, run them here.
        String instance = runAsyncSteps(period);
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceId(instance)
                        .count())
                .as("the cycle has ended")
                .isZero();
        List<Map<String, Object>> distribution = jdbc.queryForList("""
            SELECT recipient_email, subject, html_body, text_body FROM outbox_message
            WHERE kind = 'DISTRIBUTION' ORDER BY id""");
        assertThat(distribution)
                .extracting(r -> (String) r.get("recipient_email"))
                .containsExactlyInAnyOrderElementsOf(DISTRIBUTION_EMAILS);
        assertThat(distribution).allSatisfy(r -> {
            assertThat((String) r.get("subject")).startsWith("工会要情摘报 " + month.getYear() + "年第");
            assertThat((String) r.get("html_body"))
                    .contains(title, doneTitle, doneBodyFirst, doneBodySecond, planTitle);
            assertThat((String) r.get("text_body")).contains(doneTitle);
        });
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM outbox_message WHERE kind = 'BULLETIN_PUBLISHED'", Integer.class))
                .as("every department head is told")
                .isEqualTo(DEPARTMENTS);

        // The published bulletin as the signer and the office see it; the office's outbox lists the emails.
        open("/bulletins/" + period);
        assertThat(text(By.id("bulletin-status"))).isEqualTo("已印发");
        assertThat(text(By.cssSelector(".paper")))
                .contains("工会要情摘报", title, "一、" + doneTitle, doneBody, planTitle, "责任领导：王建国", "报：省总工会", "发：各县市区总工会");
        screenshot("bulletin-published");
        logout();
        login("office", "周文");
        open("/cycles");
        assertThat(text(By.cssSelector("table.list"))).contains(periodLabel, "已印发");
        open("/outbox");
        assertThat(driver.findElements(By.cssSelector("#outbox tbody tr")).stream()
                        .filter(r -> r.getText().contains("简报分发"))
                        .count())
                .isEqualTo(DISTRIBUTION_EMAILS.size());
        screenshot("outbox");
        open("/bulletins/" + period);
        assertThat(driver.findElements(By.cssSelector("#deliveries tbody tr"))).hasSize(DISTRIBUTION_EMAILS.size());
        assertThat(text(By.id("bulletin-files"))).contains("PDF", "DOCX", "HTML", "TXT");
        screenshot("bulletin-deliveries");
        open("/archive?q=" + java.net.URLEncoder.encode(doneTitle, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(text(By.id("archive-results"))).contains(title, "PDF");
        screenshot("archive");
        logout();
    }

    /**
     * Runs the due jobs of the cycle and the bulletin's issue it called (publish, then distribute) until none is
     * left; returns the cycle's instance id.
     */
    private String runAsyncSteps(String period) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("monthly-reporting-cycle")
                .processInstanceBusinessKey(period)
                .singleResult();
        assertThat(instance).as("the cycle of " + period + " is running").isNotNull();
        int executed = 0;
        for (List<Job> jobs = jobs(period); !jobs.isEmpty(); jobs = jobs(period)) {
            assertThat(executed)
                    .as("jobs executed; the cycle should end after publish and distribute")
                    .isLessThan(5);
            management.executeJob(jobs.get(0).getId());
            executed++;
        }
        assertThat(executed).as("publish and distribute").isEqualTo(2);
        return instance.getId();
    }

    /** Runs the job that assembles the draft bulletin (the job executor is off in tests). */
    private void runAssembly(String period) {
        ProcessInstance instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey("monthly-reporting-cycle")
                .processInstanceBusinessKey(period)
                .singleResult();
        Job assembly = management
                .createJobQuery()
                .processInstanceId(instance.getId())
                .activityId("ServiceTask_AssembleBulletin")
                .singleResult();
        assertThat(assembly).as("the assembly waits for its job").isNotNull();
        management.executeJob(assembly.getId());
    }

    /** The due jobs of every instance of the period: its cycle and the issue process that cycle called. */
    private List<Job> jobs(String period) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(period).list().stream()
                .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).executable().list().stream())
                .toList();
    }

    /** Signs in on the login page; the top bar then shows the person's name. */
    private void login(String username, String name) {
        open("/login");
        type(By.id("username"), username);
        type(By.id("password"), PASSWORD);
        clickAndWait(By.id("login-submit"));
        assertThat(driver.getCurrentUrl()).as("%s signed in", username).endsWith("/tasks");
        assertThat(text(By.cssSelector("header.topbar .who"))).contains(name);
    }

    /** With the top bar's logout form. */
    private void logout() {
        clickAndWait(By.cssSelector("header.topbar form button[type=submit]"));
        assertThat(driver.getCurrentUrl()).endsWith("/login?logout");
        assertThat(flash()).isEqualTo("您已退出登录。");
    }

    private void open(String path) {
        driver.get("http://localhost:" + port + path);
        waitForPage();
    }

    /** Clicks and waits until the next page has replaced this one. */
    private void clickAndWait(By by) {
        clickAndWait(driver.findElement(By.tagName("html")), by);
    }

    private void clickAndWait(WebElement scope, By by) {
        WebElement page = driver.findElement(By.tagName("html"));
        clickable(scope, by).click();
        wait.until(d -> gone(page));
        waitForPage();
    }

    /**
     * The element once it can be clicked. A node of a page being replaced may be reported as not belonging to
     * the document; it is then found again, within the wait's time.
     */
    private WebElement clickable(WebElement scope, By by) {
        return wait.until(d -> {
            try {
                WebElement element = scope.findElement(by);
                return element.isDisplayed() && element.isEnabled() ? element : null;
            } catch (WebDriverException e) {
                if (!detached(e)) {
                    throw e;
                }
                return null;
            }
        });
    }

    /**
     * Whether the old page's element has left the document. Chromium reports that either as a stale element or,
     * while the next page is loading, as a node that "does not belong to the document".
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            if (!detached(e)) {
                throw e;
            }
            return true;
        }
    }

    private static boolean detached(WebDriverException e) {
        return e instanceof StaleElementReferenceException
                || e.getMessage() != null && e.getMessage().contains("does not belong to the document");
    }

    private void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    /** A month or date picker takes its value as the browser's own widget would set it. */
    private void pick(By by, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", field, value);
    }

    private void type(By by, String value) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        field.clear();
        field.sendKeys(value);
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by))
                .getText()
                .strip();
    }

    private String flash() {
        return text(By.cssSelector(".flash"));
    }

    private WebElement taskRow(String taskName) {
        List<WebElement> rows = driver.findElements(By.cssSelector("#tasks tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("td")).getText().strip().equals(taskName))
                .toList();
        assertThat(rows).as("task %s on 我的任务", taskName).hasSize(1);
        return rows.get(0);
    }

    private WebElement taskRowOn(String path, String taskName) {
        open(path);
        return taskRow(taskName);
    }

    private List<WebElement> progressRows() {
        return driver.findElements(By.cssSelector("#progress tbody tr"));
    }

    private WebElement progressRow(String department) {
        return driver.findElement(By.cssSelector("#progress tr[data-department=" + department + "]"));
    }

    private String progressStatus(String department) {
        return statusOf(progressRow(department));
    }

    private static String statusOf(WebElement row) {
        return row.findElement(By.cssSelector("td span.badge")).getText().strip();
    }

    /** 一月份 … 十二月份, as the bulletin writes a month. */
    private static String monthName(YearMonth month) {
        String[] names = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"};
        return names[month.getMonthValue() - 1] + "月份";
    }

    /**
     * The whole page, not only the window (the viewport is stretched to the page's height), on a laptop and on a
     * phone 390 px wide, where nothing may make the page scroll sideways.
     */
    private void screenshot(String name) throws IOException {
        shoot(String.format("%02d-%s.png", ++shots, name), 1280, false);
        shoot(String.format("%02d-%s-phone.png", shots, name), PHONE_WIDTH, true);
        long wide = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertThat(wide).as("width of %s at %d px", name, PHONE_WIDTH).isLessThanOrEqualTo(PHONE_WIDTH);
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    private void shoot(String file, int width, boolean mobile) throws IOException {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 900, "deviceScaleFactor", 1, "mobile", mobile));
        long height = (Long) driver.executeScript(
                "return Math.max(document.body.scrollHeight, document.documentElement.scrollHeight)");
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of(
                        "width",
                        width,
                        "height",
                        (int) Math.min(height, 8000),
                        "deviceScaleFactor",
                        1,
                        "mobile",
                        mobile));
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(file), StandardCopyOption.REPLACE_EXISTING);
    }
}

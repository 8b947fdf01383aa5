package org.reportcycle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.plan.PlanExtensions;
import org.reportcycle.submission.CompletionEntry;
import org.reportcycle.support.CycleDriver;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every page as every role sees it, in Chinese and in English: each answers 200 to those who may see it and 403
 * or 404 to the others; a page shown holds no unresolved message key ({@code ??key??}), no department or role
 * code where a name belongs, no period written 2026-11, and at a phone's 390 px nothing reaches past the screen.
 * A published November and an October being compiled give every page something to show. Screenshots of each page
 * as each role sees it in Chinese go to {@code target/screenshots/sweep-*}.
 */
@Tag("browser")
class PageSweepInBrowserTest extends BrowserTestBase {

    private static final String PUBLISHED = "2026-11";
    private static final String COMPILING = "2026-10";
    private static final Pattern RAW_PERIOD = Pattern.compile("(?<![\\d-])\\d{4}-\\d{2}(?![\\d-])");
    private static final List<String> ROLE_CODES = List.of("DEPARTMENT_HEAD", "OFFICE", "LEADER", "ADMIN");
    private static final List<String> EVERYONE = List.of("zzb", "office", "wang.jianguo", "li.minghua", "admin");
    private static final List<String> OVERSEERS = List.of("office", "wang.jianguo", "li.minghua", "admin");

    @Autowired
    OrganizationDirectory directory;

    /** ZZB's December item's pending extension request, decided on a page of its own. */
    private long extension;

    /** Who gets 200 on each page; everyone else gets 403 or 404. */
    private Map<String, List<String>> pages() {
        Map<String, List<String>> pages = new java.util.LinkedHashMap<>();
        pages.put("/tasks", EVERYONE);
        pages.put("/plans", EVERYONE);
        pages.put("/plans/extensions/" + extension, EVERYONE);
        pages.put("/cycles", EVERYONE);
        pages.put("/cycles/" + COMPILING, OVERSEERS);
        pages.put("/reports/" + COMPILING + "/ZZB", EVERYONE);
        pages.put("/reports/" + COMPILING + "/XJB", OVERSEERS);
        pages.put("/bulletins/" + COMPILING + "/compile", List.of("office"));
        pages.put("/bulletins/" + PUBLISHED, EVERYONE);
        pages.put("/special-issues", OVERSEERS);
        pages.put("/archive", EVERYONE);
        pages.put("/summaries", List.of("office"));
        pages.put("/outbox", List.of("office", "admin"));
        pages.put("/calendar/2026", EVERYONE);
        pages.put("/admin/accounts", List.of("admin"));
        pages.put("/admin/incidents", List.of("office", "admin"));
        pages.put("/profile", EVERYONE);
        return pages;
    }

    @BeforeEach
    void aPublishedAndACompilingMonth() {
        TestClock.setTo(LocalDateTime.of(2026, 11, 25, 9, 0));
        CycleDriver cycle = cycle();
        // October is compiled, not published, so November's reports owe no account of October's plan items.
        cycle.open(COMPILING);
        submit(cycle, COMPILING, "ZZB");
        cycle.accept(COMPILING, "ZZB");
        submit(cycle, COMPILING, "XJB");
        cycle.returnToDepartment(COMPILING, "XJB", "请补充本月数据。");
        cycle.closeCollection(COMPILING);
        cycle.open(PUBLISHED);
        for (String department : cycle.departments(PUBLISHED)) {
            submit(cycle, PUBLISHED, department);
            cycle.accept(PUBLISHED, department);
        }
        cycle.signOffAndPublish(PUBLISHED);
        long item = jdbc.sql("SELECT id FROM plan_item WHERE plan_period = '2026-12' AND department_codes = 'ZZB'")
                .query(Long.class)
                .single();
        // A token of ZZB's head, so that the profile page shows its list; the hash stands for no token anyone has.
        jdbc.sql("""
                INSERT INTO api_token (owner_username, name, token_hash, created_at, expires_at, last_used_at)
                VALUES ('zzb', '月度数据导出脚本', ?, ?, ?, ?)""")
                .params(
                        Long.toHexString(System.nanoTime()),
                        java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 11, 2, 9, 30)),
                        java.sql.Timestamp.valueOf(LocalDateTime.of(2027, 1, 31, 9, 30)),
                        java.sql.Timestamp.valueOf(LocalDateTime.of(2026, 11, 24, 16, 5)))
                .update();
        extension = context.getBean(PlanExtensions.class)
                .request(cycle.users().headOf("ZZB"), item, "场地待定，需顺延。", "2027-01")
                .id();
    }

    /** A report that names its department as people do, so that a code on a page is the page's own doing. */
    private void submit(CycleDriver cycle, String period, String code) {
        String name = directory.department(code).orElseThrow().name();
        int version = cycle.submission(period, code).version();
        cycle.submit(
                period,
                code,
                ReportDrafts.of(
                        version,
                        List.of(new CompletionEntry(name + "完成本月重点工作。", "21日上午，" + name + "召开专题会议，部署落实本月各项任务。")),
                        List.of(new PlanEntry(
                                name + "做好下月重点工作。",
                                "wang.jianguo",
                                List.of(code),
                                YearMonth.parse(period).plusMonths(1).toString()))));
    }

    @Test
    void everyPageAnswersEachRoleRightlyAndReadsCleanlyOnAPhone() throws IOException {
        SoftAssertions softly = new SoftAssertions();
        int shown = 0;
        try (Browser browser = browser()) {
            for (String user : EVERYONE) {
                browser.login(user);
                for (Map.Entry<String, List<String>> page : pages().entrySet()) {
                    shown += visit(browser, user, page.getKey(), page.getValue().contains(user), softly);
                }
                browser.logout();
            }
        }
        softly.assertAll();
        assertThat(shown).as("pages shown and checked").isGreaterThan(100);
    }

    private int visit(Browser browser, String user, String path, boolean allowed, SoftAssertions softly)
            throws IOException {
        long status = browser.status(path);
        if (!allowed) {
            softly.assertThat(status).as("%s asking for %s", user, path).isIn(403L, 404L);
            return 0;
        }
        softly.assertThat(status).as("%s asking for %s", user, path).isEqualTo(200L);
        int checked = 0;
        // English first, so the page is left in Chinese for the next without loading it a third time.
        for (String lang : List.of("en", "zh_CN")) {
            browser.open(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
            String where = user + " on " + path + " in " + lang;
            softly.assertThat(browser.pageSource())
                    .as("message keys on %s", where)
                    .doesNotContain("??");
            softly.assertThat(codesIn(browser.visibleText()))
                    .as("codes shown on %s", where)
                    .isEmpty();
            softly.assertThat(browser.wideElements(Browser.PHONE_WIDTH))
                    .as("wider than a phone on %s", where)
                    .isEmpty();
            if (lang.equals("zh_CN")) {
                browser.screenshot("sweep-" + user + path.replaceAll("[^A-Za-z0-9]+", "-"));
            }
            checked++;
        }
        return checked;
    }

    /** Department and role codes, and periods written as 2026-11, in the page's text. */
    private List<String> codesIn(String text) {
        List<String> found = new ArrayList<>();
        Set<String> codes = new java.util.HashSet<>(ROLE_CODES);
        directory.departments().stream().map(Department::code).forEach(codes::add);
        for (String code : codes) {
            if (Pattern.compile("(?<![A-Za-z_])" + code + "(?![A-Za-z_])")
                    .matcher(text)
                    .find()) {
                found.add(code);
            }
        }
        Matcher period = RAW_PERIOD.matcher(text);
        while (period.find()) {
            found.add(period.group());
        }
        return found;
    }
}

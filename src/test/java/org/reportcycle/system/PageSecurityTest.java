package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The pages: without a session every page sends the browser to the login page; signing in needs the right
 * password and a CSRF token; with a session, a POST without the page's CSRF token is refused and changes nothing.
 */
class PageSecurityTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    /** Every page, as method and path (every controller mapping outside /api). */
    static Stream<String[]> pages() {
        return Stream.of(
                new String[] {"GET", "/"},
                new String[] {"GET", "/tasks"},
                new String[] {"GET", "/cycles"},
                new String[] {"POST", "/cycles"},
                new String[] {"GET", "/cycles/2026-11"},
                new String[] {"POST", "/cycles/2026-11/close-collection"},
                new String[] {"POST", "/cycles/2026-11/urge"},
                new String[] {"POST", "/cycles/2026-11/cancel"},
                new String[] {"GET", "/reports/2026-11/ZZB"},
                new String[] {"POST", "/reports/2026-11/ZZB"},
                new String[] {"POST", "/reports/2026-11/ZZB/withdraw"},
                new String[] {"POST", "/reports/2026-11/ZZB/accept"},
                new String[] {"POST", "/reports/2026-11/ZZB/return"},
                new String[] {"GET", "/bulletins/2026-11"},
                new String[] {"GET", "/bulletins/2026-11/compile"},
                new String[] {"POST", "/bulletins/2026-11/compile"},
                new String[] {"GET", "/bulletins/2026-11/sign-off"},
                new String[] {"POST", "/bulletins/2026-11/sign-off"},
                new String[] {"POST", "/bulletins/2026-11/send-to-sign-off"},
                new String[] {"GET", "/summaries"},
                new String[] {"GET", "/summaries/download"},
                new String[] {"GET", "/outbox"},
                new String[] {"POST", "/outbox/1/resend"},
                new String[] {"POST", "/bulletins/2026-11/distribution/resend"},
                new String[] {"GET", "/special-issues"},
                new String[] {"POST", "/special-issues"},
                new String[] {"GET", "/archive"},
                new String[] {"GET", "/plans"},
                new String[] {"POST", "/plans/1/extensions"},
                new String[] {"POST", "/plans/1/close"},
                new String[] {"GET", "/plans/extensions/1"},
                new String[] {"POST", "/plans/extensions/1"},
                new String[] {"GET", "/calendar"},
                new String[] {"GET", "/calendar/2026"},
                new String[] {"POST", "/calendar/2026"},
                new String[] {"GET", "/admin/accounts"},
                new String[] {"POST", "/admin/accounts/unlock"},
                new String[] {"GET", "/admin/incidents"},
                new String[] {"POST", "/admin/incidents/1/retry"},
                new String[] {"GET", "/profile"},
                new String[] {"POST", "/profile/tokens"},
                new String[] {"POST", "/profile/tokens/1/revoke"});
    }

    @Test
    void theListAboveIsEveryPageButLoginAndError() {
        assertThat(pages().map(p -> pattern(p[0], p[1]).replaceAll("/1(/|$)", "/{id}$1"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(mappedEndpoints().stream()
                        .filter(e -> !e.contains(" /api/") && !e.endsWith(" /login") && !e.endsWith(" /error"))
                        .toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("pages")
    void withoutASessionEveryPageRedirectsToTheLoginPage(String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }

    static Stream<String> pagePosts() {
        return pages().filter(p -> p[0].equals("POST")).map(p -> p[1]);
    }

    @ParameterizedTest
    @MethodSource("pagePosts")
    void withASessionButNoCsrfTokenEveryPagePostIsRefused(String path) throws Exception {
        MockHttpSession session = signIn("office");
        mvc.perform(post(path)
                        .session(session)
                        .param("period", "2026-11")
                        .param("action", "save")
                        .param("version", "0")
                        .param("decision", "approve")
                        .param("comment", "x"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theLoginPageIsOpenAndCarriesACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("登录")));
    }

    @Test
    void signingInNeedsTheRightPasswordAndAToken() throws Exception {
        mvc.perform(formLogin("/login").user("zzb").password("wrong")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").param("username", "zzb").param("password", "demo"))
                .andExpect(status().isForbidden());
        mvc.perform(formLogin("/login").user("zzb").password("demo")).andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void openingACycleFromThePageWithoutTheTokenWritesNothingAndWithItOpensTheCycle() throws Exception {
        String period = newPeriod();
        MockHttpSession office = signIn("office");
        mvc.perform(post("/cycles").session(office).param("period", period)).andExpect(status().isForbidden());
        assertThat(walk.ok("office", get("/api/cycles"), null).findValuesAsText("period"))
                .doesNotContain(period);

        mvc.perform(post("/cycles").session(office).param("period", period).with(csrf()))
                .andExpect(redirectedUrl("/cycles/" + period));
        assertThat(walk.ok("office", get("/api/cycles"), null).findValuesAsText("period"))
                .contains(period);
    }

    @Test
    void savingAReportFromThePageWithoutTheTokenWritesNothing() throws Exception {
        String period = newPeriod();
        walk.open(period);
        MockHttpSession zzb = signIn("zzb");
        mvc.perform(post("/reports/{p}/ZZB", period)
                        .session(zzb)
                        .param("action", "save")
                        .param("version", "0")
                        .param("completions[0].title", "不应保存的标题。")
                        .param("completions[0].body", "不应保存的正文。"))
                .andExpect(status().isForbidden());
        var report = walk.report("zzb", period, "ZZB");
        assertThat(report.at("/submission/status").asText()).isEqualTo("NOT_STARTED");
        assertThat(report.at("/submission/version").asInt()).isZero();
        assertThat(report.get("completions")).isEmpty();

        mvc.perform(post("/reports/{p}/ZZB", period)
                        .session(zzb)
                        .with(csrf())
                        .param("action", "save")
                        .param("version", "0")
                        .param("completions[0].title", "保存的标题。")
                        .param("completions[0].body", "保存的正文。"))
                .andExpect(redirectedUrl("/reports/" + period + "/ZZB"));
        assertThat(walk.report("zzb", period, "ZZB").at("/completions/0/title").asText())
                .isEqualTo("保存的标题。");
    }

    @Test
    void loggingOutNeedsTheTokenToo() throws Exception {
        MockHttpSession session = signIn("zzb");
        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/tasks").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/tasks").session(session)).andExpect(redirectedUrl("http://localhost/login"));
    }

    /** As after a login form whose token expired: the error page is shown to nobody signed in. */
    @Test
    void theErrorPageAfterASecurityRefusalSaysWhyInsteadOfSystemError() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 403)
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("<h1>无权操作</h1>")))
                .andExpect(content().string(containsString("页面已过期（缺少安全令牌）")))
                .andExpect(content().string(not(containsString("系统错误"))));
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .accept(MediaType.TEXT_HTML)
                        .with(user(users.loadUserByUsername("zzb"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("<h1>未找到</h1>")))
                .andExpect(content().string(containsString("孙立")));
    }

    @Test
    void aSignedOutVisitorLandsAfterSigningInOnThePageTheyAskedForAndAPostIsNotReplayed() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/plans?period=2026-12").session(session)).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(post("/login")
                        .session(session)
                        .param("username", "zzb")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(redirectedUrl("http://localhost/plans?period=2026-12&continue"));
        mvc.perform(get("/plans?period=2026-12&continue").session(session)).andExpect(status().isOk());

        MockHttpSession posted = new MockHttpSession();
        mvc.perform(post("/cycles").param("period", "2026-12").session(posted).with(csrf()))
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(post("/login")
                        .session(posted)
                        .param("username", "office")
                        .param("password", "demo")
                        .with(csrf()))
                .andExpect(redirectedUrl("/tasks"));
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andExpect(redirectedUrl("/tasks"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}

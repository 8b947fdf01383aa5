package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.util.ClassUtils;

/**
 * Who may talk to the API at all: every endpoint answers 401 problem JSON without valid credentials (and no
 * Basic challenge, so a browser never caches credentials), /api/me tells a script who it is without the password
 * hash, and nothing of Camunda's own REST API or webapps is reachable.
 */
class ApiSecurityTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    /** Every API endpoint, as method and path. */
    static Stream<String[]> apiEndpoints() {
        return Stream.of(
                new String[] {"GET", "/api/me"},
                new String[] {"GET", "/api/tasks"},
                new String[] {"GET", "/api/cycles"},
                new String[] {"POST", "/api/cycles"},
                new String[] {"GET", "/api/cycles/2026-11"},
                new String[] {"POST", "/api/cycles/2026-11/close-collection"},
                new String[] {"POST", "/api/cycles/2026-11/urge"},
                new String[] {"POST", "/api/cycles/2026-11/cancel"},
                new String[] {"GET", "/api/reports/2026-11/ZZB"},
                new String[] {"PUT", "/api/reports/2026-11/ZZB"},
                new String[] {"POST", "/api/reports/2026-11/ZZB/submit"},
                new String[] {"POST", "/api/reports/2026-11/ZZB/withdraw"},
                new String[] {"POST", "/api/reports/2026-11/ZZB/accept"},
                new String[] {"POST", "/api/reports/2026-11/ZZB/return"},
                new String[] {"GET", "/api/bulletins/2026-11"},
                new String[] {"GET", "/api/bulletins/2026-11/text"},
                new String[] {"PUT", "/api/bulletins/2026-11"},
                new String[] {"POST", "/api/bulletins/2026-11/send-to-sign-off"},
                new String[] {"POST", "/api/bulletins/2026-11/approve"},
                new String[] {"POST", "/api/bulletins/2026-11/return"},
                new String[] {"GET", "/api/bulletins"},
                new String[] {"GET", "/api/bulletins/2026/7.pdf"},
                new String[] {"GET", "/api/bulletins/2026-11/document.pdf"},
                new String[] {"GET", "/api/special-issues"},
                new String[] {"POST", "/api/special-issues"},
                new String[] {"GET", "/api/summaries/2026-01/2026-06.docx"},
                new String[] {"GET", "/api/outbox"},
                new String[] {"POST", "/api/outbox/1/resend"},
                new String[] {"POST", "/api/bulletins/2026-11/distribution/resend"},
                new String[] {"GET", "/api/calendar/2026"},
                new String[] {"PUT", "/api/calendar/2026"},
                new String[] {"GET", "/api/plan-items"},
                new String[] {"POST", "/api/plan-items/1/close"},
                new String[] {"POST", "/api/plan-items/1/extensions"},
                new String[] {"POST", "/api/extensions/1/approve"},
                new String[] {"POST", "/api/extensions/1/refuse"},
                new String[] {"GET", "/api/accounts/locked"},
                new String[] {"POST", "/api/accounts/someone/unlock"},
                new String[] {"GET", "/api/incidents"},
                new String[] {"POST", "/api/incidents/1/retry"},
                new String[] {"GET", "/api/tokens"},
                new String[] {"POST", "/api/tokens"},
                new String[] {"DELETE", "/api/tokens/1"});
    }

    /** Who may not: plan items are closed by the office, extensions asked by heads and decided by leaders. */
    static Stream<String[]> refusedByRole() {
        return Stream.of(
                new String[] {"zzb", "POST", "/api/plan-items/1/close"},
                new String[] {"wang.jianguo", "POST", "/api/plan-items/1/close"},
                new String[] {"office", "POST", "/api/plan-items/1/extensions"},
                new String[] {"wang.jianguo", "POST", "/api/plan-items/1/extensions"},
                new String[] {"zzb", "POST", "/api/extensions/1/approve"},
                new String[] {"office", "POST", "/api/extensions/1/approve"},
                new String[] {"zzb", "POST", "/api/extensions/1/refuse"},
                new String[] {"admin", "POST", "/api/extensions/1/refuse"});
    }

    @Test
    void theListAboveIsEveryApiEndpoint() {
        assertThat(apiEndpoints()
                        .map(e -> pattern(e[0], e[1])
                                .replace("/1/", "/{id}/")
                                .replaceAll("/1$", "/{id}")
                                .replace("/someone/", "/{username}/"))
                        .toList())
                .containsExactlyInAnyOrderElementsOf(mappedEndpoints().stream()
                        .filter(e -> e.contains(" /api/"))
                        .toList());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apiEndpoints")
    void withoutCredentialsEveryEndpointAnswers401ProblemJsonInChinese(String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.detail", containsString("HTTP Basic")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apiEndpoints")
    void aWrongPasswordIsRefusedWith401OnEveryEndpoint(String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .with(httpBasic("office", "wrong"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("apiEndpoints")
    void anUnknownBearerTokenIsRefusedWith401OnEveryEndpoint(String method, String path) throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer rc_" + "x".repeat(40))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
                .andExpect(jsonPath("$.title").value("需要登录"));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @MethodSource("refusedByRole")
    void planItemAndExtensionActionsAreRefused403ForTheWrongRole(String user, String method, String path)
            throws Exception {
        mvc.perform(request(HttpMethod.valueOf(method), path)
                        .with(httpBasic(user, "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"理由\", \"newDeadline\": \"2026-12\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.title").value("无权操作"));
    }

    @Test
    void the401IsInEnglishWhenTheClientAsksForEnglish() throws Exception {
        mvc.perform(get("/api/cycles").header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Sign-in required"))
                .andExpect(jsonPath("$.detail", containsString("Please sign in")));
        mvc.perform(get("/api/cycles").with(httpBasic("nobody", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Sign-in required"));
    }

    @Test
    void meTellsAScriptWhoItIsWithoutThePasswordHash() throws Exception {
        String body = mvc.perform(get("/api/me").with(httpBasic("zzb", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("zzb"))
                .andExpect(jsonPath("$.departmentCode").value("ZZB"))
                .andExpect(jsonPath("$.roles[0]").value("DEPARTMENT_HEAD"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String hash = users.loadUserByUsername("zzb").getPassword();
        assertThat(hash).startsWith("$2");
        assertThat(body).doesNotContain(hash).doesNotContain("$2a$").doesNotContainIgnoringCase("password");
    }

    @Test
    void meWithASessionUserShowsThatUserAndNoHash() throws Exception {
        mvc.perform(get("/api/me").with(user(users.loadUserByUsername("li.minghua"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("li.minghua"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist())
                .andExpect(jsonPath("$.password").doesNotExist())
                .andExpect(content().string(not(containsString("$2a$"))));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/engine-rest/engine",
                "/engine-rest/process-definition",
                "/engine-rest/task",
                "/engine-rest/process-instance?businessKey=2026-11",
                "/camunda/app/cockpit/default/",
                "/camunda/app/tasklist/default/",
                "/camunda/app/admin/default/",
                "/camunda/api/engine/engine/default/process-definition",
                "/app/cockpit/default/"
            })
    void camundasOwnRestApiAndWebappsAreNotExposed(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get(path).with(httpBasic("admin", "demo")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get(path).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("monthly-reporting-cycle"))));
    }

    @Test
    void neitherCamundaRestNorWebappIsOnTheClasspath() {
        ClassLoader loader = getClass().getClassLoader();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.engine.rest.impl.CamundaRestResources", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig", loader))
                .isFalse();
        assertThat(ClassUtils.isPresent("org.camunda.bpm.webapp.impl.security.auth.AuthenticationFilter", loader))
                .isFalse();
    }
}

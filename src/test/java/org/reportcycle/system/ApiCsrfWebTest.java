package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One authentication per request: the API takes the browser's session only with the CSRF token for a
 * state-changing call; a request with HTTP Basic is authenticated by that header alone (never the session, which
 * it neither reads nor creates) and needs no token, because a browser never adds an Authorization header on its
 * own.
 */
class ApiCsrfWebTest extends WebTestBase {

    /** The Authorization header of a cell; the session, when there is one, is office's. */
    enum Basic {
        NONE(null, null),
        RIGHT("office", "demo"),
        WRONG("office", "wrong"),
        OTHER_USER("zzb", "demo");

        final String username;
        final String password;

        Basic(String username, String password) {
            this.username = username;
            this.password = password;
        }
    }

    /** Every combination of session cookie, CSRF token and Basic header, on a GET and on a state-changing POST. */
    static Stream<Arguments> combinations() {
        Stream.Builder<Arguments> cells = Stream.builder();
        for (String method : new String[] {"GET", "POST"}) {
            for (boolean session : new boolean[] {true, false}) {
                for (boolean token : new boolean[] {true, false}) {
                    for (Basic basic : Basic.values()) {
                        cells.add(Arguments.of(method, session, token, basic));
                    }
                }
            }
        }
        return cells.build();
    }

    @ParameterizedTest(name = "{0} session={1} csrf={2} basic={3}")
    @MethodSource("combinations")
    void eachRequestIsAuthenticatedOnceByItsBasicHeaderOrElseBySessionAndToken(
            String method, boolean withSession, boolean withToken, Basic basic) throws Exception {
        MockHttpSession office = withSession ? signIn("office") : null;
        String period = newPeriod();
        int expected = expectedStatus(method, withSession, withToken, basic);
        MvcResult result = mvc.perform(request(method, period, office, withToken, basic))
                .andExpect(status().is(expected))
                .andReturn();

        if (expected >= 400) {
            assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        if (method.equals("GET") && expected == 200) {
            assertThat(json.readTree(result.getResponse().getContentAsByteArray())
                            .get("username")
                            .asText())
                    .isEqualTo(basic == Basic.NONE ? "office" : basic.username);
        }
        if (method.equals("POST")) {
            assertThat(cycles().contains(period)).as("cycle opened").isEqualTo(expected == 201);
            if (basic == Basic.OTHER_USER) {
                assertThat(result.getResponse().getContentAsString())
                        .as("a role refusal")
                        .contains("需要角色：办公室");
            }
        }
        if (basic != Basic.NONE) {
            assertNoSessionUsed(result, office);
        }
    }

    private MockHttpServletRequestBuilder request(
            String method, String period, MockHttpSession session, boolean withToken, Basic basic) throws Exception {
        MockHttpServletRequestBuilder request = method.equals("GET")
                ? get("/api/me")
                : post("/api/cycles")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period)));
        if (session != null) {
            request.session(session);
        }
        if (withToken) {
            request.with(csrf());
        }
        if (basic != Basic.NONE) {
            request.with(httpBasic(basic.username, basic.password));
        }
        return request;
    }

    /** A Basic request creates no session and leaves the one it came with signed in as before. */
    private static void assertNoSessionUsed(MvcResult result, MockHttpSession session) {
        assertThat(result.getResponse().getHeader(HttpHeaders.SET_COOKIE)).isNull();
        if (session == null) {
            assertThat(result.getRequest().getSession(false))
                    .as("session created")
                    .isNull();
        } else {
            assertThat(signedInUser(session)).as("the session's user").isEqualTo("office");
        }
    }

    /** What each cell must answer: Basic alone decides when present; else the session, with the token to write. */
    private static int expectedStatus(String method, boolean withSession, boolean withToken, Basic basic) {
        boolean post = method.equals("POST");
        return switch (basic) {
            case WRONG -> 401;
            case RIGHT -> post ? 201 : 200;
            case OTHER_USER -> post ? 403 : 200;
            case NONE -> !withSession ? 401 : !post ? 200 : withToken ? 201 : 403;
        };
    }

    private static String signedInUser(MockHttpSession session) {
        SecurityContext context = (SecurityContext)
                session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return context.getAuthentication().getName();
    }

    @Test
    void aSessionPostWithoutTheTokenIsRefusedWith403ProblemAndOpensNothing() throws Exception {
        String period = newPeriod();
        MockHttpSession office = signIn("office");
        mvc.perform(post("/api/cycles")
                        .session(office)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("无权操作"))
                .andExpect(jsonPath("$.detail").value("请求被拒绝：没有权限，或页面已过期（缺少安全令牌），请刷新页面后重试。"));
        mvc.perform(post("/api/cycles")
                        .session(office)
                        .with(csrf().useInvalidToken())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period))))
                .andExpect(status().isForbidden());
        assertThat(cycles()).doesNotContain(period);

        mvc.perform(post("/api/cycles")
                        .session(office)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period))))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.period").value(period));
        assertThat(cycles()).contains(period);
    }

    @Test
    void aSessionPutWithoutTheTokenLeavesTheReportAsItWas() throws Exception {
        String period = newPeriod();
        walk.open(period);
        MockHttpSession zzb = signIn("zzb");
        JsonNode report =
                json.readTree(mvc.perform(get("/api/reports/{p}/ZZB", period).session(zzb))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsByteArray());
        byte[] draft = json.writeValueAsBytes(walk.draft(report, "经由会话保存的正文。"));

        mvc.perform(put("/api/reports/{p}/ZZB", period)
                        .session(zzb)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reports/{p}/ZZB/submit", period)
                        .session(zzb)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft))
                .andExpect(status().isForbidden());
        JsonNode untouched = walk.report("zzb", period, "ZZB");
        assertThat(untouched.at("/submission/version").asInt()).isZero();
        assertThat(untouched.get("completions")).isEmpty();

        mvc.perform(put("/api/reports/{p}/ZZB", period)
                        .session(zzb)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(draft))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.completions[0].body").value("经由会话保存的正文。"));
    }

    @Test
    void anotherAuthorizationSchemeDoesNotExcuseAMissingToken() throws Exception {
        String period = newPeriod();
        MockHttpSession office = signIn("office");
        mvc.perform(post("/api/cycles")
                        .session(office)
                        .header("Authorization", "Digest anything")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period))))
                .andExpect(status().isForbidden());
        assertThat(cycles()).doesNotContain(period);
    }

    /** A Bearer header is judged alone: a wrong token is a 401 whatever session comes with it, a right one acts
     * as its owner, not as the session's person, and needs no CSRF token. */
    @Test
    void aBearerTokenIsJudgedAloneWhateverSessionComesWithIt() throws Exception {
        String period = newPeriod();
        MockHttpSession office = signIn("office");
        mvc.perform(post("/api/cycles")
                        .session(office)
                        .header("Authorization", "Bearer anything")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period))))
                .andExpect(status().isUnauthorized());
        String token = walk.expect(201, "zzb", post("/api/tokens"), Map.of("name", "会话之外", "days", 1))
                .get("token")
                .asText();
        mvc.perform(post("/api/cycles")
                        .session(office)
                        .header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("period", period))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("需要角色")));
        assertThat(cycles()).doesNotContain(period);
    }

    @Test
    void theRefusalIsInEnglishWhenTheBrowserAsksForIt() throws Exception {
        MockHttpSession office = signIn("office");
        mvc.perform(post("/api/cycles")
                        .session(office)
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"period\":\"2026-11\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Not allowed"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("security token missing")));
    }

    @Test
    void httpBasicNeedsNoTokenForAnyWritingCall() throws Exception {
        String period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "脚本提交的正文。");
        walk.accept(period, "ZZB");
        walk.closeCollection(period);
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COMPILING");
        JsonNode view = walk.bulletin(CycleWalk.OFFICE, period);
        walk.ok(
                CycleWalk.OFFICE,
                put("/api/bulletins/{p}", period),
                walk.edit(view).put("intro", "脚本写的导语。"));
        assertThat(walk.bulletin(CycleWalk.OFFICE, period).at("/bulletin/intro").asText())
                .isEqualTo("脚本写的导语。");
    }

    @Test
    void aSessionGetNeedsNoTokenAndBasicWorksAlongsideNoSession() throws Exception {
        MockHttpSession zzb = signIn("zzb");
        mvc.perform(get("/api/me").session(zzb))
                .andExpect(jsonPath("$.username").value("zzb"));
        mvc.perform(get("/api/me").with(httpBasic("xjb", "demo")))
                .andExpect(jsonPath("$.username").value("xjb"));
    }

    private java.util.List<String> cycles() throws Exception {
        return walk.ok(CycleWalk.OFFICE, get("/api/cycles"), null).findValuesAsText("period");
    }

    private MockHttpSession signIn(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andExpect(redirectedUrl("/tasks"))
                .andReturn()
                .getRequest()
                .getSession(false);
    }
}

package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.reportcycle.integration.WebTestBase;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Five failed sign-ins in a row (form or Basic, counted together) lock an account for 15 minutes, during which the
 * right password is refused with the lock's end; an unknown username is answered exactly alike; a success resets
 * the count; an address with 20 failures within 15 minutes is refused; administrators list and unlock locks.
 * The clock stands at 10:00, so a lock reads "10:15". Each test uses its own demo accounts; the base class forgets
 * every failure afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountLockoutWebTest extends WebTestBase {

    private static final String LOCKED_UNTIL_10_15 = "账户已锁定，请于 10:15 后再试。";

    @Test
    void fiveFailedFormSignInsLockTheAccountAndTheLoginPageSaysUntilWhen() throws Exception {
        for (int i = 1; i <= 4; i++) {
            form("jjb", "wrong").andExpect(redirectedUrl("/login?error"));
        }
        form("jjb", "wrong").andExpect(redirectedUrl("/login?refused"));
        MvcResult refused =
                form("jjb", "demo").andExpect(redirectedUrl("/login?refused")).andReturn();

        MockHttpSession session = (MockHttpSession) refused.getRequest().getSession(false);
        assertThat(page(get("/login?refused").session(session))).contains(LOCKED_UNTIL_10_15);
        assertThat(page(get("/login?refused&lang=en").session(session)))
                .contains("This account is locked; please try again after 10:15.");
        basic("jjb", "demo")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(LOCKED_UNTIL_10_15));
    }

    @Test
    void fiveFailedBasicSignInsLockTheAccountAndTheRightPasswordIsRefusedWithTheTime() throws Exception {
        for (int i = 1; i <= 4; i++) {
            basic("nzg", "wrong")
                    .andExpect(status().isUnauthorized())
                    .andExpect(jsonPath("$.detail").value("请先登录（接口可使用 HTTP Basic 认证）。"));
        }
        basic("nzg", "wrong")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(LOCKED_UNTIL_10_15));
        basic("nzg", "demo")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("需要登录"))
                .andExpect(jsonPath("$.detail").value(LOCKED_UNTIL_10_15));
        mvc.perform(get("/api/me").with(httpBasic("nzg", "demo")).header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("This account is locked; please try again after 10:15."));
        form("nzg", "demo").andExpect(redirectedUrl("/login?refused"));
    }

    @Test
    void formAndBasicFailuresCountTogether() throws Exception {
        for (int i = 1; i <= 3; i++) {
            form("gyl", "wrong").andExpect(redirectedUrl("/login?error"));
        }
        basic("gyl", "wrong").andExpect(status().isUnauthorized());
        basic("gyl", "wrong").andExpect(jsonPath("$.detail").value(LOCKED_UNTIL_10_15));
        form("gyl", "demo").andExpect(redirectedUrl("/login?refused"));
    }

    @Test
    void theLockEndsWhenTheClockPassesFifteenMinutes() throws Exception {
        lock("jcb");
        at(Duration.ofMinutes(14).plusSeconds(59));
        basic("jcb", "demo")
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(LOCKED_UNTIL_10_15));
        at(Duration.ofMinutes(15));
        basic("jcb", "demo")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("jcb"));
        form("jcb", "demo").andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void aSuccessResetsTheCount() throws Exception {
        for (int i = 1; i <= 4; i++) {
            basic("xjb", "wrong").andExpect(status().isUnauthorized());
        }
        basic("xjb", "demo").andExpect(status().isOk());
        for (int i = 1; i <= 4; i++) {
            form("xjb", "wrong").andExpect(redirectedUrl("/login?error"));
        }
        basic("xjb", "demo").andExpect(status().isOk());
        form("xjb", "demo").andExpect(redirectedUrl("/tasks"));
    }

    @Test
    void anUnknownUsernameIsAnsweredExactlyLikeARealOne() throws Exception {
        assertThat(basicAnswers("no.such.user")).isEqualTo(basicAnswers("bgs"));
        List<String> unknown = formAnswers("nobody.here");
        assertThat(unknown).isEqualTo(formAnswers("qyb"));
        assertThat(unknown.get(6)).contains(LOCKED_UNTIL_10_15);
    }

    @Test
    void anAddressWithTwentyFailuresIsRefusedEvenTheRightPasswordUntilTheyAreFifteenMinutesOld() throws Exception {
        for (int i = 0; i < 20; i++) {
            at(Duration.ofSeconds(i));
            mvc.perform(get("/api/me").with(httpBasic("guess" + i, "wrong")).with(from("10.9.8.7")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/me").with(httpBasic("zzb", "demo")).with(from("10.9.8.7")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value("此地址登录失败次数过多，请于 10:15 后再试。"));
        mvc.perform(post("/login")
                        .param("username", "zzb")
                        .param("password", "demo")
                        .with(csrf())
                        .with(from("10.9.8.7")))
                .andExpect(redirectedUrl("/login?refused"));
        mvc.perform(get("/api/me").with(httpBasic("zzb", "demo")).with(from("10.9.8.8")))
                .andExpect(status().isOk());

        at(Duration.ofMinutes(15));
        mvc.perform(get("/api/me").with(httpBasic("zzb", "demo")).with(from("10.9.8.7")))
                .andExpect(status().isOk());
    }

    @Test
    void signInsFailuresAndLockoutsAreLoggedWithoutThePassword(CapturedOutput output) throws Exception {
        form("bgs", "demo").andExpect(redirectedUrl("/tasks"));
        for (int i = 1; i <= 5; i++) {
            basic("bgs", "Secret-Guess-42");
        }
        basic("bgs\nFORGED LINE", "Secret-Guess-42");
        assertThat(output.getOut())
                .contains("Signed in with the form: bgs from 127.0.0.1")
                .contains("Sign-in failed for bgs from 127.0.0.1 (4 in a row)")
                .contains("Account bgs locked until")
                .contains("Sign-in failed for bgs?FORGED LINE from 127.0.0.1 (1 in a row)")
                .doesNotContain("\nFORGED LINE")
                .doesNotContain("Secret-Guess-42");
    }

    /** The answers to four wrong passwords, a fifth, and then "demo": status and body of each. */
    private List<String> basicAnswers(String username) throws Exception {
        List<String> answers = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            MvcResult result = basic(username, i == 6 ? "demo" : "wrong").andReturn();
            answers.add(result.getResponse().getStatus() + " "
                    + result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        }
        return answers;
    }

    /** The redirects of the same six form sign-ins, and the login page after the last (its CSRF token left out). */
    private List<String> formAnswers(String username) throws Exception {
        List<String> answers = new ArrayList<>();
        MvcResult result = null;
        for (int i = 1; i <= 6; i++) {
            result = form(username, i == 6 ? "demo" : "wrong").andReturn();
            answers.add(result.getResponse().getRedirectedUrl());
        }
        String page = page(get("/login?refused")
                .session((MockHttpSession) result.getRequest().getSession(false)));
        answers.add(page.substring(page.indexOf("<main")).replaceAll("name=\"_csrf\" value=\"[^\"]*\"", ""));
        return answers;
    }

    private void lock(String username) throws Exception {
        for (int i = 1; i <= 5; i++) {
            basic(username, "wrong").andExpect(status().isUnauthorized());
        }
    }

    private static void at(Duration afterNow) {
        ClockUtil.setCurrentTime(Date.from(NOW.plus(afterNow)));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private org.springframework.test.web.servlet.ResultActions basic(String username, String password)
            throws Exception {
        return mvc.perform(get("/api/me").with(httpBasic(username, password)));
    }

    private org.springframework.test.web.servlet.ResultActions form(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                .param("username", username)
                .param("password", password)
                .with(csrf()));
    }

    private String page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
            throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;

/** An administrator sees locked accounts and unlocks them on the page or the API; nobody else may. */
class LockedAccountsWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Test
    void anAdministratorSeesTheLockAndUnlocksItOnTheApi() throws Exception {
        lock("qyb");
        lock("not.a.user");
        JsonNode locked = walk.ok("admin", get("/api/accounts/locked"), null);
        assertThat(locked.findValuesAsText("username")).containsExactlyInAnyOrder("qyb", "not.a.user");
        JsonNode qyb = find(locked, "qyb");
        assertThat(qyb.get("name").asText()).isEqualTo(((CurrentUser) users.loadUserByUsername("qyb")).name());
        assertThat(qyb.get("knownUser").asBoolean()).isTrue();
        assertThat(qyb.get("lockedUntil").asText()).isEqualTo("2026-11-23T10:15:00+08:00");
        assertThat(qyb.get("lastAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(find(locked, "not.a.user").get("knownUser").asBoolean()).isFalse();

        mvc.perform(post("/api/accounts/qyb/unlock").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("qyb"))
                .andExpect(jsonPath("$.unlocked").value(true));
        mvc.perform(get("/api/me").with(httpBasic("qyb", "demo"))).andExpect(status().isOk());
        assertThat(walk.ok("admin", get("/api/accounts/locked"), null).findValuesAsText("username"))
                .containsExactly("not.a.user");
    }

    @Test
    void unlockingAnAccountWithoutALockIs404ProblemInTheUsersLanguage() throws Exception {
        mvc.perform(post("/api/accounts/zzb/unlock").with(httpBasic("admin", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("账户 zzb 当前未被锁定。"));
        mvc.perform(post("/api/accounts/zzb/unlock")
                        .with(httpBasic("admin", "demo"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Account zzb is not locked."));
    }

    @Test
    void anAdministratorUnlocksOnThePage() throws Exception {
        lock("jjb");
        mvc.perform(get("/admin/accounts").with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td data-label=\"用户名\">jjb</td>")))
                .andExpect(content().string(containsString("2026-11-23 10:15:00")))
                .andExpect(content().string(containsString("解除锁定")));
        mvc.perform(post("/admin/accounts/unlock")
                        .param("username", "jjb")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(redirectedUrl("/admin/accounts"))
                .andExpect(flash().attribute("flash", "已解除账户 jjb 的锁定。"));
        mvc.perform(get("/api/me").with(httpBasic("jjb", "demo"))).andExpect(status().isOk());
        mvc.perform(get("/admin/accounts").with(user(users.loadUserByUsername("admin"))))
                .andExpect(content().string(containsString("没有被锁定的账户。")));
    }

    @Test
    void theTopBarLinksThePageForAdministratorsOnly() throws Exception {
        mvc.perform(get("/tasks").with(user(users.loadUserByUsername("admin"))))
                .andExpect(content().string(containsString("href=\"/admin/accounts\"")));
        mvc.perform(get("/tasks").with(user(users.loadUserByUsername("office"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/accounts"))));
    }

    @Test
    void nobodyButAnAdministratorSeesOrUnlocks() throws Exception {
        lock("gyl");
        for (String who : new String[] {"office", "li.minghua", "zzb"}) {
            mvc.perform(get("/api/accounts/locked").with(httpBasic(who, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
            mvc.perform(post("/api/accounts/gyl/unlock").with(httpBasic(who, "demo")))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/admin/accounts").with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/admin/accounts/unlock")
                            .param("username", "gyl")
                            .with(csrf())
                            .with(user(users.loadUserByUsername(who))))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/api/me").with(httpBasic("gyl", "demo"))).andExpect(status().isUnauthorized());
    }

    private void lock(String username) throws Exception {
        for (int i = 1; i <= 5; i++) {
            mvc.perform(get("/api/me").with(httpBasic(username, "wrong"))).andExpect(status().isUnauthorized());
        }
    }

    private static JsonNode find(JsonNode list, String username) {
        for (JsonNode node : list) {
            if (node.get("username").asText().equals(username)) {
                return node;
            }
        }
        throw new AssertionError("no lock for " + username + " in " + list);
    }
}

package org.reportcycle.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** 个人设置: a token made on the page is shown once after the redirect, listed, and revoked with a plain form. */
class ProfilePageWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcClient jdbc;

    @Test
    void aTokenMadeOnThePageIsShownOnceThenListedAndRevoked() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult made = mvc.perform(as("nzg", post("/profile/tokens"), session)
                        .param("name", "周报脚本")
                        .param("days", "7")
                        .with(csrf()))
                .andReturn();
        assertThat(made.getResponse().getRedirectedUrl()).isEqualTo("/profile");
        String token = (String) made.getFlashMap().get("newToken");
        assertThat(token).matches("rc_[A-Za-z0-9_-]{40}");

        String once = page(as("nzg", get("/profile"), session));
        assertThat(once).contains(token, "令牌只显示这一次", "周报脚本", "有效");
        String again = page(as("nzg", get("/profile"), session));
        assertThat(again).doesNotContain(token).contains("周报脚本", "2026-11-30 10:00");
        assertThat(mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        long id = tokenId("nzg", "周报脚本");
        MvcResult revoked = mvc.perform(as("nzg", post("/profile/tokens/{id}/revoke", id), session)
                        .with(csrf()))
                .andReturn();
        assertThat(revoked.getResponse().getRedirectedUrl()).isEqualTo("/profile");
        assertThat(revoked.getFlashMap().get("flash")).isEqualTo("已撤销令牌「周报脚本」。");
        assertThat(page(as("nzg", get("/profile"), session))).contains("已撤销").doesNotContain("revoke-" + id);
        assertThat(mvc.perform(get("/api/me").header("Authorization", "Bearer " + token))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    @Test
    void aRefusedFormComesBackWithItsMessagesInTheUsersLanguage() throws Exception {
        String zh = page(as("nzg", post("/profile/tokens"), new MockHttpSession())
                .param("name", "")
                .param("days", "400")
                .with(csrf()));
        assertThat(zh).contains("名称：此项为必填项。", "有效期（天）：有效期应为 1 至 365 天。");
        String en = page(as("nzg", post("/profile/tokens"), new MockHttpSession())
                .param("name", "script")
                .param("days", "x")
                .param("lang", "en")
                .with(csrf()));
        assertThat(en).contains("Valid for (days)").doesNotContain("rc_");
    }

    @Test
    void theTopBarLinksToTheProfile() throws Exception {
        assertThat(page(as("zzb", get("/tasks"), new MockHttpSession()))).contains("href=\"/profile\"", "个人设置");
        assertThat(page(as("zzb", get("/profile"), new MockHttpSession())))
                .contains("接口令牌")
                .contains("action=\"/profile/tokens\"");
    }

    private MockHttpServletRequestBuilder as(
            String username, MockHttpServletRequestBuilder request, MockHttpSession s) {
        UserDetails person = users.loadUserByUsername(username);
        return request.session(s).with(user(person));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MvcResult result = mvc.perform(request).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long tokenId(String owner, String name) {
        return jdbc.sql("SELECT id FROM api_token WHERE owner_username = ? AND name = ?")
                .params(owner, name)
                .query(Long.class)
                .single();
    }
}

package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every answer carries a Referrer-Policy; a session ends after 30 idle minutes unless configured otherwise. */
class SecurityHeadersWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Autowired
    private ServerProperties server;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/css/app.css", "/tasks", "/api/me", "/api/cycles", "/no-such-page"})
    void everyAnswerCarriesTheReferrerPolicy(String path) throws Exception {
        mvc.perform(get(path)).andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get(path).with(httpBasic("office", "demo")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get(path).with(httpBasic("office", "wrong")))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get(path).with(user(users.loadUserByUsername("office"))))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void theSessionTimesOutAfterThirtyIdleMinutesByDefault() {
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
        assertThat(server.getForwardHeadersStrategy()).isEqualTo(ServerProperties.ForwardHeadersStrategy.NATIVE);
    }
}

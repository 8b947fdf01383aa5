package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The office sends the bulletin to sign-off from its preview, for the version it has read: a stale version changes
 * nothing and says why; the preview then offers 送签 no more.
 */
class SendFromPreviewWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Test
    void sendsTheVersionReadAndRefusesAStaleOne() throws Exception {
        String period = newPeriod();
        JsonNode draft = walk.draftBulletin(period, "ZZB");
        int version = draft.at("/bulletin/version").asInt();
        mvc.perform(get("/bulletins/{p}", period).with(office()))
                .andExpect(content().string(containsString("id=\"send-from-preview\"")));

        mvc.perform(post("/bulletins/{p}/send-to-sign-off", period)
                        .param("version", String.valueOf(version + 1))
                        .with(office())
                        .with(csrf()))
                .andExpect(redirectedUrl("/bulletins/" + period))
                .andExpect(flash().attribute("refusal", containsString("已在别处更新")));
        assertThat(walk.bulletin(CycleWalk.OFFICE, period)
                        .at("/bulletin/status")
                        .asText())
                .isEqualTo("DRAFT");

        mvc.perform(post("/bulletins/{p}/send-to-sign-off", period)
                        .param("version", String.valueOf(version))
                        .with(office())
                        .with(csrf()))
                .andExpect(redirectedUrl("/bulletins/" + period))
                .andExpect(flash().attributeExists("flash"));
        assertThat(walk.bulletin(CycleWalk.OFFICE, period)
                        .at("/bulletin/status")
                        .asText())
                .isEqualTo("AWAITING_SIGN_OFF");
        mvc.perform(get("/bulletins/{p}", period).with(office()))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"send-from-preview\""))));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor office() {
        return user(users.loadUserByUsername("office"));
    }
}

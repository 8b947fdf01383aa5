package org.reportcycle.bulletin;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The office reads on the compile page, in its language, why a signed-off bulletin came back for editing without
 * the signer returning it; once it is sent to sign-off again the reason is gone.
 */
class ReopenedBulletinPageWebTest extends WebTestBase {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void theCompilePageSaysWhyTheBulletinCameBackInChineseAndEnglish() throws Exception {
        String period = newPeriod();
        walk.draftBulletin(period, "ZZB");
        walk.sendToSignOff(period);
        walk.approve(period);
        jdbc.sql("UPDATE bulletin_item SET body = body || '（改）' WHERE bulletin_id = "
                        + "(SELECT id FROM bulletin WHERE period = ?)")
                .param(period)
                .update();
        walk.executeJob(period, CycleWalk.PUBLISH_JOB);

        mvc.perform(get("/bulletins/{p}/compile", period).with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"reopened-reason\"")))
                .andExpect(content().string(containsString("签发后简报的文件与签发时的版本不一致，未能印发，已退回编辑")));
        mvc.perform(get("/bulletins/{p}/compile", period)
                        .param("lang", "en")
                        .with(user(users.loadUserByUsername("office"))))
                .andExpect(content()
                        .string(containsString(
                                "After sign-off the files of the bulletin no longer matched the version signed off")));

        walk.sendToSignOff(period);
        mvc.perform(get("/bulletins/{p}/compile", period).with(user(users.loadUserByUsername("office"))))
                .andExpect(content().string(not(containsString("reopened-reason"))));
    }
}

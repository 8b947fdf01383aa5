package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every round of a bulletin's sign-off is kept: the version sent, the signer's decision and comment. In round 2
 * the signer sees his own comment of round 1 on the sign-off page; heads, who never read the signer's comments,
 * see no rounds once the bulletin is published.
 */
class SignOffRoundsWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Test
    void theSignerSeesHisEarlierCommentInTheSecondRoundAndHeadsSeeNoRounds() throws Exception {
        String period = newPeriod();
        walk.draftBulletin(period, "ZZB");
        walk.sendToSignOff(period);
        String signer = walk.org().signer();
        int version = walk.bulletin(signer, period).at("/bulletin/version").asInt();
        walk.ok(signer, post("/api/bulletins/{p}/return", period), Map.of("version", version, "comment", "标题请改短。"));
        walk.sendToSignOff(period);

        String round2 = page(signer, "/bulletins/" + period + "/sign-off");
        assertThat(round2)
                .contains(
                        "签发记录",
                        "id=\"sign-off-round-1\"",
                        "id=\"sign-off-round-2\"",
                        "已退回",
                        "签发领导意见：",
                        "标题请改短。",
                        "待签发",
                        "周文 于 2026-11-23 10:00 送签");

        walk.approve(period);
        walk.publishAndDistribute(period);
        String office = page(CycleWalk.OFFICE, "/bulletins/" + period + "/sign-off");
        assertThat(office).contains("已签发", "标题请改短。").doesNotContain("待签发");
        assertThat(page("zzb", "/bulletins/" + period + "/sign-off")).doesNotContain("签发记录", "标题请改短。");
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}

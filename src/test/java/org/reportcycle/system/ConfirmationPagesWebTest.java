package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Closing collection, accepting a report and signing off first show what they will do, concretely, on one shared
 * page whose button posts the same fields again with confirmed=true; the first post changes nothing.
 */
class ConfirmationPagesWebTest extends WebTestBase {

    @Autowired
    UserDetailsService users;

    @Test
    void closingCollectionNamesTheDepartmentsThatBecomeMissingAndClosesOnlyWhenConfirmed() throws Exception {
        String period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "正文。");
        walk.accept(period, "ZZB");
        page("office", post("/cycles/{p}/close-collection", period))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("id=\"confirmation\""),
                                containsString("以下 7 个部室将记为未报送：办公室、宣教网络部、权益保障部、基层工作部、经技部、女职工部、" + "工业制造业工会联合会。"),
                                containsString("name=\"confirmed\" value=\"true\""),
                                containsString("action=\"/cycles/" + period + "/close-collection\""),
                                containsString("href=\"/cycles/" + period + "\""))));
        page("office", post("/cycles/{p}/close-collection", period).cookie(new Cookie("reportcycle-lang", "en")))
                .andExpect(content()
                        .string(allOf(
                                containsString("These 7 department(s) will be marked missing: 办公室、"),
                                containsString(">Back</a>"),
                                not(containsString("??")))));
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COLLECTING");
        page("office", get("/cycles/{p}", period))
                .andExpect(content().string(containsString("id=\"close-collection\"")));

        page("office", post("/cycles/{p}/close-collection", period).param("confirmed", "true"))
                .andExpect(redirectedUrl("/cycles/" + period));
        walk.runAssembly(period);
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COMPILING");
        page("office", get("/cycles/{p}", period))
                .andExpect(content().string(not(containsString("id=\"close-collection\""))));
    }

    @Test
    void acceptingNamesTheDepartmentPeriodAndVersionAndAcceptsOnlyWhenConfirmed() throws Exception {
        String period = newPeriod();
        YearMonth month = YearMonth.parse(period);
        walk.open(period);
        walk.submit(period, "ZZB", "正文。");
        int version = walk.report(CycleWalk.OFFICE, period, "ZZB")
                .at("/submission/version")
                .asInt();
        page("office", post("/reports/{p}/ZZB/accept", period).param("version", String.valueOf(version)))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("将采用组织部" + month.getYear() + "年" + month.getMonthValue() + "月的报送（第 "
                                        + version + " 版）"),
                                containsString("name=\"version\" value=\"" + version + "\""),
                                containsString("href=\"/reports/" + period + "/ZZB\""))));
        assertThat(reportStatus(period)).isEqualTo("SUBMITTED");
        page("office", get("/reports/{p}/ZZB", period))
                .andExpect(content().string(containsString("id=\"accept-report\"")));

        page(
                        "office",
                        post("/reports/{p}/ZZB/accept", period)
                                .param("version", String.valueOf(version))
                                .param("confirmed", "true"))
                .andExpect(redirectedUrl("/cycles/" + period));
        assertThat(reportStatus(period)).isEqualTo("ACCEPTED");
    }

    @Test
    void signingOffListsEveryRecipientAndApprovesOnlyWhenConfirmed() throws Exception {
        String period = newPeriod();
        walk.draftBulletin(period, "ZZB");
        walk.sendToSignOff(period);
        int version =
                walk.bulletin(CycleWalk.OFFICE, period).at("/bulletin/version").asInt();
        String signer = walk.org().signer();
        page(
                        signer,
                        post("/bulletins/{p}/sign-off", period)
                                .param("version", String.valueOf(version))
                                .param("decision", "approve"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("将向 6 个单位发送"),
                                containsString("<li>省总工会</li>"),
                                containsString("<li>市委办公室</li>"),
                                containsString("<li>市政府办公室</li>"),
                                containsString("<li>各县市区总工会</li>"),
                                containsString("<li>市总机关各部室</li>"),
                                containsString("<li>各驻会产业工会</li>"),
                                containsString("name=\"decision\" value=\"approve\""))));
        assertThat(bulletinStatus(period)).isEqualTo("AWAITING_SIGN_OFF");
        page(signer, get("/bulletins/{p}/sign-off", period))
                .andExpect(content().string(containsString("id=\"approve-bulletin\"")));

        page(
                        signer,
                        post("/bulletins/{p}/sign-off", period)
                                .param("version", String.valueOf(version))
                                .param("decision", "approve")
                                .param("confirmed", "true"))
                .andExpect(redirectedUrl("/tasks"));
        assertThat(bulletinStatus(period)).isEqualTo("APPROVED");
    }

    @Test
    void aStaleFirstPostIsRefusedAsTheActionWouldBe() throws Exception {
        String period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "正文。");
        page("office", post("/cycles/{p}/close-collection", period)).andExpect(redirectedUrl("/cycles/" + period));
        page("office", post("/reports/{p}/ZZB/accept", period).param("version", "999"))
                .andExpect(status().isConflict());
        assertThat(reportStatus(period)).isEqualTo("SUBMITTED");
    }

    private String reportStatus(String period) throws Exception {
        return walk.report(CycleWalk.OFFICE, period, "ZZB")
                .at("/submission/status")
                .asText();
    }

    private String bulletinStatus(String period) throws Exception {
        return walk.bulletin(CycleWalk.OFFICE, period).at("/bulletin/status").asText();
    }

    private ResultActions page(String username, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                request.with(user(users.loadUserByUsername(username))).with(csrf()));
    }
}

package org.reportcycle.submission;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;

/** After accepting or returning a report the office lands on the next one waiting, in the departments' order. */
class NextReportToReviewWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Test
    void eachDecisionLeadsToTheNextReportWaitingAndTheLastBackToTheCycle() throws Exception {
        String period = newPeriod();
        walk.open(period);
        for (String department : new String[] {"JJB", "ZZB", "XJB"}) {
            walk.submit(period, department, "正文。");
        }

        decide(period, "ZZB", "accept", null)
                .andExpect(redirectedUrl("/reports/" + period + "/XJB"))
                .andExpect(flash().attribute("flash", "已采用组织部的报送。下面是下一份待审核的报送：宣教网络部。"));
        decide(period, "XJB", "return", "请补充数据。")
                .andExpect(redirectedUrl("/reports/" + period + "/JJB"))
                .andExpect(flash().attribute("flash", containsString("下面是下一份待审核的报送：经技部。")));
        decide(period, "JJB", "accept", null)
                .andExpect(redirectedUrl("/cycles/" + period))
                .andExpect(flash().attribute("flash", "已采用该部室报送。"));
    }

    private ResultActions decide(String period, String department, String decision, String comment) throws Exception {
        int version = walk.report(CycleWalk.OFFICE, period, department)
                .at("/submission/version")
                .asInt();
        var request = post("/reports/{p}/{d}/" + decision, period, department)
                .param("version", String.valueOf(version))
                .with(user(users.loadUserByUsername("office")))
                .with(csrf());
        return mvc.perform(comment == null ? request.param("confirmed", "true") : request.param("comment", comment));
    }
}

package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A cycle nobody has worked on can be cancelled, on the page after a confirmation and on the API: its process
 * ends, its unsent emails go, and the month opens again. Once a head saved a draft it cannot.
 */
class CycleCancelWebTest extends WebTestBase {

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anUntouchedCycleIsCancelledOnThePageAfterItsConfirmationAndOpensAgain() throws Exception {
        String period = newPeriod();
        YearMonth month = YearMonth.parse(period);
        String label = month.getYear() + "年" + month.getMonthValue() + "月";
        walk.open(period);
        int heads = openingEmails(period);
        assertThat(heads).isPositive();
        page(get("/cycles/{p}", period)).andExpect(content().string(containsString("id=\"cancel-cycle\"")));

        page(post("/cycles/{p}/cancel", period))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("确认撤销" + label + "的报送周期"),
                                containsString("删除 8 个部室尚未填写的报送"),
                                containsString("此后不再发送任何邮件"))));
        page(get("/cycles/{p}", period)).andExpect(status().isOk());
        assertThat(walk.processInstance(period)).isNotNull();

        page(post("/cycles/{p}/cancel", period).param("confirmed", "true"))
                .andExpect(redirectedUrl("/cycles"))
                .andExpect(flash().attribute("flash", "已撤销" + label + "的报送周期，可重新开启。"));
        page(get("/cycles/{p}", period)).andExpect(status().isNotFound());
        page(get("/cycles")).andExpect(content().string(not(containsString("/cycles/" + period + "\""))));
        assertThat(walk.processInstance(period)).isNull();
        assertThat(openingEmails(period))
                .as("the unsent opening emails are withdrawn")
                .isZero();

        walk.open(period);
        assertThat(openingEmails(period))
                .as("a new opening tells the heads again")
                .isEqualTo(heads);
    }

    @Test
    void theApiCancelsAnUntouchedCycleAndACycleWithADraftIsNotCancelled() throws Exception {
        String period = newPeriod();
        walk.open(period);
        walk.ok(CycleWalk.OFFICE, post("/api/cycles/{p}/cancel", period), Map.of());
        walk.expect(409, CycleWalk.OFFICE, post("/api/cycles/{p}/cancel", period), Map.of());

        String worked = newPeriod();
        walk.open(worked);
        var report = walk.report(walk.head("ZZB"), worked, "ZZB");
        walk.ok(walk.head("ZZB"), put("/api/reports/{p}/{d}", worked, "ZZB"), walk.draft(report, "草稿。"));
        var refused = walk.expect(409, CycleWalk.OFFICE, post("/api/cycles/{p}/cancel", worked), Map.of());
        assertThat(refused.get("detail").asText()).contains("已有部室处理过报送（组织部）");
        page(post("/cycles/{p}/cancel", worked))
                .andExpect(redirectedUrl("/cycles/" + worked))
                .andExpect(flash().attribute("refusal", containsString("（组织部），不能撤销")));
        page(get("/cycles/{p}", worked)).andExpect(content().string(not(containsString("id=\"cancel-cycle\""))));
        assertThat(walk.processInstance(worked)).isNotNull();
        assertThat(walk.report(CycleWalk.OFFICE, worked, "ZZB")
                        .at("/submission/status")
                        .asText())
                .isEqualTo("DRAFT");
    }

    private int openingEmails(String period) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?")
                .param("cycle-opened:" + period + ":%")
                .query(Integer.class)
                .single();
    }

    private ResultActions page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(
                request.with(user(users.loadUserByUsername("office"))).with(csrf()));
    }
}

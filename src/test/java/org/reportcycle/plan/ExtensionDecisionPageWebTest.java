package org.reportcycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.DemoUsers;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An extension request is the responsible leader's task: 我的任务 lists it, due at 17:00 of the second working day
 * after the request, and links to its page, where one form decides it. Opened again after the decision, the page
 * says who decided, when and how; a head of another department finds no such request.
 */
class ExtensionDecisionPageWebTest extends PlanTrackingTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService accounts;

    long request;

    @BeforeEach
    void requestAnExtension() {
        publishSeptember();
        // Monday 21 September 2026, 09:00: due Wednesday 23 September 17:00.
        request = extensions
                .request(users.headOf("ZZB"), zzbItem, "国庆假期后场地才能确定。", "2026-10-30")
                .id();
    }

    @Test
    void theLeadersTasksListTheRequestDueTwoWorkingDaysLaterWithItsPage() throws Exception {
        open("wang.jianguo", "/tasks")
                .andExpect(content()
                        .string(allOf(
                                containsString("审批延期申请"),
                                containsString("2026-09-23 17:00"),
                                containsString("组织部"),
                                containsString("href=\"/plans/extensions/" + request + "\""))));
        open(DemoUsers.SIGNER, "/tasks").andExpect(content().string(not(containsString("审批延期申请"))));
        open("zzb", "/tasks").andExpect(content().string(not(containsString("审批延期申请"))));

        TestClock.setTo(LocalDateTime.of(2026, 9, 23, 17, 1));
        open("wang.jianguo", "/tasks").andExpect(content().string(containsString("已逾期")));
    }

    @Test
    void theLeaderDecidesWithOneFormAndTheTaskGoesAway() throws Exception {
        open("wang.jianguo", "/plans/extensions/" + request)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(PlanPagesWebTest.ZZB_TITLE),
                                containsString("王建国"),
                                containsString("10月9日前"),
                                containsString("10月30日前"),
                                containsString("国庆假期后场地才能确定。"),
                                containsString("孙立（组织部），2026-09-21 09:00"),
                                containsString("待审批"),
                                containsString("name=\"decision\" value=\"approve\""),
                                containsString("name=\"decision\" value=\"refuse\""))));
        assertThat(count(body("wang.jianguo"), "<form"))
                .as("one form on the page besides sign-out")
                .isEqualTo(2);
        assertThat(count(body("wang.jianguo"), "<textarea")).isEqualTo(1);

        TestClock.setTo(LocalDateTime.of(2026, 9, 22, 10, 15));
        mvc.perform(as("wang.jianguo", post("/plans/extensions/{id}", request))
                        .param("decision", "refuse")
                        .param("comment", "请按期完成。"))
                .andExpect(redirectedUrl("/plans/extensions/" + request))
                .andExpect(flash().attribute("flash", "已不同意延期至 10月30日前。"));

        open("wang.jianguo", "/plans/extensions/" + request)
                .andExpect(content()
                        .string(allOf(
                                containsString("王建国 于 2026-09-22 10:15 不同意延期。"),
                                containsString("意见：请按期完成。"),
                                not(containsString("name=\"decision\"")))));
        open("wang.jianguo", "/tasks").andExpect(content().string(not(containsString("审批延期申请"))));
        assertThat(store.find(zzbItem).orElseThrow().deadline().value()).isEqualTo("2026-10-09");
    }

    @Test
    void aLateSecondDecisionIsRefusedAndThePageShowsTheFirst() throws Exception {
        extensions.approve(users.user(DemoUsers.OTHER_LEADER), request, "同意。");

        mvc.perform(as("wang.jianguo", post("/plans/extensions/{id}", request)).param("decision", "refuse"))
                .andExpect(redirectedUrl("/plans/extensions/" + request))
                .andExpect(flash().attribute("refusal", "该延期申请已审批，不能重复审批。"));
        open("wang.jianguo", "/plans/extensions/" + request)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("王建国 于 2026-09-21 09:00 同意延期。"),
                                containsString("意见：同意。"),
                                not(containsString("name=\"decision\"")))));
    }

    @Test
    void anItemClosedMeanwhileLeavesNothingToDecideAndNoTask() throws Exception {
        tracking.close(users.office(), zzbItem);

        open("wang.jianguo", "/plans/extensions/" + request)
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(containsString("计划事项已关闭，无需再审批。"), not(containsString("name=\"decision\"")))));
        open("wang.jianguo", "/tasks").andExpect(content().string(not(containsString("审批延期申请"))));
    }

    @Test
    void noChoiceIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(as("wang.jianguo", post("/plans/extensions/{id}", request)).param("comment", "好"))
                .andExpect(redirectedUrl("/plans/extensions/" + request))
                .andExpect(flash().attribute("refusal", "审批结果：请选择同意或不同意。"));
        assertThat(jdbc.sql("SELECT status FROM extension_request")
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    @Test
    void theHeadAndOtherLeadersReadItAHeadOfAnotherDepartmentFindsNothing() throws Exception {
        open("zzb", "/plans/extensions/" + request)
                .andExpect(status().isOk())
                .andExpect(
                        content().string(allOf(containsString("待王建国审批。"), not(containsString("name=\"decision\"")))));
        open(DemoUsers.SIGNER, "/plans/extensions/" + request)
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"decision\""))));
        open("xjb", "/plans/extensions/" + request)
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(PlanPagesWebTest.ZZB_TITLE))));
        mvc.perform(as(DemoUsers.SIGNER, post("/plans/extensions/{id}", request))
                        .param("decision", "approve"))
                .andExpect(status().isForbidden());
        mvc.perform(as("xjb", post("/plans/extensions/{id}", request)).param("decision", "approve"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT status FROM extension_request")
                        .query(String.class)
                        .single())
                .isEqualTo("PENDING");
    }

    private String body(String username) throws Exception {
        return open(username, "/plans/extensions/" + request)
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private static int count(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private ResultActions open(String username, String path) throws Exception {
        return mvc.perform(get(path).with(user(accounts.loadUserByUsername(username))));
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(accounts.loadUserByUsername(username))).with(csrf());
    }
}

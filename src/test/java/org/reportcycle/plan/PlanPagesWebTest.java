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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The 工作计划 page: a head sees their department's tracked items and asks for an extension there, the responsible
 * leader follows the link to the request's page and approves it there; a head of another department is refused
 * (403) and a bad date is shown on the page with nothing written.
 */
class PlanPagesWebTest extends PlanTrackingTestBase {

    static final String ZZB_TITLE = "ZZB做好下月重点工作。";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void publish() {
        publishSeptember();
    }

    @Test
    void aHeadSeesTheirItemsAndRequestsAnExtensionWhichTheLeaderApproves() throws Exception {
        page("zzb", "2026-10")
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString(ZZB_TITLE),
                                containsString("王建国"),
                                containsString("组织部"),
                                containsString("10月9日前"),
                                containsString("跟踪中"),
                                containsString("2026-09-24 08:00"),
                                containsString("id=\"request-extension-" + zzbItem + "\""),
                                not(containsString("XJB做好下月重点工作。")),
                                not(containsString("id=\"close-")))));
        page("office", "2026-10")
                .andExpect(content()
                        .string(allOf(
                                containsString(ZZB_TITLE),
                                containsString("XJB做好下月重点工作。"),
                                containsString("十月份"),
                                containsString("id=\"close-" + zzbItem + "\""),
                                not(containsString("id=\"request-extension-")))));

        mvc.perform(as("zzb", post("/plans/{id}/extensions", zzbItem))
                        .param("period", "2026-10")
                        .param("reason", "国庆假期后场地才能确定。")
                        .param("newDeadline", "2026-10-30"))
                .andExpect(redirectedUrl("/plans?period=2026-10"))
                .andExpect(flash().attribute("flash", "已申请延期至 10月30日前，待责任领导审批。"));
        long request =
                jdbc.sql("SELECT id FROM extension_request").query(Long.class).single();

        page("zzb", "2026-10")
                .andExpect(content()
                        .string(allOf(
                                containsString("孙立 申请延期至 10月30日前"),
                                not(containsString("id=\"request-extension-")),
                                not(containsString("id=\"approve-")))));
        page("wang.jianguo", "2026-10")
                .andExpect(content()
                        .string(allOf(
                                containsString("理由：国庆假期后场地才能确定。"),
                                containsString("href=\"/plans/extensions/" + request + "\" id=\"extension-link-"
                                        + request + "\">审批</a>"),
                                not(containsString("<textarea")))));

        mvc.perform(as("wang.jianguo", post("/plans/extensions/{id}", request))
                        .param("decision", "approve")
                        .param("comment", "同意。"))
                .andExpect(redirectedUrl("/plans/extensions/" + request))
                .andExpect(flash().attribute("flash", "已同意延期，完成时限改为 10月30日前。"));
        assertThat(store.find(zzbItem).orElseThrow().deadline().value()).isEqualTo("2026-10-30");
        page("zzb", null)
                .andExpect(content()
                        .string(allOf(
                                containsString("10月9日前"),
                                containsString("10月30日前"),
                                containsString("2026-10-23 08:00"),
                                not(containsString("申请延期至")))));
    }

    @Test
    void aHeadOfAnotherDepartmentFindsNoSuchItemAndNothingIsWritten() throws Exception {
        mvc.perform(as("xjb", post("/plans/{id}/extensions", zzbItem))
                        .param("reason", "理由。")
                        .param("newDeadline", "2026-10-30"))
                .andExpect(status().isNotFound())
                .andExpect(
                        content().string(allOf(containsString("没有找到计划事项 " + zzbItem), not(containsString(ZZB_TITLE)))));
        assertThat(rows("extension_request")).isZero();
    }

    @Test
    void aBadDateIsShownOnThePageWithTheFormAsTypedAndNothingChanges() throws Exception {
        mvc.perform(as("zzb", post("/plans/{id}/extensions", zzbItem))
                        .param("period", "2026-10")
                        .param("reason", "国庆假期后场地才能确定。")
                        .param("newDeadline", "2026-10-32"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("新的完成时限：完成时限「2026-10-32」格式不正确，应为月份（2026-12）或日期（2026-12-15）。"),
                                containsString("value=\"2026-10-32\""),
                                containsString("value=\"国庆假期后场地才能确定。\""))));
        mvc.perform(as("zzb", post("/plans/{id}/extensions", zzbItem))
                        .param("reason", "理由。")
                        .param("newDeadline", "2026-10-08"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("新的完成时限（10月8日前）须晚于当前完成时限（10月9日前）。")));
        assertThat(rows("extension_request")).isZero();
        assertThat(store.find(zzbItem).orElseThrow().deadline().value()).isEqualTo("2026-10-09");
    }

    @Test
    void closingAnItemFirstSaysWhichAndThatNoReminderFollowsAndChangesNothing() throws Exception {
        mvc.perform(as("office", post("/plans/{id}/close", zzbItem)).param("period", "2026-10"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(allOf(
                                containsString("确认关闭计划事项「" + ZZB_TITLE + "」"),
                                containsString("（组织部，完成时限："),
                                containsString("此后不再发送任何提醒"),
                                containsString("href=\"/plans?period=2026-10\""),
                                containsString("name=\"period\" value=\"2026-10\""))));
        assertThat(store.find(zzbItem).orElseThrow().status()).isEqualTo(TrackedPlanItem.Status.OPEN);
        page("office", "2026-10").andExpect(content().string(containsString("id=\"close-" + zzbItem + "\"")));
    }

    @Test
    void theOfficeClosesAnItemAndOnlyTheOffice() throws Exception {
        mvc.perform(as("zzb", post("/plans/{id}/close", zzbItem))).andExpect(status().isForbidden());
        mvc.perform(as("office", post("/plans/{id}/close", zzbItem).param("confirmed", "true")))
                .andExpect(redirectedUrl("/plans"))
                .andExpect(flash().attribute("flash", "计划事项「" + ZZB_TITLE + "」已关闭，不再提醒。"));
        assertThat(store.find(zzbItem).orElseThrow().status()).isEqualTo(TrackedPlanItem.Status.CLOSED);
        page("zzb", "2026-10")
                .andExpect(
                        content().string(allOf(containsString("已关闭"), not(containsString("id=\"request-extension-")))));
    }

    private ResultActions page(String username, String period) throws Exception {
        MockHttpServletRequestBuilder get = get("/plans");
        if (period != null) {
            get.param("period", period);
        }
        return mvc.perform(get.with(user(users.loadUserByUsername(username))));
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username))).with(csrf());
    }
}

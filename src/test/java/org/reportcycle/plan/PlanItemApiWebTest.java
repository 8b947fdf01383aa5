package org.reportcycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The plan-item API: the list (a head sees their department's items), closing by the office, and extension
 * requests with their refusals as RFC 7807 problems in the user's language, nothing written on a refusal.
 */
class PlanItemApiWebTest extends PlanTrackingTestBase {

    @Autowired
    MockMvc mvc;

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void publish() {
        publishSeptember();
    }

    @Test
    void aHeadListsTheirDepartmentsItemsAndTheOfficeListsAll() throws Exception {
        mvc.perform(get("/api/plan-items").param("period", "2026-10").with(httpBasic("zzb", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].id").value(zzbItem))
                .andExpect(jsonPath("$[0].deadline").value("2026-10-09"))
                .andExpect(jsonPath("$[0].deadlineText").value("10月9日前"))
                .andExpect(jsonPath("$[0].status").value("OPEN"))
                .andExpect(jsonPath("$[0].nextReminderKind").value("DUE_IN_5_DAYS"))
                .andExpect(jsonPath("$[0].nextReminderAt").value("2026-09-24T08:00:00+08:00"));
        mvc.perform(get("/api/plan-items").param("period", "2026-10").with(httpBasic("office", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(cycle.departments(SEPTEMBER).size())));
        mvc.perform(get("/api/plan-items").param("period", "十月").with(httpBasic("office", "demo")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anExtensionIsRequestedAndApprovedByTheResponsibleLeaderOnly() throws Exception {
        String body = request("zzb", "2026-10-30")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = json.readTree(body).get("id").asLong();

        mvc.perform(post("/api/extensions/{id}/approve", id).with(httpBasic("li.minghua", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("只有计划事项「ZZB做好下月重点工作。」的责任领导可以审批延期申请。"));
        mvc.perform(post("/api/extensions/{id}/approve", id).with(httpBasic("wang.jianguo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        mvc.perform(get("/api/plan-items").param("period", "2026-10").with(httpBasic("zzb", "demo")))
                .andExpect(jsonPath("$[0].originalDeadline").value("2026-10-09"))
                .andExpect(jsonPath("$[0].deadline").value("2026-10-30"))
                .andExpect(jsonPath("$[0].nextReminderAt").value("2026-10-23T08:00:00+08:00"));
        mvc.perform(post("/api/extensions/{id}/refuse", id).with(httpBasic("wang.jianguo", "demo")))
                .andExpect(status().isConflict());
    }

    @Test
    void aDateBeforeTheCurrentDeadlineIsA400NamingTheFieldInTheUsersLanguage() throws Exception {
        request("zzb", "2026-10-08")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("输入有误"))
                .andExpect(jsonPath("$.errors[0].field").value("newDeadline"))
                .andExpect(jsonPath("$.errors[0].message").value("新的完成时限（10月8日前）须晚于当前完成时限（10月9日前）。"));
        mvc.perform(post("/api/plan-items/{id}/extensions", zzbItem)
                        .with(httpBasic("zzb", "demo"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(Map.of("reason", "理由", "newDeadline", "2026-10-08"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("The new deadline (by 8 October 2026) must be later than the current deadline "
                                + "(by 9 October 2026)."));
        assertThat(rows("extension_request")).isZero();
    }

    @Test
    void anotherDepartmentsItemIsA404NamingNothingOfItAndASecondPendingRequestA409() throws Exception {
        request("xjb", "2026-10-30")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有找到计划事项 " + zzbItem + "（或它尚未随简报发布而开始跟踪）。"));
        assertThat(rows("extension_request")).isZero();
        request("zzb", "2026-10-30").andExpect(status().isCreated());
        request("zzb", "2026-10-23")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("状态冲突"));
        assertThat(rows("extension_request")).isEqualTo(1);
    }

    @Test
    void theOfficeClosesAnItem() throws Exception {
        mvc.perform(post("/api/plan-items/{id}/close", zzbItem).with(httpBasic("office", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"))
                .andExpect(jsonPath("$.nextReminderAt").doesNotExist());
        mvc.perform(post("/api/plan-items/{id}/close", zzbItem).with(httpBasic("office", "demo")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/plan-items/{id}/close", 999_999).with(httpBasic("office", "demo")))
                .andExpect(status().isNotFound());
    }

    private ResultActions request(String user, String newDeadline) throws Exception {
        return mvc.perform(post("/api/plan-items/{id}/extensions", zzbItem)
                .with(httpBasic(user, "demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("reason", "国庆假期后场地才能确定。", "newDeadline", newDeadline))));
    }
}

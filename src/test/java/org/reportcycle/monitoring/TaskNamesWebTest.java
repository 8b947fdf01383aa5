package org.reportcycle.monitoring;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 我的任务 names each task for what it is: a special issue's sign-off is 签发专刊, not the monthly bulletin's. */
class TaskNamesWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Test
    void theSignerSeesASpecialIssuesSignOffNamedAsASpecialIssue() throws Exception {
        String key = walk.expect(
                        201,
                        "office",
                        post("/api/special-issues"),
                        Map.of(
                                "title",
                                "关于表彰先进集体的专刊",
                                "items",
                                List.of(Map.of("title", "表彰先进集体。", "body", "全市 12 个集体受表彰。"))))
                .get("bulletin")
                .get("key")
                .asText();
        walk.sendToSignOff(key);

        mvc.perform(get("/tasks").with(user(users.loadUserByUsername("li.minghua"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("签发专刊")))
                .andExpect(content().string(not(containsString("签发要情摘报"))));
    }
}

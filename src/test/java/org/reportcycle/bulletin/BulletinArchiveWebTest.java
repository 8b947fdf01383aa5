package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The archive: any signed-in user finds a published bulletin by year, number or text and downloads its files at
 * their stable addresses; a draft's files are the office's and leaders'; the office starts a special issue on
 * its page and edits the footer on the compile page.
 */
class BulletinArchiveWebTest extends WebTestBase {

    @Autowired
    UserDetailsService users;

    @Test
    void anyoneSignedInFindsAndDownloadsAPublishedBulletin() throws Exception {
        String period = newPeriod();
        JsonNode published = publish(period, "档案检索用的独特正文。");
        int year = published.get("issueYear").asInt();
        int number = published.get("issueNumber").asInt();

        JsonNode found = walk.ok("xjb", get("/api/bulletins").param("q", "独特正文"), null);
        assertThat(found).extracting(e -> e.get("issueNumber").asInt()).containsExactly(number);
        assertThat(walk.ok("xjb", get("/api/bulletins").param("year", "1999"), null))
                .isEmpty();
        String text = mvc.perform(
                        get("/api/bulletins/{y}/{n}.txt", year, number).with(httpBasic("xjb", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("filename*=UTF-8''")))
                .andExpect(content().contentTypeCompatibleWith("text/plain"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("档案检索用的独特正文。", "第 " + number + " 期");
        mvc.perform(get("/api/bulletins/{y}/{n}.html", year, number).with(httpBasic("xjb", "demo")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/archive").param("q", "独特正文").with(user(users.loadUserByUsername("xjb"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(year + "/" + number + ".txt")));
    }

    @Test
    void theArchiveAndThePublishedPageNameWhoSignedItOffAndWhen() throws Exception {
        String period = newPeriod();
        publish(period, "签发人检索用的正文。");

        JsonNode found = walk.ok("xjb", get("/api/bulletins").param("q", "签发人检索用的正文"), null);
        assertThat(found.get(0).get("signerName").asText()).isEqualTo("李明华");
        assertThat(found.get(0).get("signedAt").asText()).isNotBlank();
        mvc.perform(get("/archive").param("q", "签发人检索用的正文").with(user(users.loadUserByUsername("xjb"))))
                .andExpect(content()
                        .string(allOf(
                                containsString("<th>签发人</th>"),
                                containsString("<td>李明华</td>"),
                                containsString("2026年11月23日 10:00"))));
        mvc.perform(get("/bulletins/{p}", period).with(user(users.loadUserByUsername("xjb"))))
                .andExpect(
                        content().string(allOf(containsString("签发人：李明华"), containsString("签发时间：2026年11月23日 10:00"))));
        mvc.perform(get("/bulletins/{p}", period).param("lang", "en").with(user(users.loadUserByUsername("xjb"))))
                .andExpect(content().string(containsString("Signed off by 李明华")));
    }

    @Test
    void unknownNumbersAndFormatsAre404AndADraftsFilesAreNotFoundByDepartments() throws Exception {
        String period = newPeriod();
        walk.draftBulletin(period, "ZZB");

        walk.expect(404, "zzb", get("/api/bulletins/2026/9999.pdf"), null);
        JsonNode problem = walk.expect(404, "office", get("/api/bulletins/{p}/document.odt", period), null);
        assertThat(problem.get("detail").asText()).contains("odt");
        walk.expect(404, "zzb", get("/api/bulletins/{p}/document.txt", period), null);
        mvc.perform(get("/api/bulletins/{p}/document.txt", period).with(httpBasic("office", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void theOfficeStartsASpecialIssueOnItsPageAndAHeadCannot() throws Exception {
        mvc.perform(post("/special-issues")
                        .with(user(users.loadUserByUsername("office")))
                        .with(csrf())
                        .param("title", "关于表彰先进集体的专刊"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/bulletins/special-*/compile"));
        String compile = mvc.perform(post("/special-issues")
                        .with(user(users.loadUserByUsername("office")))
                        .with(csrf())
                        .param("title", "关于劳模疗休养的专刊")
                        .param("intro", "导语。"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(compile).with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于劳模疗休养的专刊")));
        mvc.perform(post("/special-issues")
                        .with(user(users.loadUserByUsername("zzb")))
                        .with(csrf())
                        .param("title", "部室不能建专刊"))
                .andExpect(status().isForbidden());
        walk.expect(403, "zzb", post("/api/special-issues"), java.util.Map.of("title", "x"));
        mvc.perform(get("/special-issues").with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("关于表彰先进集体的专刊")))
                .andExpect(content().string(not(containsString("部室不能建专刊"))));
        walk.ok("office", get("/api/special-issues"), null)
                .forEach(s -> assertThat(s.get("key").asText()).startsWith("special-"));
    }

    @Test
    void theCompilePageEditsTheFooterAndLists() throws Exception {
        String period = newPeriod();
        JsonNode draft = walk.draftBulletin(period, "ZZB");
        var form = compileForm(period, draft, "save", "省总工会 <szgh@example.org>\n市委办公室 <swb@example.org>", "")
                .param("newTitle", "办公室补充一条。")
                .param("newBody", "补充内容。");
        mvc.perform(form).andExpect(status().isFound());

        JsonNode edited = walk.bulletin("office", period);
        assertThat(edited.at("/document/editor").asText()).isEqualTo("刘洋");
        assertThat(edited.at("/document/reportTo")).extracting(JsonNode::asText).containsExactly("省总工会", "市委办公室");
        assertThat(edited.at("/document/distributeTo")).isEmpty();
        assertThat(edited.at("/document/items/0/number").asText()).isEqualTo("1");
        assertThat(edited.get("items"))
                .anySatisfy(i -> assertThat(i.get("title").asText()).isEqualTo("办公室补充一条。"));
        mvc.perform(get("/bulletins/{p}/compile", period).with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("办公室补充一条。")))
                .andExpect(content().string(containsString("工作完成情况 · 办公室补充")));
    }

    @Test
    void theCompilePageAndTheApiLeaveEditorAndPhoneEmptyAndTheDocumentPrintsNeitherLine() throws Exception {
        String period = newPeriod();
        JsonNode draft = walk.draftBulletin(period, "ZZB");
        mvc.perform(compileForm(period, draft, "save", "省总工会 <szgh@example.org>", "", "", ""))
                .andExpect(status().isFound());

        JsonNode edited = walk.bulletin("office", period);
        assertThat(edited.at("/document/editor").asText()).isEmpty();
        assertThat(edited.at("/document/phone").asText()).isEmpty();
        String text = mvc.perform(get("/api/bulletins/{p}/document.txt", period).with(httpBasic("office", "demo")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("报：省总工会\n").doesNotContain("责任编辑", "联系电话");
        mvc.perform(get("/bulletins/{p}/compile", period).with(user(users.loadUserByUsername("office"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"editor\" name=\"editor\" value=\"\"")))
                .andExpect(content().string(containsString("责任编辑和联系电话可不填")));

        var edit = walk.edit(edited).put("phone", "0716-8123456");
        walk.ok("office", put("/api/bulletins/{p}", period), edit);
        JsonNode phoned = walk.bulletin("office", period);
        assertThat(phoned.at("/document/editor").asText()).isEmpty();
        assertThat(phoned.at("/document/phone").asText()).isEqualTo("0716-8123456");
        assertThat(phoned.get("html").asText()).contains("联系电话：0716-8123456").doesNotContain("责任编辑");
    }

    @Test
    void sendingAnIssueWithBothListsEmptiedIsRefusedInTheErrorStyleAndTheEditsAreKept() throws Exception {
        String period = newPeriod();
        JsonNode draft = walk.draftBulletin(period, "ZZB");

        MvcResult sent = mvc.perform(compileForm(period, draft, "send", "", ""))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refusal", "本期的报、发名单都是空的，送签前请至少填写一个收件单位。"))
                .andExpect(flash().attribute("flash", "简报已保存。"))
                .andReturn();

        JsonNode kept = walk.bulletin("office", period);
        assertThat(kept.at("/bulletin/status").asText()).isEqualTo("DRAFT");
        assertThat(kept.get("recipients")).isEmpty();
        mvc.perform(get("/bulletins/{p}/compile", period)
                        .with(user(users.loadUserByUsername("office")))
                        .flashAttrs(sent.getFlashMap()))
                .andExpect(content()
                        .string(containsString(
                                "<div class=\"errors\" role=\"alert\">本期的报、发名单都是空的，送签前请至少填写一个收件单位。</div>")));
    }

    /** The compile form as the page posts it: the draft's header and items, the lists as typed. */
    private MockHttpServletRequestBuilder compileForm(
            String period, JsonNode draft, String action, String reportTo, String distributeTo) {
        return compileForm(period, draft, action, reportTo, distributeTo, "刘洋", "0716-8123456");
    }

    private MockHttpServletRequestBuilder compileForm(
            String period,
            JsonNode draft,
            String action,
            String reportTo,
            String distributeTo,
            String editor,
            String phone) {
        var form = post("/bulletins/{p}/compile", period)
                .with(user(users.loadUserByUsername("office")))
                .with(csrf())
                .param("action", action)
                .param("version", draft.at("/bulletin/version").asText())
                .param("issueNumber", draft.at("/bulletin/issueNumber").asText())
                .param("issueDate", draft.at("/bulletin/issueDate").asText())
                .param("title", draft.at("/bulletin/title").asText())
                .param("planTitle", "计划")
                .param("numbering", "ARABIC")
                .param("bulletinName", "工会要情摘报")
                .param("organizationName", "示例市总工会")
                .param("editor", editor)
                .param("phone", phone)
                .param("reportTo", reportTo)
                .param("distributeTo", distributeTo);
        for (int i = 0; i < draft.get("items").size(); i++) {
            JsonNode item = draft.get("items").get(i);
            form.param("items[" + i + "].id", item.get("id").asText())
                    .param("items[" + i + "].title", item.get("title").asText())
                    .param("items[" + i + "].body", item.get("body").asText());
        }
        return form;
    }

    private JsonNode publish(String period, String body) throws Exception {
        walk.open(period);
        walk.submit(period, "XJB", body);
        walk.accept(period, "XJB");
        walk.closeCollection(period);
        walk.sendToSignOff(period);
        walk.approve(period);
        walk.publishAndDistribute(period);
        return walk.bulletin("xjb", period);
    }
}

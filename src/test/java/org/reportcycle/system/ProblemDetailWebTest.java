package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.reportcycle.integration.WebTestBase;
import org.reportcycle.plan.Deadline;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the framework refuses is answered like any refusal: a problem detail on the API that names the field and
 * what it should be, in Chinese or in English; the error page with the same message on a page.
 */
class ProblemDetailWebTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @Autowired
    private MessageSource messages;

    @Test
    void anUnknownAddressAWrongMethodAndAnAcceptOnlyForPicturesAreProblemDetails() throws Exception {
        assertThat(problem(get("/api/nope"), 404).get("title").asText()).isEqualTo("未找到");
        MvcResult wrong =
                mvc.perform(delete("/api/me").with(httpBasic("office", "demo"))).andReturn();
        assertThat(wrong.getResponse().getStatus()).isEqualTo(405);
        assertThat(wrong.getResponse().getHeader("Allow")).isEqualTo("GET");
        assertThat(problem(get("/api/me").accept(MediaType.IMAGE_PNG), 406)
                        .get("detail")
                        .asText())
                .contains("Accept");
        assertThat(problem(post("/api/cycles").contentType(MediaType.TEXT_PLAIN).content("x"), 415)
                        .get("title")
                        .asText())
                .isEqualTo("请求内容类型不支持");
    }

    @Test
    void aWrongTypeNamesTheFieldAndWhatItShouldBeInTheAskedLanguage() throws Exception {
        String body = "{\"version\":\"abc\",\"completions\":[]}";
        JsonNode zh = problem(
                put("/api/reports/2026-11/ZZB")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                400);
        assertThat(zh.at("/errors/0/field").asText()).isEqualTo("version");
        assertThat(zh.at("/errors/0/message").asText()).isEqualTo("应为整数。");
        JsonNode en = problem(
                put("/api/reports/2026-11/ZZB")
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body),
                400);
        assertThat(en.get("title").asText()).isEqualTo("Invalid input");
        assertThat(en.at("/errors/0/message").asText()).isEqualTo("Expected a whole number.");
    }

    @Test
    void aKeyGivenTwiceAndANullInAListAreNamed() throws Exception {
        JsonNode twice = problem(
                put("/api/bulletins/2026-11")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"items\":[{\"title\":\"a\",\"title\":\"b\"}]}"),
                400);
        assertThat(twice.at("/errors/0/field").asText()).isEqualTo("items[0].title");
        assertThat(twice.at("/errors/0/message").asText()).isEqualTo("同一个键重复出现。");
        JsonNode nulls = problem(
                put("/api/bulletins/2026-11")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"reportTo\":[null]}"),
                400);
        assertThat(nulls.at("/errors/0/field").asText()).isEqualTo("reportTo[0]");
        assertThat(nulls.at("/errors/0/message").asText()).isEqualTo("不能为空值（null）。");
    }

    @Test
    void anAddressTheFirewallRefusesIsAProblemDetailToo() throws Exception {
        JsonNode problem = problem(get(URI.create("/api/cycles/a%2Fb")), 400);
        assertThat(problem.get("detail").asText()).contains("%2F");
    }

    @Test
    void aBulletinKeyIsNamedInTheReadersLanguageAndASpecialIssueIsNoReportingMonth() throws Exception {
        assertThat(problem(get("/api/bulletins/1998-03"), 404).get("detail").asText())
                .isEqualTo("没有找到1998年3月的简报。");
        assertThat(problem(get("/api/bulletins/1998-03").header("Accept-Language", "en"), 404)
                        .get("detail")
                        .asText())
                .isEqualTo("No bulletin found for March 1998.");
        String special =
                problem(get("/api/bulletins/special-99999"), 404).get("detail").asText();
        assertThat(special).contains("简报").contains("special-99999").doesNotContain("报送月份");
        assertThat(messages.getMessage(
                        "error.extension.notLater",
                        new Object[] {
                            Deadline.parse("2027-01").label(),
                            Deadline.parse("2026-12-15").label()
                        },
                        Locale.ENGLISH))
                .isEqualTo("The new deadline (January 2027) must be later than the current deadline "
                        + "(by 15 December 2026).");
        assertThat(messages.getMessage(
                        "error.extension.notLater",
                        new Object[] {
                            Deadline.parse("2027-01").label(),
                            Deadline.parse("2026-12-15").label()
                        },
                        Locale.SIMPLIFIED_CHINESE))
                .contains("一月份", "12月15日前");
    }

    @Test
    void tooManyFormRowsIsAnErrorPageNamingTheLimit() throws Exception {
        MvcResult page = mvc.perform(post("/reports/2026-11/ZZB")
                        .with(user(users.loadUserByUsername("zzb")))
                        .with(csrf())
                        .param("action", "save")
                        .param("version", "0")
                        .param("completions[300].title", "x"))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat(page.getModelAndView().getViewName()).isEqualTo("error");
        assertThat((String) page.getModelAndView().getModel().get("errorDetail"))
                .contains("256");
    }

    @Test
    void aMonthThatIsNoneIsNamedOnceOnThePage() throws Exception {
        MvcResult page = mvc.perform(get("/cycles/2026-13").with(user(users.loadUserByUsername("office"))))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(400);
        assertThat((String) page.getModelAndView().getModel().get("errorDetail"))
                .isEqualTo("报送月份：「2026-13」不是有效的月份，应为 年-月，如 2026-11。");
    }

    @Test
    void aPeriodInBracesOnAPageIsNoServerError() throws Exception {
        MvcResult page = mvc.perform(post("/cycles/{p}/close-collection", "{x}")
                        .with(user(users.loadUserByUsername("office")))
                        .with(csrf()))
                .andReturn();
        assertThat(page.getResponse().getStatus()).isEqualTo(302);
        assertThat(page.getResponse().getRedirectedUrl()).isEqualTo("/cycles/{x}");
    }

    private JsonNode problem(MockHttpServletRequestBuilder request, int status) throws Exception {
        MvcResult result =
                mvc.perform(request.with(httpBasic("office", "demo"))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(status);
        assertThat(result.getResponse().getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        return json.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}

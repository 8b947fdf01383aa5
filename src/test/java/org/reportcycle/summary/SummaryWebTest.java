package org.reportcycle.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.reportcycle.integration.WebTestBase;
import org.reportcycle.system.ChineseNumerals;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Period summaries belong to the office: it downloads the Word draft by API or page, under a UTF-8 file name;
 * anyone else gets 403, and a bad range gets 400 naming the field, on the API as problem JSON and on the page as
 * the form again.
 */
class SummaryWebTest extends WebTestBase {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Autowired
    private UserDetailsService users;

    @Test
    void theOfficeDownloadsTheDraftByApiAndPageUnderAUtf8FileName() throws Exception {
        String period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "培训学员3376人，其中1896人获得中级以上职称。");
        walk.accept(period, "ZZB");
        YearMonth month = YearMonth.parse(period);
        String title = month.getYear() + "年示例市总工会" + ChineseNumerals.monthName(month) + "工作总结";

        MockHttpServletResponse api = mvc.perform(
                        get("/api/summaries/{f}/{t}.docx", period, period).with(httpBasic("office", "demo")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DOCX))
                .andReturn()
                .getResponse();
        assertDownload(api, title, period);

        MockHttpServletResponse page = mvc.perform(get("/summaries/download")
                        .param("from", period)
                        .param("to", period)
                        .with(as("office")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(DOCX))
                .andReturn()
                .getResponse();
        assertDownload(page, title, period);
    }

    @ParameterizedTest
    @ValueSource(strings = {"zzb", "wang.jianguo", "li.minghua", "admin"})
    void nobodyButTheOfficeDraftsASummary(String username) throws Exception {
        mvc.perform(get("/api/summaries/2026-01/2026-06.docx").with(httpBasic(username, "demo")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("无权操作"));
        mvc.perform(get("/summaries").with(as(username))).andExpect(status().isForbidden());
        mvc.perform(get("/summaries/download")
                        .param("from", "2026-01")
                        .param("to", "2026-06")
                        .with(as(username)))
                .andExpect(status().isForbidden())
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION));
    }

    @Test
    void aBadRangeIsRefused400NamingTheFieldOnTheApi() throws Exception {
        mvc.perform(get("/api/summaries/2026-06/2026-01.docx").with(httpBasic("office", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("to"))
                .andExpect(jsonPath("$.errors[0].message").value("结束月份（2026-01）不能早于起始月份（2026-06）。"));
        mvc.perform(get("/api/summaries/2025-01/2026-01.docx").with(httpBasic("office", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/summaries/2026-13/2026-12.docx")
                        .with(httpBasic("office", "demo"))
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION));
    }

    @Test
    void aBadRangeOnThePageShowsTheFormAgainWithTheProblem() throws Exception {
        mvc.perform(get("/summaries/download")
                        .param("from", "2026-06")
                        .param("to", "2026-01")
                        .with(as("office")))
                .andExpect(status().isBadRequest())
                .andExpect(header().doesNotExist(HttpHeaders.CONTENT_DISPOSITION))
                .andExpect(content().string(containsString("结束月份：结束月份（2026-01）不能早于起始月份（2026-06）。")))
                .andExpect(content().string(containsString("value=\"2026-06\"")));
    }

    @Test
    void theOfficePageOffersThisYearsQuartersHalvesAndYear() throws Exception {
        String html = mvc.perform(get("/summaries").with(as("office")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html)
                .contains(
                        "href=\"/summaries/download?from=2026-01&amp;to=2026-03\">第一季度</a>",
                        "href=\"/summaries/download?from=2026-07&amp;to=2026-12\">下半年</a>",
                        "href=\"/summaries/download?from=2026-01&amp;to=2026-12\">全年</a>",
                        "href=\"/summaries\">工作总结</a>");
        assertThat(mvc.perform(get("/tasks").with(as("zzb")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("href=\"/summaries\"");
    }

    private static void assertDownload(MockHttpServletResponse response, String title, String period) throws Exception {
        String disposition = response.getHeader(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition)
                .startsWith("attachment;")
                .contains("filename*=UTF-8''")
                .contains("filename=\"summary-" + period + "-to-" + period + ".docx\"");
        assertThat(ContentDisposition.parse(disposition).getFilename()).isEqualTo(title + ".docx");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(new XWPFWordExtractor(doc).getText()).contains(title, "一、组织部", "培训学员3376人，其中1896人获得中级以上职称。");
        }
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}

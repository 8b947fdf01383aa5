package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.reportcycle.integration.DemoOrganization;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Garbage at every endpoint and page form, sent by someone allowed to use it: wrong types, too much text, NUL and
 * control characters, invalid UTF-8, nulls, nulls in lists, a key twice, no body, no JSON, the wrong content type,
 * huge numbers, negative and stale versions, odd path values, missing parameters, wrong methods, unknown
 * addresses. Never a server error; on the API always a problem detail (naming the field for a field's 400) in the
 * language asked for; on a page an error page or the form's own message; and nothing written.
 */
class BadInputCorpusTest extends WebTestBase {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final List<String> STATE = List.of(
            "SELECT period, status, collection_closed_at FROM reporting_cycle ORDER BY period",
            "SELECT id, status, version, saved_at, office_comment FROM submission ORDER BY id",
            "SELECT id, position, title, body FROM completion_item ORDER BY id",
            "SELECT id, title, department_codes, deadline_month, deadline_date FROM plan_item ORDER BY id",
            "SELECT COUNT(*) FROM plan_item_status",
            "SELECT id, status, version, issue_number, issue_date, title, plan_title, intro, signer_comment "
                    + "FROM bulletin ORDER BY id",
            "SELECT id, position, excluded, title, body FROM bulletin_item ORDER BY id",
            "SELECT COUNT(*) FROM bulletin_recipient",
            "SELECT COUNT(*) FROM outbox_message",
            "SELECT calendar_date, working, name FROM calendar_day ORDER BY calendar_date",
            "SELECT COUNT(*) FROM reminder",
            "SELECT COUNT(*) FROM extension_request",
            "SELECT id, owner_username, name, expires_at, revoked_at FROM api_token ORDER BY id");

    @Autowired
    private JdbcClient jdbc;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private TaskService tasks;

    static List<BadInput> cases(CorpusFixture fixture) {
        List<BadInput> all = new ArrayList<>(new ApiBadInputs(fixture).all());
        all.addAll(new PageBadInputs(fixture).all());
        return all;
    }

    @Test
    void everyEndpointAndPageFormHasCasesAndThereAreAtLeast300() {
        List<BadInput> all = cases(CorpusFixture.sketch());
        Set<String> covered = all.stream().map(BadInput::endpoint).collect(Collectors.toCollection(TreeSet::new));
        Set<String> uncovered = new TreeSet<>(mappedEndpoints());
        uncovered.removeAll(covered);
        uncovered.removeAll(Set.of(
                "GET /login",
                "GET /error",
                "POST /error",
                "PUT /error",
                "DELETE /error",
                "PATCH /error",
                "HEAD /error",
                "OPTIONS /error",
                "TRACE /error"));
        assertThat(uncovered).as("endpoints without a bad-input case").isEmpty();
        assertThat(covered).as("cases aimed at no endpoint").isSubsetOf(union(mappedEndpoints(), Set.of("none")));
        assertThat(all).hasSizeGreaterThanOrEqualTo(300);
    }

    @TestFactory
    Stream<DynamicTest> everyBadInputIsRefusedWithoutAServerErrorAndChangesNothing() throws Exception {
        CorpusFixture fixture = CorpusFixture.create(walk, json, newPeriod(), newPeriod(), newPeriod());
        return cases(fixture).stream().map(c -> dynamicTest(c.toString(), () -> check(c)));
    }

    private void check(BadInput c) throws Exception {
        String before = state();
        MvcResult result = mvc.perform(build(c)).andReturn();
        int status = result.getResponse().getStatus();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        String shown = body.length() > 600 ? body.substring(0, 600) + "…" : body;
        assertThat(status).as("status of %s: %s", c, shown).isLessThan(500);
        if (c.status() != null) {
            assertThat(status).as("status of %s: %s", c, shown).isEqualTo(c.status());
        }
        if (c.api()) {
            problem(c, result, body, shown);
        } else {
            PageAnswers.check(c, result);
        }
        assertThat(state()).as("state after %s", c).isEqualTo(before);
    }

    private void problem(BadInput c, MvcResult result, String body, String shown) throws Exception {
        int status = result.getResponse().getStatus();
        assertThat(status).as("status of %s: %s", c, shown).isBetween(400, 499);
        assertThat(result.getResponse().getContentType())
                .as("content type of %s: %s", c, shown)
                .isNotNull()
                .satisfies(t -> assertThat(
                                MediaType.parseMediaType(t).isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                        .isTrue());
        JsonNode problem = json.readTree(body);
        assertThat(problem.path("status").asInt()).as("status field of %s", c).isEqualTo(status);
        String title = problem.path("title").asText();
        String detail = problem.path("detail").asText();
        assertThat(title).as("title of %s", c).isNotBlank();
        assertThat(detail).as("detail of %s", c).isNotBlank();
        List<String> messages = new ArrayList<>(List.of(title, detail));
        problem.path("errors").forEach(e -> messages.add(e.path("message").asText()));
        if (c.field() != null) {
            assertThat(problem.path("errors").findValuesAsText("field"))
                    .as("fields named for %s: %s", c, shown)
                    .contains(c.field());
        }
        if (c.inEnglish()) {
            assertThat(messages)
                    .as("English answer to %s", c)
                    .noneMatch(m -> CJK.matcher(m).find());
        } else {
            assertThat(title).as("Chinese title for %s", c).containsPattern(CJK);
        }
    }

    private MockHttpServletRequestBuilder build(BadInput c) {
        MockHttpServletRequestBuilder b = request(c.method(), URI.create(c.uri()));
        if (c.api()) {
            b.with(httpBasic(c.user(), DemoOrganization.PASSWORD));
        } else {
            b.with(user(users.loadUserByUsername(c.user()))).with(csrf());
        }
        if (!c.headers().containsKey("Accept")) {
            b.accept(c.api() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        }
        c.params().forEach((name, values) -> b.param(name, values.toArray(String[]::new)));
        c.headers().forEach(b::header);
        if (c.body() != null) {
            b.content(c.body());
        }
        if (c.contentType() != null) {
            b.contentType(c.contentType());
        }
        return b;
    }

    /** What the cases could change: the tables, the running processes and open tasks. */
    private String state() {
        StringBuilder s = new StringBuilder();
        STATE.forEach(q -> s.append(jdbc.sql(q).query().listOfRows()).append('\n'));
        s.append(runtime.createProcessInstanceQuery().count())
                .append(' ')
                .append(tasks.createTaskQuery().count());
        return s.toString();
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}

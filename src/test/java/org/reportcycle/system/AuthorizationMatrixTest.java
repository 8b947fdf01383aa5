package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.reportcycle.integration.WebTestBase;
import org.reportcycle.system.AuthorizationRow.Expected;
import org.reportcycle.system.AuthorizationRow.Identity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every endpoint (API and page) × every identity × the states that matter: the status each gets and what its
 * answer shows. Built from the registered mappings, so an endpoint without rows fails the matrix; a new endpoint
 * gets one line per state in {@link ApiAuthorizationRows} or {@link PageAuthorizationRows}. Besides each row's
 * own checks, every answer to a head or to nobody signed in is checked to show none of what only those who
 * oversee may see (left-out items, the signer's comment, recipients' addresses) nor another department's report,
 * and every API refusal is a problem detail.
 */
class AuthorizationMatrixTest extends WebTestBase {

    @Autowired
    private UserDetailsService users;

    @TestFactory
    Stream<DynamicNode> everyEndpointForEveryIdentityInEveryState() throws Exception {
        AuthorizationFixture fixture = new AuthorizationFixture(walk, WebTestBase::newPeriod);
        List<AuthorizationRow> rows = new ArrayList<>(ApiAuthorizationRows.of(fixture, WebTestBase::newPeriod));
        rows.addAll(PageAuthorizationRows.of(fixture));
        DynamicTest coverage = DynamicTest.dynamicTest(
                "every mapped endpoint has rows, every row an endpoint and " + "every identity ("
                        + rows.size() * Identity.values().length + " cells)",
                () -> covered(rows));
        return Stream.concat(
                Stream.of(coverage),
                rows.stream()
                        .map(row -> DynamicContainer.dynamicContainer(
                                row.toString(),
                                Stream.of(Identity.values())
                                        .map(who -> DynamicTest.dynamicTest(
                                                who + (who.username == null ? "" : " (" + who.username + ")") + " → "
                                                        + expected(row, who).status(),
                                                () -> cell(row, who, fixture))))));
    }

    private void covered(List<AuthorizationRow> rows) {
        Set<String> mapped = mappedEndpoints();
        Set<String> listed = new TreeSet<>();
        rows.forEach(r -> listed.add(r.endpoint));
        assertThat(listed).as("endpoints with rows").containsAll(mapped);
        assertThat(mapped).as("rows name mapped endpoints").containsAll(listed);
        assertThat(rows).as("rows naming every identity").allMatch(AuthorizationRow::complete);
    }

    private static Expected expected(AuthorizationRow row, Identity who) {
        return row.expected.getOrDefault(who, new Expected(-1, List.of()));
    }

    private void cell(AuthorizationRow row, Identity who, AuthorizationFixture fixture) throws Exception {
        MockHttpServletRequestBuilder request = row.request.get();
        if (who.username != null) {
            request.with(row.page ? user(users.loadUserByUsername(who.username)) : httpBasic(who.username, "demo"));
        }
        if (row.page) {
            request.with(csrf());
        }
        String json = row.body.apply(who);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        MvcResult result = mvc.perform(request).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        Expected expected = expected(row, who);
        assertThat(result.getResponse().getStatus())
                .as("%s as %s: %s", row, who, body)
                .isEqualTo(expected.status());
        if (!row.page && expected.status() >= 400) {
            assertThat(result.getResponse().getContentType())
                    .as("a problem detail: %s", body)
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        }
        for (String hidden : hiddenFrom(who, fixture)) {
            assertThat(body).as("%s as %s shows what is not theirs", row, who).doesNotContain(hidden);
        }
        for (AuthorizationRow.Check check : expected.checks()) {
            check.verify(who, body);
        }
    }

    /** What an identity must never see, whatever it asks. */
    private static List<String> hiddenFrom(Identity who, AuthorizationFixture f) {
        List<String> hidden = new ArrayList<>(who.oversees() ? List.of() : f.overseersOnly());
        if (who != Identity.HEAD && !who.oversees()) {
            hidden.add(f.zzbCollectingText);
        }
        if (who != Identity.OTHER_HEAD && !who.oversees()) {
            hidden.add(f.xjbCollectingText);
        }
        return hidden;
    }
}

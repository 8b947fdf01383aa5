package org.reportcycle.system;

import static org.reportcycle.system.BadInput.path;

import java.util.List;
import org.reportcycle.integration.CycleWalk;

/**
 * The corpus's reads of the API: odd path values and parameters, an {@code Accept} nothing can satisfy, wrong
 * methods and addresses that do not exist.
 */
final class ApiReadInputs {

    private static final String OFFICE = CycleWalk.OFFICE;

    private final CorpusFixture f;
    private final List<BadInput> cases;

    ApiReadInputs(CorpusFixture fixture, List<BadInput> cases) {
        this.f = fixture;
        this.cases = cases;
    }

    void add() {
        odd("GET /api/cycles/{period}", OFFICE, "/api/cycles/{}");
        odd("GET /api/reports/{period}/{department}", OFFICE, "/api/reports/{}/ZZB");
        odd("GET /api/bulletins/{period}", OFFICE, "/api/bulletins/{}");
        odd("GET /api/bulletins/{period}/text", OFFICE, "/api/bulletins/{}/text");
        odd("GET /api/bulletins/{period}/document.{extension}", OFFICE, "/api/bulletins/{}/document.pdf");
        odd("GET /api/calendar/{year}", "zzb", "/api/calendar/{}");
        odd("GET /api/summaries/{from}/{to}.docx", OFFICE, "/api/summaries/{}/2026-06.docx");
        odd("GET /api/bulletins/{year}/{number}.{extension}", "zzb", "/api/bulletins/{}/7.pdf");
        add(get("GET /api/reports/{period}/{department}", OFFICE, path("/api/reports/{}/{}", f.period(), "NOPE")));
        add(get("GET /api/summaries/{from}/{to}.docx", OFFICE, "/api/summaries/2026-06/2026-01.docx"));
        add(get("GET /api/summaries/{from}/{to}.docx", OFFICE, "/api/summaries/2020-01/2026-01.docx"));
        add(get("GET /api/summaries/{from}/{to}.docx", OFFICE, path("/api/summaries/2026-01/{}.docx", "{x}")));
        add(get(
                "GET /api/bulletins/{period}/document.{extension}",
                OFFICE,
                path("/api/bulletins/{}/document.exe", f.bulletinPeriod())));
        add(get("GET /api/bulletins/{year}/{number}.{extension}", "zzb", "/api/bulletins/2026/abc.pdf"));
        add(get(
                "GET /api/bulletins/{year}/{number}.{extension}",
                "zzb",
                "/api/bulletins/2026/99999999999999999999.pdf"));
        add(get("GET /api/bulletins/{year}/{number}.{extension}", "zzb", "/api/bulletins/2026/7.exe"));
        add(get("GET /api/bulletins/{period}/text", OFFICE, path("/api/bulletins/{}/text", f.bulletinPeriod()))
                .header("Accept", "application/json")
                .expect(406));
        search();
        accepts();
        routes();
        accounts();
    }

    /** Unlocking what is not locked, or no username at all, is a 404 however the username is spelt. */
    private void accounts() {
        String unlock = "POST /api/accounts/{username}/unlock";
        ApiBadInputs.ODD_VALUES.forEach(v -> add(BadInput.of(
                unlock,
                "username " + ApiBadInputs.abbreviate(v),
                "admin",
                "POST",
                path("/api/accounts/{}/unlock", v))));
        ApiBadInputs.RAW_VALUES.forEach(
                v -> add(BadInput.of(unlock, "raw username " + v, "admin", "POST", "/api/accounts/" + v + "/unlock")));
        add(BadInput.of(unlock, "a username nobody has", "admin", "POST", "/api/accounts/nobody/unlock")
                .expect(404));
        add(BadInput.of(unlock, "wrong method", "admin", "GET", "/api/accounts/zzb/unlock")
                .expect(405));
        String locked = "GET /api/accounts/locked";
        add(get(locked, "admin", "/api/accounts/locked")
                .header("Accept", "image/png")
                .expect(406));
        add(BadInput.of(locked, "wrong method", "admin", "DELETE", "/api/accounts/locked")
                .english()
                .expect(405));
        String incidents = "GET /api/incidents";
        add(get(incidents, OFFICE, "/api/incidents")
                .header("Accept", "image/png")
                .expect(406));
        add(BadInput.of(incidents, "wrong method", "admin", "DELETE", "/api/incidents")
                .expect(405));
        String retry = "POST /api/incidents/{id}/retry";
        add(BadInput.of(retry, "an id nobody has", "admin", "POST", "/api/incidents/nobody/retry")
                .expect(404));
        add(BadInput.of(retry, "wrong method", "admin", "GET", "/api/incidents/abc/retry")
                .english()
                .expect(405));
    }

    private void search() {
        String e = "GET /api/bulletins";
        add(get(e, "zzb", "/api/bulletins").param("year", "abc").naming("year"));
        add(get(e, "zzb", "/api/bulletins")
                .param("year", "99999999999999999999")
                .naming("year"));
        add(get(e, "zzb", "/api/bulletins")
                .param("number", "x")
                .naming("number")
                .english());
        add(get(e, "zzb", "/api/bulletins").param("number", "1.5").naming("number"));
        add(get(e, "zzb", "/api/bulletins").param("q", "前\u0000后").expect(400));
        add(get(e, "zzb", "/api/bulletins").param("q", JsonMutations.TOO_LONG).expect(400));
    }

    /** A client that accepts only a picture still reads a problem detail, for reads and refusals alike. */
    private void accepts() {
        for (String[] e : new String[][] {
            {"GET /api/me", "/api/me"},
            {"GET /api/tokens", "/api/tokens"},
            {"GET /api/tasks", "/api/tasks"},
            {"GET /api/cycles", "/api/cycles"},
            {"GET /api/special-issues", "/api/special-issues"},
            {"GET /api/outbox", "/api/outbox"},
            {"GET /api/calendar/{year}", "/api/calendar/2026"},
            {"GET /api/plan-items", "/api/plan-items?period=2026-11"},
            {"GET /api/bulletins", "/api/bulletins"},
            {"GET /api/cycles/{period}", path("/api/cycles/{}", f.period())}
        }) {
            add(get(e[0], OFFICE, e[1]).header("Accept", "image/png").expect(406));
            add(get(e[0], OFFICE, e[1]).header("Accept", "image/png").english().expect(406));
        }
    }

    private void routes() {
        String[][] wrong = {
            {"GET /api/me", "DELETE", "/api/me"},
            {"GET /api/tokens", "PUT", "/api/tokens"},
            {"GET /api/tasks", "POST", "/api/tasks"},
            {"GET /api/cycles", "DELETE", "/api/cycles"},
            {"POST /api/cycles", "PATCH", "/api/cycles"},
            {"GET /api/special-issues", "PUT", "/api/special-issues"},
            {"GET /api/outbox", "POST", "/api/outbox"},
            {"GET /api/bulletins", "POST", "/api/bulletins"},
            {"GET /api/reports/{period}/{department}", "DELETE", path("/api/reports/{}/ZZB", f.period())},
            {"GET /api/bulletins/{period}", "DELETE", path("/api/bulletins/{}", f.bulletinPeriod())},
            {"POST /api/cycles/{period}/close-collection", "GET", path("/api/cycles/{}/close-collection", f.period())},
            {"POST /api/cycles/{period}/cancel", "GET", path("/api/cycles/{}/cancel", f.period())},
            {"POST /api/plan-items/{id}/close", "GET", "/api/plan-items/1/close"},
            {"POST /api/outbox/{id}/resend", "GET", "/api/outbox/1/resend"},
            {
                "POST /api/bulletins/{period}/distribution/resend",
                "GET",
                path("/api/bulletins/{}/distribution/resend", f.bulletinPeriod())
            },
            {"PUT /api/calendar/{year}", "POST", "/api/calendar/2031"}
        };
        for (String[] w : wrong) {
            add(BadInput.of(w[0], "wrong method", OFFICE, w[1], w[2]).expect(405));
            add(BadInput.of(w[0], "wrong method, in English", OFFICE, w[1], w[2])
                    .english()
                    .expect(405));
        }
        for (String unknown : List.of(
                "/api",
                "/api/nope",
                "/api/reports",
                "/api/cycles/2026-11/nope",
                "/api/bulletins/2026-11/nope/deeper",
                "/api/me/x",
                "/api/plan-items/1",
                "/api/extensions/1")) {
            add(get("none", OFFICE, unknown).expect(404));
            add(get("none", OFFICE, unknown).english().expect(404));
        }
    }

    private void odd(String endpoint, String user, String template) {
        ApiBadInputs.ODD_VALUES.forEach(v -> add(get(endpoint, user, path(template, v))));
        ApiBadInputs.RAW_VALUES.forEach(v -> add(get(endpoint, user, template.replaceFirst("\\{}", v))));
        add(get(endpoint, user, path(template, "{x}")).english());
    }

    private static BadInput get(String endpoint, String user, String uri) {
        return BadInput.of(endpoint, "read", user, "GET", uri);
    }

    private void add(BadInput c) {
        cases.add(c);
    }
}

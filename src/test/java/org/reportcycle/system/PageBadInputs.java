package org.reportcycle.system;

import static org.reportcycle.system.BadInput.path;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.integration.CycleWalk;

/** The corpus's requests to the pages: odd addresses, and each form posted with what it cannot take. */
final class PageBadInputs {

    private static final String OFFICE = CycleWalk.OFFICE;
    private static final String NUL = "前\u0000后";
    private static final String BELL = "前\u0007后";

    private final CorpusFixture f;
    private final List<BadInput> cases = new ArrayList<>();

    PageBadInputs(CorpusFixture fixture) {
        this.f = fixture;
    }

    List<BadInput> all() {
        wrongMethods();
        oddAddresses();
        cycleForms();
        reportForms();
        bulletinForms();
        planAndCalendarForms();
        accountForms();
        tokenForms();
        queries();
        return cases;
    }

    private void wrongMethods() {
        String[][] wrong = {
            {"GET /", "DELETE", "/"},
            {"GET /tasks", "DELETE", "/tasks"},
            {"GET /cycles", "PUT", "/cycles"},
            {"GET /summaries", "DELETE", "/summaries"},
            {"GET /outbox", "POST", "/outbox"},
            {"GET /special-issues", "DELETE", "/special-issues"},
            {"GET /archive", "POST", "/archive"},
            {"GET /plans", "PUT", "/plans"},
            {"GET /calendar", "POST", "/calendar"},
            {"GET /summaries/download", "POST", "/summaries/download"}
        };
        for (String[] w : wrong) {
            cases.add(BadInput.of(w[0], "wrong method", OFFICE, w[1], w[2]).expect(405));
        }
        cases.add(BadInput.of("none", "unknown page", OFFICE, "GET", "/nope").expect(404));
        cases.add(BadInput.of("none", "unknown page below a page", OFFICE, "GET", "/tasks/nope")
                .expect(404));
    }

    private void oddAddresses() {
        odd("GET /cycles/{period}", OFFICE, "GET", "/cycles/{}");
        odd("POST /cycles/{period}/close-collection", OFFICE, "POST", "/cycles/{}/close-collection");
        odd("POST /cycles/{period}/urge", OFFICE, "POST", "/cycles/{}/urge");
        odd("POST /cycles/{period}/cancel", OFFICE, "POST", "/cycles/{}/cancel");
        odd("GET /reports/{period}/{department}", OFFICE, "GET", "/reports/{}/ZZB");
        odd("GET /bulletins/{period}", OFFICE, "GET", "/bulletins/{}");
        odd("GET /bulletins/{period}/compile", OFFICE, "GET", "/bulletins/{}/compile");
        odd("GET /bulletins/{period}/sign-off", f.signer(), "GET", "/bulletins/{}/sign-off");
        odd("GET /calendar/{year}", OFFICE, "GET", "/calendar/{}");
        odd("POST /calendar/{year}", "admin", "POST", "/calendar/{}");
        cases.add(BadInput.of(
                "GET /reports/{period}/{department}",
                "unknown department",
                OFFICE,
                "GET",
                path("/reports/{}/{}", f.period(), "{x}")));
    }

    private void cycleForms() {
        BadInput open = BadInput.of("POST /cycles", "", OFFICE, "POST", "/cycles");
        cases.add(named(open, "no period").expect(400));
        for (String bad :
                List.of("{x}", "..", "2026-13", "0000-01", "special-1", NUL, BELL, JsonMutations.TOO_LONG, "")) {
            cases.add(named(open, "period " + ApiBadInputs.abbreviate(bad)).param("period", bad));
        }
        cases.add(named(open, "backfill not a yes or no")
                .param("period", "2026-11")
                .param("backfill", "maybe")
                .expect(400));
        // The confirmation's flag is a yes or no; anything else acts on nothing.
        cases.add(BadInput.of(
                        "POST /cycles/{period}/cancel",
                        "confirmed not a yes or no",
                        OFFICE,
                        "POST",
                        path("/cycles/{}/cancel", f.period()))
                .param("confirmed", "maybe")
                .expect(400));
        cases.add(BadInput.of(
                        "POST /cycles/{period}/close-collection",
                        "confirmed not a yes or no",
                        OFFICE,
                        "POST",
                        path("/cycles/{}/close-collection", f.period()))
                .param("confirmed", "maybe")
                .expect(400));
        BadInput urge =
                BadInput.of("POST /cycles/{period}/urge", "", OFFICE, "POST", path("/cycles/{}/urge", f.period()));
        cases.add(named(urge, "unknown department").param("departments", "NOPE"));
        cases.add(named(urge, "message with NUL").param("departments", "ZZB").param("message", NUL));
        cases.add(named(urge, "message too long").param("departments", "ZZB").param("message", JsonMutations.TOO_LONG));
    }

    private void reportForms() {
        BadInput save = BadInput.of(
                "POST /reports/{period}/{department}", "", "zzb", "POST", path("/reports/{}/ZZB", f.period()));
        BadInput filled =
                save.param("version", String.valueOf(f.reportVersion())).param("action", "save");
        cases.add(named(save, "no action").param("version", "0").expect(400));
        cases.add(named(filled, "version not a number").param("version", "abc").expect(400));
        cases.add(named(filled, "version huge")
                .param("version", "99999999999999999999")
                .expect(400));
        for (String row : List.of(
                "completions[256].title",
                "completions[300].title",
                "plans[1000].title",
                "statuses[256].reason",
                "completions[-1].title",
                "completions[abc].title",
                "plans[99999999999].title")) {
            cases.add(named(filled, "row " + row).param(row, "标题。").expect(400));
        }
        for (String[] field : new String[][] {
            {"completions[0].title", NUL}, {"completions[0].body", JsonMutations.TOO_LONG}, {"plans[0].title", NUL}
        }) {
            cases.add(named(
                            filled.param("completions[0].body", "正文。").param("completions[0].title", "标题。"),
                            field[0] + " " + ApiBadInputs.abbreviate(field[1]))
                    .param(field[0], field[1]));
        }
        cases.add(named(filled, "deadline 2026-13")
                .param("plans[0].title", "计划。")
                .param("plans[0].responsibleLeader", "wang.jianguo")
                .param("plans[0].departments", "ZZB")
                .param("plans[0].deadline", "2026-13"));
        cases.add(named(filled, "stale version")
                .param("version", "99")
                .param("completions[0].title", "标题。")
                .param("completions[0].body", "正文。"));
        for (String action : List.of("accept", "return")) {
            BadInput review = BadInput.of(
                            "POST /reports/{period}/{department}/" + action,
                            "",
                            OFFICE,
                            "POST",
                            path("/reports/{}/XJB/" + action, f.period()))
                    .param("comment", "请补充。");
            cases.add(named(review, "no version").expect(400));
            cases.add(named(review, "version not a number")
                    .param("version", "abc")
                    .expect(400));
            cases.add(named(review, "version huge")
                    .param("version", "99999999999999999999")
                    .expect(400));
            cases.add(named(review, "stale version").param("version", "99").expect(409));
            odd(review.endpoint(), OFFICE, "POST", "/reports/{}/XJB/" + action);
        }
        BadInput withdraw = BadInput.of(
                "POST /reports/{period}/{department}/withdraw",
                "",
                "xjb",
                "POST",
                path("/reports/{}/XJB/withdraw", f.period()));
        cases.add(named(withdraw, "no version").expect(400));
        cases.add(
                named(withdraw, "version not a number").param("version", "abc").expect(400));
        cases.add(named(withdraw, "version huge")
                .param("version", "99999999999999999999")
                .expect(400));
        cases.add(named(withdraw, "stale version").param("version", "99").expect(302));
        odd(withdraw.endpoint(), "xjb", "POST", "/reports/{}/XJB/withdraw");
        BadInput ret = BadInput.of(
                        "POST /reports/{period}/{department}/return",
                        "",
                        OFFICE,
                        "POST",
                        path("/reports/{}/XJB/return", f.period()))
                .param("version", String.valueOf(f.submittedVersion()));
        cases.add(named(ret, "no comment").expect(400));
        cases.add(named(ret, "comment with NUL").param("comment", NUL));
        cases.add(named(ret, "comment too long").param("comment", JsonMutations.TOO_LONG));
    }

    private void bulletinForms() {
        BadInput compile = BadInput.of(
                "POST /bulletins/{period}/compile",
                "",
                OFFICE,
                "POST",
                path("/bulletins/{}/compile", f.bulletinPeriod()));
        BadInput filled = compile.param("version", String.valueOf(f.bulletinVersion()))
                .param("action", "save")
                .param("title", "标题")
                .param("planTitle", "计划");
        cases.add(named(compile, "no action").param("version", "0").expect(400));
        cases.add(named(filled, "version not a number").param("version", "abc").expect(400));
        cases.add(named(filled, "issue number not a number")
                .param("issueNumber", "abc")
                .expect(400));
        cases.add(named(filled, "issue date 2026-13-45")
                .param("issueDate", "2026-13-45")
                .expect(400));
        cases.add(named(filled, "numbering ROMAN").param("numbering", "ROMAN").expect(400));
        cases.add(named(filled, "item id not a number")
                .param("items[0].id", "abc")
                .expect(400));
        for (String row : List.of("items[256].title", "items[400].body", "items[-1].title", "items[x].title")) {
            cases.add(named(filled, "row " + row).param(row, "标题。").expect(400));
        }
        for (String[] field : new String[][] {
            {"title", NUL},
            {"intro", JsonMutations.TOO_LONG},
            {"editor", NUL},
            {"reportTo", "没有邮箱的单位"},
            {"distributeTo", "甲 <not an address>"},
            {"newTitle", NUL}
        }) {
            cases.add(named(filled, field[0] + " " + ApiBadInputs.abbreviate(field[1]))
                    .param(field[0], field[1]));
        }
        cases.add(named(filled, "stale version").param("version", "99"));
        BadInput signOff = BadInput.of(
                "POST /bulletins/{period}/sign-off",
                "",
                f.signer(),
                "POST",
                path("/bulletins/{}/sign-off", f.signOffPeriod()));
        cases.add(named(signOff, "no version").param("decision", "approve").expect(400));
        cases.add(named(signOff, "no decision")
                .param("version", String.valueOf(f.signOffVersion()))
                .expect(400));
        cases.add(named(signOff, "version not a number")
                .param("version", "x")
                .param("decision", "approve")
                .expect(400));
        cases.add(named(signOff, "stale version").param("version", "99").param("decision", "approve"));
        cases.add(named(signOff, "return without comment")
                .param("version", String.valueOf(f.signOffVersion()))
                .param("decision", "return"));
        cases.add(named(signOff, "return with NUL comment")
                .param("version", String.valueOf(f.signOffVersion()))
                .param("decision", "return")
                .param("comment", NUL));
        odd("POST /bulletins/{period}/compile", OFFICE, "POST", "/bulletins/{}/compile");
        odd("POST /bulletins/{period}/sign-off", f.signer(), "POST", "/bulletins/{}/sign-off");
        odd("POST /bulletins/{period}/distribution/resend", OFFICE, "POST", "/bulletins/{}/distribution/resend");
        odd("POST /bulletins/{period}/send-to-sign-off", OFFICE, "POST", "/bulletins/{}/send-to-sign-off");
        BadInput send = BadInput.of(
                "POST /bulletins/{period}/send-to-sign-off",
                "",
                OFFICE,
                "POST",
                path("/bulletins/{}/send-to-sign-off", f.bulletinPeriod()));
        cases.add(named(send, "no version").expect(400));
        cases.add(named(send, "version abc").param("version", "abc").expect(400));
        cases.add(named(send, "stale version").param("version", "99"));
        cases.add(BadInput.of(
                "POST /bulletins/{period}/distribution/resend",
                "a draft, nothing failed",
                OFFICE,
                "POST",
                path("/bulletins/{}/distribution/resend", f.bulletinPeriod())));
        BadInput special = BadInput.of("POST /special-issues", "", OFFICE, "POST", "/special-issues");
        cases.add(named(special, "no title"));
        cases.add(named(special, "title with NUL").param("title", NUL));
        cases.add(named(special, "title too long").param("title", JsonMutations.TOO_LONG));
        cases.add(named(special, "intro with NUL").param("title", "专刊").param("intro", NUL));
    }

    private void planAndCalendarForms() {
        for (String[] e : new String[][] {
            {"POST /plans/{id}/extensions", "zzb", "/plans/{}/extensions"},
            {"POST /plans/{id}/close", OFFICE, "/plans/{}/close"},
            {"POST /plans/extensions/{id}", "wang.jianguo", "/plans/extensions/{}"},
            {"POST /outbox/{id}/resend", OFFICE, "/outbox/{}/resend"},
            {"POST /admin/incidents/{id}/retry", "admin", "/admin/incidents/{}/retry"}
        }) {
            for (String id : List.of("abc", "99999999999999999999", "-1", "{x}", "999999")) {
                cases.add(BadInput.of(e[0], "id " + id, e[1], "POST", path(e[2], id))
                        .param("reason", "理由。")
                        .param("newDeadline", "2027-01"));
            }
        }
        for (String id : List.of("abc", "99999999999999999999", "-1", "{x}", "999999")) {
            cases.add(BadInput.of(
                    "GET /plans/extensions/{id}", "id " + id, "wang.jianguo", "GET", path("/plans/extensions/{}", id)));
            cases.add(BadInput.of(
                            "POST /plans/extensions/{id}",
                            "id " + id + ", refuse",
                            "wang.jianguo",
                            "POST",
                            path("/plans/extensions/{}", id))
                    .param("decision", "refuse")
                    .param("comment", NUL));
        }
        BadInput calendar = BadInput.of("POST /calendar/{year}", "", "admin", "POST", "/calendar/2031");
        cases.add(named(calendar, "no text").expect(400));
        cases.add(named(calendar, "bad lines").param("text", "2031-13-01 休 节\n2030-01-01 休 元旦\nabc"));
        cases.add(named(calendar, "NUL in a name").param("text", "2031-10-01 休 国\u0000庆"));
        cases.add(named(calendar, "name too long").param("text", "2031-10-01 休 " + JsonMutations.TOO_LONG));
    }

    private void accountForms() {
        cases.add(BadInput.of("GET /admin/accounts", "wrong method", "admin", "DELETE", "/admin/accounts")
                .expect(405));
        cases.add(BadInput.of("GET /admin/incidents", "wrong method", "admin", "DELETE", "/admin/incidents")
                .expect(405));
        BadInput unlock = BadInput.of("POST /admin/accounts/unlock", "", "admin", "POST", "/admin/accounts/unlock");
        cases.add(named(unlock, "no username").expect(400));
        cases.add(named(unlock, "username with NUL").param("username", NUL));
        cases.add(named(unlock, "username too long").param("username", JsonMutations.TOO_LONG));
        cases.add(named(unlock, "username not locked").param("username", "{x}").expect(404));
    }

    private void tokenForms() {
        cases.add(BadInput.of("GET /profile", "wrong method", "zzb", "DELETE", "/profile")
                .expect(405));
        BadInput create = BadInput.of("POST /profile/tokens", "", "zzb", "POST", "/profile/tokens");
        cases.add(named(create, "no name").param("days", "30"));
        for (String bad : List.of("", "  ", NUL, "名".repeat(51), JsonMutations.TOO_LONG)) {
            cases.add(named(create, "name " + ApiBadInputs.abbreviate(bad)).param("name", bad));
        }
        for (String bad : List.of("0", "366", "-1", "x", "1.5", "99999999999999999999", NUL)) {
            cases.add(named(create, "days " + ApiBadInputs.abbreviate(bad))
                    .param("name", "脚本")
                    .param("days", bad)
                    .expect(200));
        }
        BadInput revoke = BadInput.of("POST /profile/tokens/{id}/revoke", "", "zzb", "POST", "");
        for (String id : List.of("abc", "99999999999999999999", "-1", "0", "{x}", "1.5", "999999")) {
            cases.add(BadInput.of(revoke.endpoint(), "id " + id, "zzb", "POST", path("/profile/tokens/{}/revoke", id)));
        }
        cases.add(BadInput.of(
                        revoke.endpoint(), "another's token", "xjb", "POST", "/profile/tokens/" + f.token() + "/revoke")
                .expect(404));
    }

    private void queries() {
        BadInput archive = BadInput.of("GET /archive", "", "zzb", "GET", "/archive");
        cases.add(named(archive, "year abc").param("year", "abc").expect(400));
        cases.add(named(archive, "number huge")
                .param("number", "99999999999999999999")
                .expect(400));
        cases.add(named(archive, "text with NUL").param("q", NUL));
        cases.add(named(archive, "text too long").param("q", JsonMutations.TOO_LONG));
        BadInput plans = BadInput.of("GET /plans", "", "zzb", "GET", "/plans");
        for (String bad : List.of("abc", "{x}", "2026-13", NUL)) {
            cases.add(named(plans, "period " + bad).param("period", bad));
        }
        BadInput outbox = BadInput.of("GET /outbox", "", OFFICE, "GET", "/outbox");
        cases.add(named(outbox, "status nonsense").param("status", "LOST").expect(400));
        cases.add(named(outbox, "kind nonsense").param("kind", "<b>").expect(400));
        cases.add(named(outbox, "date abc").param("from", "abc").expect(400));
        cases.add(named(outbox, "dates reversed")
                .param("from", "2026-12-01")
                .param("to", "2026-11-01")
                .expect(400));
        cases.add(
                named(outbox, "page huge").param("page", "99999999999999999999").expect(400));
        cases.add(named(outbox, "page -5").param("page", "-5").expect(400));
        cases.add(named(outbox, "recipient with NUL").param("recipient", NUL));
        cases.add(named(outbox, "recipient too long").param("recipient", JsonMutations.TOO_LONG));
        BadInput download = BadInput.of("GET /summaries/download", "", OFFICE, "GET", "/summaries/download");
        for (String[] range : new String[][] {
            {"x", "2026-06"}, {"2026-13", "2027-01"}, {"2026-06", "2026-01"}, {"2020-01", "2026-01"}, {NUL, "2026-01"}
        }) {
            cases.add(named(download, "range " + range[0] + ".." + range[1])
                    .param("from", range[0])
                    .param("to", range[1])
                    .expect(400));
        }
    }

    private void odd(String endpoint, String user, String method, String template) {
        ApiBadInputs.ODD_VALUES.forEach(v -> cases.add(
                BadInput.of(endpoint, "path " + ApiBadInputs.abbreviate(v), user, method, path(template, v))));
        ApiBadInputs.RAW_VALUES.forEach(
                v -> cases.add(BadInput.of(endpoint, "raw path " + v, user, method, template.replaceFirst("\\{}", v))));
    }

    private static BadInput named(BadInput t, String label) {
        return JsonMutations.named(t, label);
    }
}

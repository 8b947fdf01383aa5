package org.reportcycle.system;

import static org.reportcycle.system.BadInput.path;
import static org.reportcycle.system.JsonMutations.NODES;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.reportcycle.integration.CycleWalk;

/** The corpus's requests to the API, built on the fixture's states, each sent by someone allowed to send it. */
final class ApiBadInputs {

    /** Path values no period, bulletin key, department or year can be; each is percent-encoded on the way. */
    static final List<String> ODD_VALUES = List.of(
            "{x}",
            "..",
            "2026-13",
            "0000-01",
            "special-abc",
            "special-99999999999999999999",
            "2026-11".repeat(200),
            " ",
            "日本",
            "-1",
            "2026-1\u0007");
    /** Raw, already-encoded path values the firewall or the container refuse. */
    static final List<String> RAW_VALUES = List.of("%00", "a%2Fb", "a%5Cb", "%2e%2e", "a;b=c");

    private static final String OFFICE = CycleWalk.OFFICE;

    private final CorpusFixture f;
    private final JsonMutations m = new JsonMutations();
    private final List<BadInput> cases = new ArrayList<>();

    ApiBadInputs(CorpusFixture fixture) {
        this.f = fixture;
    }

    List<BadInput> all() {
        reports();
        bulletins();
        cycles();
        specialIssuesAndCalendar();
        plans();
        tokens();
        readsAndRoutes();
        return cases;
    }

    private void reports() {
        String base = "/api/reports/{period}/{department}";
        for (String action : List.of("", "/submit")) {
            BadInput t = BadInput.of(
                    (action.isEmpty() ? "PUT " : "POST ") + base + action,
                    "",
                    "zzb",
                    action.isEmpty() ? "PUT" : "POST",
                    path("/api/reports/{}/ZZB" + action, f.period()));
            JsonNode draft = f.reportDraft();
            bodies(
                    t,
                    draft,
                    List.of("completions[0].title", "completions[0].body", "plans[0].title"),
                    List.of("version"),
                    List.of("completions", "planStatuses", "plans", "plans[0].departments"));
            cases.add(m.value(t, draft, "plans[0].deadline", NODES.textNode("2026-13"))
                    .naming("plans[0].deadline"));
            cases.add(m.value(t, draft, "plans[0].responsibleLeader", NODES.textNode("nobody"))
                    .naming("plans[0].responsibleLeader"));
            cases.add(
                    m.value(t, draft, "plans[0].departments", NODES.arrayNode().add("NOPE"))
                            .naming("plans[0].departments"));
            cases.add(m.value(
                            t,
                            draft,
                            "planStatuses",
                            NODES.arrayNode()
                                    .add(NODES.objectNode()
                                            .put("planItemId", "abc")
                                            .put("progress", "DONE")))
                    .naming("planStatuses[0].planItemId"));
            cases.add(m.value(
                            t,
                            draft,
                            "planStatuses",
                            NODES.arrayNode()
                                    .add(NODES.objectNode().put("planItemId", 1).put("progress", "MAYBE")))
                    .naming("planStatuses[0].progress"));
            cases.add(m.value(t, draft, "version", NODES.numberNode(-1)).expect(409));
            cases.add(m.value(t, draft, "version", NODES.numberNode(f.reportVersion() + 5))
                    .expect(409));
            oddPaths(t, "/api/reports/{}/ZZB" + action, draft);
            cases.add(BadInput.of(
                            t.endpoint(),
                            "unknown department",
                            "zzb",
                            t.method().name(),
                            path("/api/reports/{}/{}" + action, f.period(), "{x}"))
                    .json(draft.toString()));
        }
        BadInput withdraw = BadInput.of(
                "POST " + base + "/withdraw", "", "xjb", "POST", path("/api/reports/{}/XJB/withdraw", f.period()));
        ObjectNode seen = NODES.objectNode().put("version", f.submittedVersion());
        bodies(withdraw, seen, List.of(), List.of("version"), List.of());
        cases.add(m.value(withdraw, seen, "version", NODES.numberNode(-1)).expect(409));
        cases.add(m.value(withdraw, seen, "version", NODES.numberNode(f.submittedVersion() + 5))
                .expect(409));
        oddPaths(withdraw, "/api/reports/{}/XJB/withdraw", seen);
        for (String action : List.of("/accept", "/return")) {
            BadInput t = BadInput.of(
                    "POST " + base + action, "", OFFICE, "POST", path("/api/reports/{}/XJB" + action, f.period()));
            ObjectNode review =
                    NODES.objectNode().put("version", f.submittedVersion()).put("comment", "请补充。");
            bodies(t, review, action.equals("/return") ? List.of("comment") : List.of(), List.of("version"), List.of());
            cases.add(m.value(t, review, "version", NODES.numberNode(-1)).expect(409));
            cases.add(m.value(t, review, "version", NODES.numberNode(f.submittedVersion() + 5))
                    .expect(409));
            oddPaths(t, "/api/reports/{}/XJB" + action, review);
        }
    }

    private void bulletins() {
        BadInput edit = BadInput.of(
                "PUT /api/bulletins/{period}", "", OFFICE, "PUT", path("/api/bulletins/{}", f.bulletinPeriod()));
        JsonNode e = f.bulletinEdit();
        bodies(
                edit,
                e,
                List.of(
                        "title",
                        "intro",
                        "planTitle",
                        "bulletinName",
                        "organizationName",
                        "editor",
                        "phone",
                        "items[0].title",
                        "items[0].body"),
                List.of("version", "issueNumber"),
                List.of("items", "reportTo", "distributeTo"));
        cases.add(m.value(edit, e, "issueDate", NODES.textNode("2026-13-45")).naming("issueDate"));
        cases.add(m.value(edit, e, "issueDate", NODES.numberNode(7)).naming("issueDate"));
        cases.add(m.value(edit, e, "numbering", NODES.textNode("ROMAN")).naming("numbering"));
        cases.add(m.value(edit, e, "items[0].id", NODES.textNode("abc")).naming("items[0].id"));
        cases.add(m.value(edit, e, "items[0].excluded", NODES.textNode("maybe")).naming("items[0].excluded"));
        cases.add(m.value(edit, e, "items[0].section", NODES.textNode("OTHER")).naming("items[0].section"));
        cases.add(m.value(
                        edit,
                        e,
                        "reportTo",
                        NODES.arrayNode()
                                .add(NODES.objectNode().put("name", "甲").put("email", "not an address")))
                .expect(400));
        cases.add(m.value(edit, e, "issueNumber", NODES.numberNode(0)).naming("issueNumber"));
        cases.add(m.value(edit, e, "version", NODES.numberNode(-1)).expect(409));
        cases.add(m.value(edit, e, "version", NODES.numberNode(f.bulletinVersion() + 5))
                .expect(409));
        oddPaths(edit, "/api/bulletins/{}", e);
        decisions("send-to-sign-off", OFFICE, f.bulletinPeriod(), f.bulletinVersion());
        decisions("approve", f.signer(), f.signOffPeriod(), f.signOffVersion());
        decisions("return", f.signer(), f.signOffPeriod(), f.signOffVersion());
        BadInput resend = BadInput.of(
                "POST /api/bulletins/{period}/distribution/resend",
                "",
                OFFICE,
                "POST",
                path("/api/bulletins/{}/distribution/resend", f.bulletinPeriod()));
        cases.add(named(resend, "a draft, nothing failed").expect(409));
        cases.add(named(resend, "a draft, in English").english().expect(409));
        oddPaths(resend, "/api/bulletins/{}/distribution/resend", null);
    }

    private void decisions(String action, String user, String period, int version) {
        BadInput t = BadInput.of(
                "POST /api/bulletins/{period}/" + action,
                "",
                user,
                "POST",
                path("/api/bulletins/{}/" + action, period));
        ObjectNode d = NODES.objectNode().put("version", version).put("comment", "请修改。");
        bodies(t, d, action.equals("return") ? List.of("comment") : List.of(), List.of("version"), List.of());
        cases.add(m.value(t, d, "version", NODES.numberNode(-1)).expect(409));
        cases.add(m.value(t, d, "version", NODES.numberNode(version + 5)).expect(409));
        oddPaths(t, "/api/bulletins/{}/" + action, d);
    }

    private void cycles() {
        BadInput open = BadInput.of("POST /api/cycles", "", OFFICE, "POST", "/api/cycles");
        JsonNode o = NODES.objectNode().put("period", "1999-01");
        m.garbled(open, o).forEach(cases::add);
        for (String bad : List.of(
                "{x}",
                "..",
                "2026-13",
                "0000-01",
                "special-1",
                "前\u0000后",
                "2026-1\u0007",
                JsonMutations.TOO_LONG,
                "")) {
            cases.add(m.value(open, o, "period", NODES.textNode(bad)).naming("period"));
        }
        cases.add(m.value(open, o, "period", NODES.objectNode()).naming("period"));
        cases.add(m.value(open, o, "period", NODES.nullNode()).naming("period"));
        BadInput close = BadInput.of(
                "POST /api/cycles/{period}/close-collection",
                "",
                OFFICE,
                "POST",
                path("/api/cycles/{}/close-collection", f.period()));
        oddPaths(close, "/api/cycles/{}/close-collection", null);
        BadInput cancel = BadInput.of(
                "POST /api/cycles/{period}/cancel", "", OFFICE, "POST", path("/api/cycles/{}/cancel", f.period()));
        oddPaths(cancel, "/api/cycles/{}/cancel", null);
        BadInput urge = BadInput.of(
                "POST /api/cycles/{period}/urge", "", OFFICE, "POST", path("/api/cycles/{}/urge", f.period()));
        ObjectNode u = NODES.objectNode().put("message", "请尽快报送。");
        u.putArray("departments").add("ZZB");
        // Without a body the office reminds every pending department: that is no bad input.
        m.garbled(urge, u).stream()
                .filter(c -> !c.label().endsWith("empty body") && !c.label().equals("blank body"))
                .forEach(cases::add);
        m.list(urge, u, "departments").forEach(cases::add);
        cases.add(m.value(urge, u, "departments", NODES.arrayNode().add("NOPE")).expect(404));
        m.text(urge, u, "message").forEach(cases::add);
        oddPaths(urge, "/api/cycles/{}/urge", u);
    }

    private void specialIssuesAndCalendar() {
        BadInput create = BadInput.of("POST /api/special-issues", "", OFFICE, "POST", "/api/special-issues");
        ObjectNode s = NODES.objectNode().put("title", "专刊标题").put("intro", "导语。");
        s.putArray("items").addObject().put("title", "标题。").put("body", "正文。");
        bodies(create, s, List.of("title", "intro", "items[0].title", "items[0].body"), List.of(), List.of("items"));
        BadInput calendar = BadInput.of("PUT /api/calendar/{year}", "", "admin", "PUT", "/api/calendar/2031");
        var days = NODES.arrayNode();
        days.addObject().put("date", "2031-10-01").put("working", false).put("name", "国庆节");
        m.garbled(calendar, days).forEach(cases::add);
        cases.add(m.value(calendar, days, "[0]", NODES.nullNode()).naming("[0]"));
        cases.add(
                m.value(calendar, days, "[0].working", NODES.textNode("maybe")).naming("[0].working"));
        cases.add(m.value(calendar, days, "[0].date", NODES.textNode("2031-13-01"))
                .expect(400));
        cases.add(m.value(calendar, days, "[0].date", NODES.textNode("2030-10-01"))
                .expect(400));
        cases.add(
                m.value(calendar, days, "[0].name", NODES.textNode("国\u0000庆")).expect(400));
        cases.add(m.value(calendar, days, "[0].name", NODES.textNode(JsonMutations.TOO_LONG))
                .expect(400));
        cases.add(m.value(calendar, days, "[0].date", NODES.objectNode()).naming("[0].date"));
        oddPaths(calendar, "/api/calendar/{}", days);
    }

    private void plans() {
        BadInput ext = BadInput.of(
                "POST /api/plan-items/{id}/extensions", "", "zzb", "POST", "/api/plan-items/999999/extensions");
        ObjectNode x = NODES.objectNode().put("reason", "场地调整。").put("newDeadline", "2027-01");
        int from = cases.size();
        bodies(ext, x, List.of("reason"), List.of(), List.of());
        // No such plan item: a refusal, whether or not the body was read first.
        for (int i = from; i < cases.size(); i++) {
            cases.set(i, cases.get(i).anyRefusal());
        }
        ids(ext, "/api/plan-items/{}/extensions", x);
        ids(BadInput.of("POST /api/plan-items/{id}/close", "", OFFICE, "POST", ""), "/api/plan-items/{}/close", null);
        ids(BadInput.of("POST /api/outbox/{id}/resend", "", OFFICE, "POST", ""), "/api/outbox/{}/resend", null);
        // The engine's ids are strings: whatever names no job or incident is a 404.
        ids(BadInput.of("POST /api/incidents/{id}/retry", "", "admin", "POST", ""), "/api/incidents/{}/retry", null);
        for (String decision : List.of("approve", "refuse")) {
            BadInput t = BadInput.of(
                    "POST /api/extensions/{id}/" + decision,
                    "",
                    "wang.jianguo",
                    "POST",
                    "/api/extensions/999999/" + decision);
            ObjectNode c = NODES.objectNode().put("comment", "同意。");
            m.garbled(t, c).forEach(b -> cases.add(b.anyRefusal()));
            cases.add(m.value(t, c, "comment", NODES.objectNode()).naming("comment"));
            ids(t, "/api/extensions/{}/" + decision, c);
        }
        BadInput list = BadInput.of("GET /api/plan-items", "", "zzb", "GET", "/api/plan-items");
        cases.add(named(list, "no period").naming("period"));
        for (String bad : List.of("{x}", "2026-13", "abc", "前\u0000后")) {
            cases.add(named(list, "period " + bad).param("period", bad).naming("period"));
        }
    }

    /** A token's name and days, and ids that name no token of the caller's. */
    private void tokens() {
        BadInput create = BadInput.of("POST /api/tokens", "", "zzb", "POST", "/api/tokens");
        ObjectNode t = NODES.objectNode().put("name", "脚本").put("days", 30);
        bodies(create, t, List.of("name"), List.of(), List.of());
        for (String bad : List.of("", "   ", "名".repeat(51))) {
            cases.add(m.value(create, t, "name", NODES.textNode(bad)).naming("name"));
        }
        cases.add(m.value(create, t, "name", NODES.numberNode(5)).naming("name"));
        cases.add(m.value(create, t, "name", NODES.arrayNode().add("脚本")).naming("name"));
        cases.add(m.value(create, t, "name", NODES.nullNode()).naming("name"));
        cases.add(m.value(create, t, "name", NODES.booleanNode(true))
                .naming("name")
                .english());
        for (JsonNode bad : List.<JsonNode>of(
                NODES.numberNode(0),
                NODES.numberNode(366),
                NODES.numberNode(-1),
                NODES.textNode("x"),
                NODES.textNode("30"),
                NODES.numberNode(1.5),
                NODES.numberNode(new java.math.BigInteger("99999999999999999999")),
                NODES.arrayNode(),
                NODES.objectNode())) {
            cases.add(m.value(create, t, "days", bad).naming("days"));
        }
        cases.add(
                m.value(create, t, "days", NODES.numberNode(366)).naming("days").english());
        ids(BadInput.of("DELETE /api/tokens/{id}", "", "zzb", "DELETE", ""), "/api/tokens/{}", null);
        cases.add(BadInput.of("DELETE /api/tokens/{id}", "another's token", "xjb", "DELETE", "/api/tokens/" + f.token())
                .expect(404));
    }

    /** The garbled bodies and each listed field's bad values. */
    private void bodies(BadInput t, JsonNode valid, List<String> texts, List<String> ints, List<String> lists) {
        cases.addAll(m.garbled(t, valid));
        texts.forEach(field -> cases.addAll(m.text(t, valid, field)));
        ints.forEach(field -> cases.addAll(m.integer(t, valid, field)));
        lists.forEach(field -> cases.addAll(m.list(t, valid, field)));
    }

    /** The endpoint at each odd value of its first path variable, with an otherwise valid body. */
    private void oddPaths(BadInput t, String template, JsonNode body) {
        ODD_VALUES.forEach(v -> cases.add(withBody(
                BadInput.of(
                        t.endpoint(),
                        "path " + abbreviate(v),
                        t.user(),
                        t.method().name(),
                        path(template, v)),
                body)));
        RAW_VALUES.forEach(v -> cases.add(withBody(
                BadInput.of(
                        t.endpoint(), "raw path " + v, t.user(), t.method().name(), template.replaceFirst("\\{}", v)),
                body)));
    }

    private void ids(BadInput t, String template, JsonNode body) {
        for (String id : List.of("abc", "99999999999999999999", "-1", "0", "{x}", "1.5", "999999")) {
            cases.add(withBody(
                    BadInput.of(t.endpoint(), "id " + id, t.user(), t.method().name(), path(template, id)), body));
        }
    }

    private void readsAndRoutes() {
        new ApiReadInputs(f, cases).add();
    }

    private static BadInput withBody(BadInput c, JsonNode body) {
        return body == null ? c : c.json(body.toString());
    }

    static BadInput named(BadInput t, String label) {
        return JsonMutations.named(t, label);
    }

    static String abbreviate(String s) {
        return s.length() > 24 ? s.substring(0, 24) + "…" : s;
    }
}

package org.reportcycle.system;

import static org.reportcycle.system.AuthorizationChecks.detail;
import static org.reportcycle.system.AuthorizationChecks.equal;
import static org.reportcycle.system.AuthorizationChecks.fields;
import static org.reportcycle.system.AuthorizationChecks.has;
import static org.reportcycle.system.AuthorizationChecks.hides;
import static org.reportcycle.system.AuthorizationChecks.ids;
import static org.reportcycle.system.AuthorizationChecks.lacks;
import static org.reportcycle.system.AuthorizationChecks.noField;
import static org.reportcycle.system.AuthorizationChecks.shows;
import static org.reportcycle.system.AuthorizationRow.Identity.ADMIN;
import static org.reportcycle.system.AuthorizationRow.Identity.HEAD;
import static org.reportcycle.system.AuthorizationRow.Identity.HEADS;
import static org.reportcycle.system.AuthorizationRow.Identity.LEADER;
import static org.reportcycle.system.AuthorizationRow.Identity.OFFICE;
import static org.reportcycle.system.AuthorizationRow.Identity.OTHER_HEAD;
import static org.reportcycle.system.AuthorizationRow.Identity.OVERSEERS;
import static org.reportcycle.system.AuthorizationRow.Identity.SIGNER;
import static org.reportcycle.system.AuthorizationRow.api;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.reportcycle.support.MonthText;

/**
 * The API's rows of the authorization matrix (the bulletins' in {@link BulletinAuthorizationRows}): one line per
 * endpoint and state, naming what each identity gets.
 * Refused writes (a stale version, a finished state) stand in for writes, so no cell changes another's state.
 */
final class ApiAuthorizationRows {

    private static final String STALE = "{\"version\":999,\"comment\":\"意见\"}";
    private static final long UNKNOWN = 999_999_999L;

    private ApiAuthorizationRows() {}

    static List<AuthorizationRow> of(AuthorizationFixture f, Supplier<String> freshPeriod) {
        String c = f.collecting;
        String n = f.neverOpened;
        String report = "{\"version\":999,\"completions\":[],\"planStatuses\":[],\"plans\":[]}";
        String extension = "{\"reason\":\"理由。\",\"newDeadline\":\"2027-08\"}";
        String longComment = "{\"comment\":\"" + "长".repeat(1001) + "\"}";
        String unknownItem = "没有找到计划事项 %d（或它尚未随简报发布而开始跟踪）。";
        List<AuthorizationRow> rows = new ArrayList<>(BulletinAuthorizationRows.of(f));
        rows.addAll(List.of(
                api("GET /api/me", "signed in", () -> get("/api/me"), (String) null)
                        .all(
                                200,
                                (who, body) -> equal("/username", who.username).verify(who, body),
                                noField("passwordHash")),
                api("GET /api/tasks", "signed in", () -> get("/api/tasks"), (String) null)
                        .all(200, noField("taskId")),
                api("GET /api/cycles", "cycles open", () -> get("/api/cycles"), (String) null)
                        .as(HEADS, 200, noField("openedBy"), shows(c))
                        .as(OVERSEERS, 200, has("/0/period"), shows("openedBy")),
                api("POST /api/cycles", "period open", () -> post("/api/cycles"), "{\"period\":\"" + c + "\"}")
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/cycles",
                                "fresh period",
                                () -> post("/api/cycles"),
                                who -> "{\"period\":\"" + (who == OFFICE ? freshPeriod.get() : n) + "\"}")
                        .as(OFFICE, 201, equal("/status", "COLLECTING"), shows("openedBy"))
                        .others(403),
                api("GET /api/cycles/{period}", "collecting", () -> get("/api/cycles/{p}", c), (String) null)
                        .as(
                                OVERSEERS,
                                200,
                                equal("/cycle/status", "COLLECTING"),
                                has("/departments/0/departmentCode"),
                                lacks("/cycle/id"))
                        .as(HEADS, 403),
                api("GET /api/cycles/{period}", "never opened", () -> get("/api/cycles/{p}", n), (String) null)
                        .as(OVERSEERS, 404)
                        .as(HEADS, 403),
                api(
                                "POST /api/cycles/{period}/close-collection",
                                "report awaiting review",
                                () -> post("/api/cycles/{p}/close-collection", c),
                                "{}")
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/cycles/{period}/close-collection",
                                "published",
                                () -> post("/api/cycles/{p}/close-collection", f.published),
                                "{}")
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/cycles/{period}/close-collection",
                                "never opened",
                                () -> post("/api/cycles/{p}/close-collection", n),
                                "{}")
                        .as(OFFICE, 404)
                        .others(403),
                api(
                                "POST /api/cycles/{period}/cancel",
                                "reports worked on",
                                () -> post("/api/cycles/{p}/cancel", c),
                                "{}")
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/cycles/{period}/cancel",
                                "published",
                                () -> post("/api/cycles/{p}/cancel", f.published),
                                "{}")
                        .as(OFFICE, 409)
                        .others(403),
                api("POST /api/cycles/{period}/cancel", "never opened", () -> post("/api/cycles/{p}/cancel", n), "{}")
                        .as(OFFICE, 404)
                        .others(403),
                api(
                                "POST /api/cycles/{period}/urge",
                                "department submitted",
                                () -> post("/api/cycles/{p}/urge", c),
                                "{\"departments\":[\"ZZB\"]}")
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/cycles/{period}/urge",
                                "never opened",
                                () -> post("/api/cycles/{p}/urge", n),
                                "{\"departments\":[\"ZZB\"]}")
                        .as(OFFICE, 404)
                        .others(403),
                api(
                                "GET /api/reports/{period}/{department}",
                                "ZZB's, submitted",
                                () -> get("/api/reports/{p}/ZZB", c),
                                (String) null)
                        .as(
                                HEAD,
                                200,
                                shows(f.zzbCollectingText),
                                equal("/submission/status", "SUBMITTED"),
                                lacks("/submission/id"),
                                lacks("/plans/0/submissionId"))
                        .as(OTHER_HEAD, 404, detail("没有找到部室「ZZB」" + MonthText.of(c) + "的报送。"))
                        .as(OVERSEERS, 200, shows(f.zzbCollectingText)),
                api(
                                "GET /api/reports/{period}/{department}",
                                "XJB's, a draft",
                                () -> get("/api/reports/{p}/XJB", c),
                                (String) null)
                        .as(HEAD, 404, detail("没有找到部室「XJB」" + MonthText.of(c) + "的报送。"))
                        .as(OTHER_HEAD, 200, shows(f.xjbCollectingText), equal("/submission/status", "DRAFT"))
                        .as(OVERSEERS, 200, shows(f.xjbCollectingText)),
                api(
                                "GET /api/reports/{period}/{department}",
                                "period never opened",
                                () -> get("/api/reports/{p}/ZZB", n),
                                (String) null)
                        .all(404, detail("没有找到部室「ZZB」" + MonthText.of(n) + "的报送。")),
                api(
                                "GET /api/reports/{period}/{department}",
                                "no such department",
                                () -> get("/api/reports/{p}/NOSUCH", c),
                                (String) null)
                        .all(404, detail("没有找到部室「NOSUCH」" + MonthText.of(c) + "的报送。")),
                api(
                                "PUT /api/reports/{period}/{department}",
                                "ZZB's, submitted",
                                () -> put("/api/reports/{p}/ZZB", c),
                                report)
                        .as(HEAD, 409)
                        .as(OTHER_HEAD, 404, hides("SUBMITTED"))
                        .as(OVERSEERS, 403),
                api(
                                "PUT /api/reports/{period}/{department}",
                                "XJB's, a draft",
                                () -> put("/api/reports/{p}/XJB", c),
                                report)
                        .as(HEAD, 404, hides("DRAFT"))
                        .as(OTHER_HEAD, 409)
                        .as(OVERSEERS, 403),
                api(
                                "POST /api/reports/{period}/{department}/submit",
                                "ZZB's, submitted",
                                () -> post("/api/reports/{p}/ZZB/submit", c),
                                report)
                        .as(HEAD, 409)
                        .as(OTHER_HEAD, 404, hides("SUBMITTED"))
                        .as(OVERSEERS, 403),
                api(
                                "POST /api/reports/{period}/{department}/submit",
                                "XJB's, a draft",
                                () -> post("/api/reports/{p}/XJB/submit", c),
                                report)
                        .as(HEAD, 404, hides("DRAFT"))
                        .as(OTHER_HEAD, 409)
                        .as(OVERSEERS, 403),
                api(
                                "POST /api/reports/{period}/{department}/withdraw",
                                "ZZB's, submitted, stale version",
                                () -> post("/api/reports/{p}/ZZB/withdraw", c),
                                STALE)
                        .as(HEAD, 409)
                        .as(OTHER_HEAD, 404, hides("SUBMITTED"))
                        .as(OVERSEERS, 403),
                api(
                                "POST /api/reports/{period}/{department}/withdraw",
                                "period never opened",
                                () -> post("/api/reports/{p}/ZZB/withdraw", n),
                                STALE)
                        .all(404),
                api(
                                "POST /api/reports/{period}/{department}/accept",
                                "submitted, stale version",
                                () -> post("/api/reports/{p}/ZZB/accept", c),
                                STALE)
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/reports/{period}/{department}/accept",
                                "period never opened",
                                () -> post("/api/reports/{p}/ZZB/accept", n),
                                STALE)
                        .as(OFFICE, 404)
                        .others(403),
                api(
                                "POST /api/reports/{period}/{department}/return",
                                "submitted, stale version",
                                () -> post("/api/reports/{p}/ZZB/return", c),
                                STALE)
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/reports/{period}/{department}/return",
                                "period never opened",
                                () -> post("/api/reports/{p}/ZZB/return", n),
                                STALE)
                        .as(OFFICE, 404)
                        .others(403),
                api("GET /api/special-issues", "any", () -> get("/api/special-issues"), (String) null)
                        .as(OVERSEERS, 200, noField("id"))
                        .as(HEADS, 403),
                api("POST /api/special-issues", "no title", () -> post("/api/special-issues"), "{\"title\":\"\"}")
                        .as(OFFICE, 400)
                        .others(403),
                api(
                                "GET /api/summaries/{from}/{to}.docx",
                                "published month",
                                () -> get("/api/summaries/{f}/{t}.docx", f.published, f.published)
                                        .accept("*/*"),
                                (String) null)
                        .as(OFFICE, 200)
                        .others(403),
                api("GET /api/outbox", "mail written", () -> get("/api/outbox"), (String) null)
                        .as(
                                List.of(OFFICE, ADMIN),
                                200,
                                has("/messages/0/recipientEmail"),
                                noField("htmlBody"),
                                noField("attachmentId"))
                        .others(403),
                api(
                                "POST /api/outbox/{id}/resend",
                                "waiting",
                                () -> post("/api/outbox/{id}/resend", f.waitingEmail),
                                (String) null)
                        .as(OFFICE, 409, detail("邮件 " + f.waitingEmail + " 正在等待发送，无需重新发送。"))
                        .others(403),
                api(
                                "POST /api/outbox/{id}/resend",
                                "no such email",
                                () -> post("/api/outbox/{id}/resend", UNKNOWN),
                                (String) null)
                        .as(OFFICE, 404)
                        .others(403),
                api("GET /api/accounts/locked", "none locked", () -> get("/api/accounts/locked"), (String) null)
                        .as(ADMIN, 200)
                        .others(403),
                api(
                                "POST /api/accounts/{username}/unlock",
                                "not locked",
                                () -> post("/api/accounts/{u}/unlock", "zzb"),
                                (String) null)
                        .as(ADMIN, 404)
                        .others(403),
                api("GET /api/incidents", "none failed", () -> get("/api/incidents"), (String) null)
                        .as(List.of(OFFICE, ADMIN), 200)
                        .others(403),
                api(
                                "POST /api/incidents/{id}/retry",
                                "no such job",
                                () -> post("/api/incidents/{id}/retry", UNKNOWN),
                                (String) null)
                        .as(ADMIN, 404)
                        .others(403),
                api("GET /api/calendar/{year}", "2026", () -> get("/api/calendar/2026"), (String) null)
                        .all(200, equal("/year", 2026), fields("/days/0", "date", "working", "name")),
                api(
                                "PUT /api/calendar/{year}",
                                "a day of another year",
                                () -> put("/api/calendar/2026"),
                                "[{\"date\":\"2025-10-01\",\"working\":false,\"name\":\"国庆节\"}]")
                        .as(ADMIN, 400)
                        .others(403),
                api(
                                "GET /api/plan-items",
                                "ZZB's open, XJB's closed",
                                () -> get("/api/plan-items").param("period", f.planMonth),
                                (String) null)
                        .as(OVERSEERS, 200, ids(f.zzbPlanItem, f.xjbPlanItem))
                        .as(HEAD, 200, ids(f.zzbPlanItem))
                        .as(OTHER_HEAD, 200, ids(f.xjbPlanItem)),
                api(
                                "POST /api/plan-items/{id}/close",
                                "closed already",
                                () -> post("/api/plan-items/{id}/close", f.xjbPlanItem),
                                (String) null)
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/plan-items/{id}/close",
                                "no such item",
                                () -> post("/api/plan-items/{id}/close", UNKNOWN),
                                (String) null)
                        .as(OFFICE, 404)
                        .others(403),
                api(
                                "POST /api/plan-items/{id}/extensions",
                                "ZZB's, one pending",
                                () -> post("/api/plan-items/{id}/extensions", f.zzbPlanItem),
                                extension)
                        .as(HEAD, 409)
                        .as(OTHER_HEAD, 404, detail(unknownItem.formatted(f.zzbPlanItem)))
                        .as(OVERSEERS, 403),
                api(
                                "POST /api/plan-items/{id}/extensions",
                                "XJB's, closed",
                                () -> post("/api/plan-items/{id}/extensions", f.xjbPlanItem),
                                extension)
                        .as(HEAD, 404, detail(unknownItem.formatted(f.xjbPlanItem)), hides(f.xjbPlanTitle))
                        .as(OTHER_HEAD, 409)
                        .as(OVERSEERS, 403),
                api(
                                "POST /api/plan-items/{id}/extensions",
                                "no such item",
                                () -> post("/api/plan-items/{id}/extensions", UNKNOWN),
                                extension)
                        .as(HEADS, 404, detail(unknownItem.formatted(UNKNOWN)))
                        .as(OVERSEERS, 403),
                api(
                                "POST /api/extensions/{id}/approve",
                                "pending, comment too long",
                                () -> post("/api/extensions/{id}/approve", f.extension),
                                longComment)
                        .as(LEADER, 400)
                        .others(403),
                api(
                                "POST /api/extensions/{id}/approve",
                                "no such request",
                                () -> post("/api/extensions/{id}/approve", UNKNOWN),
                                (String) null)
                        .as(List.of(LEADER, SIGNER), 404)
                        .others(403),
                api(
                                "POST /api/extensions/{id}/refuse",
                                "pending, comment too long",
                                () -> post("/api/extensions/{id}/refuse", f.extension),
                                longComment)
                        .as(LEADER, 400)
                        .others(403),
                api(
                                "POST /api/extensions/{id}/refuse",
                                "no such request",
                                () -> post("/api/extensions/{id}/refuse", UNKNOWN),
                                (String) null)
                        .as(List.of(LEADER, SIGNER), 404)
                        .others(403),
                api("GET /api/tokens", "ZZB's head has tokens", () -> get("/api/tokens"), (String) null)
                        .as(HEAD, 200, shows(f.tokenName), noField("token"), noField("tokenHash"), noField("hash"))
                        .others(200, hides(f.tokenName)),
                api(
                                "POST /api/tokens",
                                "name too long",
                                () -> post("/api/tokens"),
                                "{\"name\":\"" + "长".repeat(51) + "\"}")
                        .all(400),
                api("POST /api/tokens", "a name and days", () -> post("/api/tokens"), "{\"name\":\"矩阵\",\"days\":7}")
                        .all(201, has("/token"), equal("/name", "矩阵"), noField("tokenHash")),
                api(
                                "DELETE /api/tokens/{id}",
                                "ZZB's, live",
                                () -> delete("/api/tokens/{id}", f.zzbSpareToken),
                                (String) null)
                        .as(HEAD, 204)
                        .others(404, hides(f.tokenName)),
                api(
                                "DELETE /api/tokens/{id}",
                                "ZZB's, revoked already",
                                () -> delete("/api/tokens/{id}", f.zzbRevokedToken),
                                (String) null)
                        .as(HEAD, 409, shows(f.tokenName))
                        .others(404, hides(f.tokenName)),
                api("DELETE /api/tokens/{id}", "no such token", () -> delete("/api/tokens/{id}", UNKNOWN), (String)
                                null)
                        .all(404)));
        return rows;
    }
}

package org.reportcycle.system;

import static org.reportcycle.system.AuthorizationChecks.hides;
import static org.reportcycle.system.AuthorizationChecks.shows;
import static org.reportcycle.system.AuthorizationRow.Identity.ADMIN;
import static org.reportcycle.system.AuthorizationRow.Identity.ANONYMOUS;
import static org.reportcycle.system.AuthorizationRow.Identity.HEAD;
import static org.reportcycle.system.AuthorizationRow.Identity.HEADS;
import static org.reportcycle.system.AuthorizationRow.Identity.LEADER;
import static org.reportcycle.system.AuthorizationRow.Identity.OFFICE;
import static org.reportcycle.system.AuthorizationRow.Identity.OTHER_HEAD;
import static org.reportcycle.system.AuthorizationRow.Identity.OVERSEERS;
import static org.reportcycle.system.AuthorizationRow.Identity.SIGNER;
import static org.reportcycle.system.AuthorizationRow.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;

/**
 * The pages' rows of the authorization matrix (signed in with a session and the CSRF token): one line per page and
 * state. Form posts carry a stale version or a finished state, so that none of them changes anything.
 */
final class PageAuthorizationRows {

    private static final long UNKNOWN = 999_999_999L;

    private PageAuthorizationRows() {}

    static List<AuthorizationRow> of(AuthorizationFixture f) {
        String c = f.collecting;
        String n = f.neverOpened;
        return List.of(
                page("GET /", "signed in", () -> get("/")).all(302),
                page("GET /login", "any", () -> get("/login"))
                        .as(ANONYMOUS, 200)
                        .all(200),
                page("GET /tasks", "signed in", () -> get("/tasks")).all(200),
                page("GET /cycles", "cycles open", () -> get("/cycles")).all(200, shows(c)),
                page("POST /cycles", "period open", () -> post("/cycles").param("period", c))
                        .as(OFFICE, 302)
                        .others(403),
                page("GET /cycles/{period}", "collecting", () -> get("/cycles/{p}", c))
                        .as(OVERSEERS, 200)
                        .as(HEADS, 403),
                page("GET /cycles/{period}", "never opened", () -> get("/cycles/{p}", n))
                        .as(OVERSEERS, 404)
                        .as(HEADS, 403),
                page(
                                "POST /cycles/{period}/close-collection",
                                "report awaiting review",
                                () -> post("/cycles/{p}/close-collection", c))
                        .as(OFFICE, 302)
                        .others(403),
                page("POST /cycles/{period}/cancel", "reports worked on", () -> post("/cycles/{p}/cancel", c))
                        .as(OFFICE, 302)
                        .others(403),
                page("POST /cycles/{period}/cancel", "never opened", () -> post("/cycles/{p}/cancel", n))
                        .as(OFFICE, 404)
                        .others(403),
                page(
                                "POST /cycles/{period}/urge",
                                "department submitted",
                                () -> post("/cycles/{p}/urge", c).param("departments", "ZZB"))
                        .as(OFFICE, 302)
                        .others(403),
                page("GET /reports/{period}/{department}", "ZZB's, submitted", () -> get("/reports/{p}/ZZB", c))
                        .as(HEAD, 200, shows(f.zzbCollectingText))
                        .as(OTHER_HEAD, 404)
                        .as(OVERSEERS, 200, shows(f.zzbCollectingText)),
                page("GET /reports/{period}/{department}", "period never opened", () -> get("/reports/{p}/ZZB", n))
                        .all(404),
                page(
                                "POST /reports/{period}/{department}",
                                "ZZB's, submitted",
                                () -> post("/reports/{p}/ZZB", c)
                                        .param("action", "save")
                                        .param("version", "999"))
                        .as(HEAD, 302)
                        .as(OTHER_HEAD, 404)
                        .as(OVERSEERS, 403),
                page(
                                "POST /reports/{period}/{department}/withdraw",
                                "ZZB's, submitted, stale version",
                                () -> post("/reports/{p}/ZZB/withdraw", c).param("version", "999"))
                        .as(HEAD, 302)
                        .as(OTHER_HEAD, 404)
                        .as(OVERSEERS, 403),
                page(
                                "POST /reports/{period}/{department}/accept",
                                "submitted, stale version",
                                () -> post("/reports/{p}/ZZB/accept", c).param("version", "999"))
                        .as(OFFICE, 409)
                        .others(403),
                page(
                                "POST /reports/{period}/{department}/return",
                                "submitted, stale version",
                                () -> post("/reports/{p}/ZZB/return", c)
                                        .param("version", "999")
                                        .param("comment", "意见"))
                        .as(OFFICE, 409)
                        .others(403),
                page("GET /bulletins/{period}", "draft", () -> get("/bulletins/{p}", f.draft))
                        .as(OVERSEERS, 200)
                        .as(HEADS, 404),
                page("GET /bulletins/{period}", "published", () -> get("/bulletins/{p}", f.published))
                        .all(200, shows(f.includedText), hides(f.leftOutText)),
                page("GET /bulletins/{period}", "never made", () -> get("/bulletins/{p}", n))
                        .all(404),
                page("GET /bulletins/{period}/compile", "draft", () -> get("/bulletins/{p}/compile", f.draft))
                        .as(OFFICE, 200)
                        .others(403),
                page(
                                "POST /bulletins/{period}/compile",
                                "draft, stale version",
                                () -> post("/bulletins/{p}/compile", f.draft)
                                        .param("action", "save")
                                        .param("version", "999"))
                        .as(OFFICE, 200, shows("条目与当前简报不一致"))
                        .others(403),
                page(
                                "GET /bulletins/{period}/sign-off",
                                "awaiting sign-off",
                                () -> get("/bulletins/{p}/sign-off", f.awaiting))
                        .as(OVERSEERS, 200)
                        .as(HEADS, 404),
                page("GET /bulletins/{period}/sign-off", "published", () -> get("/bulletins/{p}/sign-off", f.published))
                        .all(200, shows(f.includedText), hides(f.leftOutText)),
                page("GET /bulletins/{period}/compile", "published", () -> get("/bulletins/{p}/compile", f.published))
                        .as(OFFICE, 200, shows(f.signerComment))
                        .others(403),
                page("GET /reports/{period}/{department}", "XJB's, a draft", () -> get("/reports/{p}/XJB", c))
                        .as(HEAD, 404, hides("DRAFT"))
                        .as(OTHER_HEAD, 200, shows(f.xjbCollectingText))
                        .as(OVERSEERS, 200, shows(f.xjbCollectingText)),
                page(
                                "POST /bulletins/{period}/send-to-sign-off",
                                "draft, stale version",
                                () -> post("/bulletins/{p}/send-to-sign-off", f.draft)
                                        .param("version", "999"))
                        .as(OFFICE, 302)
                        .others(403),
                page(
                                "GET /outbox",
                                "filtered to failed",
                                () -> get("/outbox").param("status", "FAILED").param("recipient", "example"))
                        .as(List.of(OFFICE, ADMIN), 200)
                        .others(403),
                page(
                                "POST /bulletins/{period}/sign-off",
                                "awaiting, stale version",
                                () -> post("/bulletins/{p}/sign-off", f.awaiting)
                                        .param("version", "999")
                                        .param("decision", "approve"))
                        .as(SIGNER, 302)
                        .others(403),
                page("GET /summaries", "any", () -> get("/summaries"))
                        .as(OFFICE, 200)
                        .others(403),
                page(
                                "GET /summaries/download",
                                "published month",
                                () -> get("/summaries/download")
                                        .param("from", f.published)
                                        .param("to", f.published))
                        .as(OFFICE, 200)
                        .others(403),
                page("GET /outbox", "mail written", () -> get("/outbox"))
                        .as(List.of(OFFICE, ADMIN), 200)
                        .others(403),
                page("POST /outbox/{id}/resend", "waiting", () -> post("/outbox/{id}/resend", f.waitingEmail))
                        .as(OFFICE, 302)
                        .others(403),
                page("POST /outbox/{id}/resend", "no such email", () -> post("/outbox/{id}/resend", UNKNOWN))
                        .as(OFFICE, 404)
                        .others(403),
                page(
                                "POST /bulletins/{period}/distribution/resend",
                                "published, none failed",
                                () -> post("/bulletins/{p}/distribution/resend", f.published))
                        .as(OFFICE, 302)
                        .others(403),
                page(
                                "POST /bulletins/{period}/distribution/resend",
                                "never made",
                                () -> post("/bulletins/{p}/distribution/resend", n))
                        .as(OFFICE, 404)
                        .others(403),
                page("GET /profile", "ZZB's head has tokens", () -> get("/profile"))
                        .as(HEAD, 200, shows(f.tokenName))
                        .others(200, hides(f.tokenName)),
                page(
                                "POST /profile/tokens",
                                "no name",
                                () -> post("/profile/tokens").param("days", "30"))
                        .all(200, shows("此项为必填项")),
                page(
                                "POST /profile/tokens/{id}/revoke",
                                "ZZB's, revoked already",
                                () -> post("/profile/tokens/{id}/revoke", f.zzbRevokedToken))
                        .as(HEAD, 409)
                        .others(404, hides(f.tokenName)),
                page(
                                "POST /profile/tokens/{id}/revoke",
                                "no such token",
                                () -> post("/profile/tokens/{id}/revoke", UNKNOWN))
                        .all(404),
                page("GET /admin/accounts", "none locked", () -> get("/admin/accounts"))
                        .as(ADMIN, 200)
                        .others(403),
                page(
                                "POST /admin/accounts/unlock",
                                "not locked",
                                () -> post("/admin/accounts/unlock").param("username", "zzb"))
                        .as(ADMIN, 404)
                        .others(403),
                page("GET /admin/incidents", "none failed", () -> get("/admin/incidents"))
                        .as(List.of(OFFICE, ADMIN), 200)
                        .others(403),
                page(
                                "POST /admin/incidents/{id}/retry",
                                "no such job",
                                () -> post("/admin/incidents/{id}/retry", UNKNOWN))
                        .as(ADMIN, 404)
                        .others(403),
                page("GET /special-issues", "any", () -> get("/special-issues"))
                        .as(OVERSEERS, 200)
                        .as(HEADS, 403),
                page(
                                "POST /special-issues",
                                "no title",
                                () -> post("/special-issues").param("title", ""))
                        .as(OFFICE, 200)
                        .others(403),
                page("GET /archive", "published", () -> get("/archive").param("q", f.includedText))
                        .all(200, shows(f.published.substring(0, 4))),
                page(
                                "GET /plans",
                                "ZZB's open, XJB's closed",
                                () -> get("/plans").param("period", f.planMonth))
                        .as(HEAD, 200, hides(f.xjbPlanTitle))
                        .as(OTHER_HEAD, 200, shows(f.xjbPlanTitle))
                        .as(OVERSEERS, 200, shows(f.xjbPlanTitle)),
                page(
                                "POST /plans/{id}/extensions",
                                "XJB's, closed",
                                () -> post("/plans/{id}/extensions", f.xjbPlanItem)
                                        .param("reason", "理由。")
                                        .param("newDeadline", "2027-08"))
                        .as(HEAD, 404, hides(f.xjbPlanTitle))
                        .as(OTHER_HEAD, 302)
                        .as(OVERSEERS, 403),
                page("POST /plans/{id}/close", "closed already", () -> post("/plans/{id}/close", f.xjbPlanItem))
                        .as(OFFICE, 302)
                        .others(403),
                page("GET /plans/extensions/{id}", "ZZB's, pending", () -> get("/plans/extensions/{id}", f.extension))
                        .as(HEAD, 200, shows(f.extensionReason))
                        .as(OTHER_HEAD, 404, hides(f.extensionReason))
                        .as(LEADER, 200, shows(f.extensionReason), shows("name=\"decision\""))
                        .as(List.of(OFFICE, SIGNER, ADMIN), 200, shows(f.extensionReason), hides("name=\"decision\"")),
                page("GET /plans/extensions/{id}", "no such request", () -> get("/plans/extensions/{id}", UNKNOWN))
                        .all(404),
                page(
                                "POST /plans/extensions/{id}",
                                "pending, comment too long",
                                () -> post("/plans/extensions/{id}", f.extension)
                                        .param("decision", "approve")
                                        .param("comment", "长".repeat(1001)))
                        .as(LEADER, 302)
                        .others(403),
                page(
                                "POST /plans/extensions/{id}",
                                "no such request",
                                () -> post("/plans/extensions/{id}", UNKNOWN).param("decision", "approve"))
                        .as(List.of(LEADER, SIGNER), 404)
                        .others(403),
                page("GET /calendar", "any", () -> get("/calendar")).all(302),
                page("GET /calendar/{year}", "2026", () -> get("/calendar/2026"))
                        .all(200),
                page(
                                "POST /calendar/{year}",
                                "a day of another year",
                                () -> post("/calendar/2026").param("text", "2025-10-01 休 国庆节"))
                        .as(ADMIN, 200, shows("2025-10-01"))
                        .others(302));
    }
}

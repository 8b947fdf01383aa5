package org.reportcycle.system;

import static org.reportcycle.system.AuthorizationChecks.detail;
import static org.reportcycle.system.AuthorizationChecks.equal;
import static org.reportcycle.system.AuthorizationChecks.fields;
import static org.reportcycle.system.AuthorizationChecks.has;
import static org.reportcycle.system.AuthorizationChecks.hides;
import static org.reportcycle.system.AuthorizationChecks.lacks;
import static org.reportcycle.system.AuthorizationChecks.noField;
import static org.reportcycle.system.AuthorizationChecks.shows;
import static org.reportcycle.system.AuthorizationRow.Identity.HEADS;
import static org.reportcycle.system.AuthorizationRow.Identity.OFFICE;
import static org.reportcycle.system.AuthorizationRow.Identity.OVERSEERS;
import static org.reportcycle.system.AuthorizationRow.Identity.SIGNER;
import static org.reportcycle.system.AuthorizationRow.api;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.YearMonth;
import java.util.List;
import org.reportcycle.system.AuthorizationRow.Check;

/**
 * The bulletins' API rows of the authorization matrix: a draft, one awaiting sign-off, a published one and a period
 * without bulletin, read, edited and decided by each identity. The office's working view shows every item, the
 * signer's comment and the recipients' addresses; everyone else reads a published bulletin as printed.
 */
final class BulletinAuthorizationRows {

    private static final String STALE = "{\"version\":999,\"comment\":\"意见\"}";

    private BulletinAuthorizationRows() {}

    static List<AuthorizationRow> of(AuthorizationFixture f) {
        String n = f.neverOpened;
        Check office = has("/bulletin/status");
        Check noInternals = lacks("/bulletin/id");
        return List.of(
                api("GET /api/bulletins/{period}", "draft", () -> get("/api/bulletins/{p}", f.draft), (String) null)
                        .as(
                                OVERSEERS,
                                200,
                                office,
                                noInternals,
                                equal("/bulletin/status", "DRAFT"),
                                has("/items/0/id"),
                                has("/recipients/0/email"))
                        .as(HEADS, 404, detail(noBulletin(f.draft))),
                api(
                                "GET /api/bulletins/{period}",
                                "awaiting sign-off",
                                () -> get("/api/bulletins/{p}", f.awaiting),
                                (String) null)
                        .as(OVERSEERS, 200, office, equal("/bulletin/status", "AWAITING_SIGN_OFF"))
                        .as(HEADS, 404, detail(noBulletin(f.awaiting))),
                api("GET /api/bulletins/{period}", "published", () -> get("/api/bulletins/{p}", f.published), (String)
                                null)
                        .as(
                                OVERSEERS,
                                200,
                                office,
                                noInternals,
                                lacks("/bulletin/approvedHash"),
                                equal("/bulletin/signerComment", f.signerComment),
                                shows(f.leftOutText),
                                equal("/recipients/0/email", f.recipientEmails.get(0)))
                        .as(
                                HEADS,
                                200,
                                shows(f.includedText),
                                equal("/key", f.published),
                                lacks("/bulletin"),
                                lacks("/recipients"),
                                noField("id"),
                                noField("excluded"),
                                noField("version"),
                                noField("status"),
                                noField("signerComment"),
                                noField("comment"),
                                noField("approvedHash"),
                                noField("email"),
                                fields("/items/0", "number", "title", "body")),
                api("GET /api/bulletins/{period}", "never made", () -> get("/api/bulletins/{p}", n), (String) null)
                        .all(404, detail(noBulletin(n))),
                api(
                                "GET /api/bulletins/{period}/text",
                                "draft",
                                () -> get("/api/bulletins/{p}/text", f.draft).accept("*/*"),
                                (String) null)
                        .as(OVERSEERS, 200)
                        .as(HEADS, 404),
                api(
                                "GET /api/bulletins/{period}/text",
                                "awaiting sign-off",
                                () -> get("/api/bulletins/{p}/text", f.awaiting).accept("*/*"),
                                (String) null)
                        .as(OVERSEERS, 200)
                        .as(HEADS, 404),
                api(
                                "GET /api/bulletins/{period}/text",
                                "published",
                                () -> get("/api/bulletins/{p}/text", f.published)
                                        .accept("*/*"),
                                (String) null)
                        .all(200, shows(f.includedText), hides(f.leftOutText)),
                api(
                                "GET /api/bulletins/{period}/text",
                                "never made",
                                () -> get("/api/bulletins/{p}/text", n).accept("*/*"),
                                (String) null)
                        .all(404),
                api(
                                "PUT /api/bulletins/{period}",
                                "draft, stale version",
                                () -> put("/api/bulletins/{p}", f.draft),
                                f.staleDraftEdit)
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "PUT /api/bulletins/{period}",
                                "awaiting sign-off",
                                () -> put("/api/bulletins/{p}", f.awaiting),
                                f.staleAwaitingEdit)
                        .as(OFFICE, 409)
                        .others(403),
                api("PUT /api/bulletins/{period}", "never made", () -> put("/api/bulletins/{p}", n), f.staleDraftEdit)
                        .as(OFFICE, 404)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/send-to-sign-off",
                                "draft, stale version",
                                () -> post("/api/bulletins/{p}/send-to-sign-off", f.draft),
                                STALE)
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/send-to-sign-off",
                                "awaiting sign-off",
                                () -> post("/api/bulletins/{p}/send-to-sign-off", f.awaiting),
                                STALE)
                        .as(OFFICE, 409)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/send-to-sign-off",
                                "never made",
                                () -> post("/api/bulletins/{p}/send-to-sign-off", n),
                                STALE)
                        .as(OFFICE, 404)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/approve",
                                "awaiting, stale version",
                                () -> post("/api/bulletins/{p}/approve", f.awaiting),
                                STALE)
                        .as(SIGNER, 409)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/approve",
                                "draft",
                                () -> post("/api/bulletins/{p}/approve", f.draft),
                                STALE)
                        .as(SIGNER, 409)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/approve",
                                "never made",
                                () -> post("/api/bulletins/{p}/approve", n),
                                STALE)
                        .as(SIGNER, 404)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/return",
                                "awaiting, stale version",
                                () -> post("/api/bulletins/{p}/return", f.awaiting),
                                STALE)
                        .as(SIGNER, 409)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/return",
                                "published",
                                () -> post("/api/bulletins/{p}/return", f.published),
                                STALE)
                        .as(SIGNER, 409)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/return",
                                "never made",
                                () -> post("/api/bulletins/{p}/return", n),
                                STALE)
                        .as(SIGNER, 404)
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/distribution/resend",
                                "published, none failed",
                                () -> post("/api/bulletins/{p}/distribution/resend", f.published),
                                (String) null)
                        .as(OFFICE, 409, detail("没有发送失败的邮件需要重新发送。"))
                        .others(403),
                api(
                                "POST /api/bulletins/{period}/distribution/resend",
                                "never made",
                                () -> post("/api/bulletins/{p}/distribution/resend", n),
                                (String) null)
                        .as(OFFICE, 404, detail(noBulletin(n)))
                        .others(403),
                api(
                                "GET /api/bulletins",
                                "published, by number",
                                () -> get("/api/bulletins")
                                        .param("year", String.valueOf(f.issueYear))
                                        .param("number", String.valueOf(f.publishedNumber)),
                                (String) null)
                        .all(
                                200,
                                equal("/0/key", f.published),
                                fields(
                                        "/0",
                                        "key",
                                        "kind",
                                        "issueYear",
                                        "issueNumber",
                                        "issueDate",
                                        "title",
                                        "signerName",
                                        "signedAt",
                                        "publishedAt",
                                        "formats")),
                api(
                                "GET /api/bulletins",
                                "a left-out item's text",
                                () -> get("/api/bulletins").param("q", f.leftOutText),
                                (String) null)
                        .all(
                                200,
                                (who, body) -> org.assertj.core.api.Assertions.assertThat(body)
                                        .isEqualTo("[]")),
                api(
                                "GET /api/bulletins/{year}/{number}.{extension}",
                                "published",
                                () -> get("/api/bulletins/{y}/{n}.txt", f.issueYear, f.publishedNumber)
                                        .accept("*/*"),
                                (String) null)
                        .all(200, shows(f.includedText), hides(f.leftOutText)),
                api(
                                "GET /api/bulletins/{year}/{number}.{extension}",
                                "a draft's number",
                                () -> get("/api/bulletins/{y}/{n}.txt", f.issueYear, f.draftNumber)
                                        .accept("*/*"),
                                (String) null)
                        .all(404),
                api(
                                "GET /api/bulletins/{period}/document.{extension}",
                                "draft",
                                () -> get("/api/bulletins/{p}/document.txt", f.draft)
                                        .accept("*/*"),
                                (String) null)
                        .as(OVERSEERS, 200)
                        .as(HEADS, 404, detail(noBulletin(f.draft))),
                api(
                                "GET /api/bulletins/{period}/document.{extension}",
                                "awaiting sign-off",
                                () -> get("/api/bulletins/{p}/document.txt", f.awaiting)
                                        .accept("*/*"),
                                (String) null)
                        .as(OVERSEERS, 200)
                        .as(HEADS, 404),
                api(
                                "GET /api/bulletins/{period}/document.{extension}",
                                "published",
                                () -> get("/api/bulletins/{p}/document.txt", f.published)
                                        .accept("*/*"),
                                (String) null)
                        .all(200, shows(f.includedText), hides(f.leftOutText)),
                api(
                                "GET /api/bulletins/{period}/document.{extension}",
                                "never made",
                                () -> get("/api/bulletins/{p}/document.txt", n).accept("*/*"),
                                (String) null)
                        .all(404));
    }

    /** What anyone is told of a bulletin they may not see, exactly as of one that does not exist. */
    private static String noBulletin(String period) {
        YearMonth month = YearMonth.parse(period);
        return "没有找到" + month.getYear() + "年" + month.getMonthValue() + "月的简报。";
    }
}

package org.reportcycle.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.support.DemoUsers;

/**
 * The states the authorization matrix asks about, built once through the API: a period collecting (ZZB's report
 * submitted, XJB's a draft), one with a draft bulletin, one awaiting sign-off, one published (XJB's item left out,
 * returned once by the signer with a comment), its tracked plan items (ZZB's open with a pending extension, XJB's
 * closed) and a period never opened. Every text written is unique, so an answer that shows it is caught.
 */
final class AuthorizationFixture {

    static final String ZZB = "ZZB";
    static final String XJB = "XJB";
    /** A plan deadline far enough ahead that extensions may still be asked. */
    static final String LATE_DEADLINE = "2027-06";

    final String collecting;
    final String draft;
    final String awaiting;
    final String published;
    final String neverOpened;
    final String planMonth;
    final String zzbCollectingText;
    final String xjbCollectingText;
    final String leftOutText;
    final String includedText;
    final String signerComment;
    final List<String> recipientEmails;
    final int publishedNumber;
    final int draftNumber;
    final int issueYear;
    final long zzbPlanItem;
    final long xjbPlanItem;
    final String xjbPlanTitle;
    final long extension;
    final String extensionReason;
    /** An email of the published issue's distribution, waiting to be sent (no SMTP in the web tests). */
    final long waitingEmail;
    /** The editor's form of the draft and of the bulletin awaiting sign-off, naming a version they never had. */
    final String staleDraftEdit;

    final String staleAwaitingEdit;
    /** ZZB's head's API tokens, all named {@link #tokenName}: one live, one spare to revoke, one revoked. */
    final String tokenName;

    final long zzbToken;
    final long zzbSpareToken;
    final long zzbRevokedToken;

    AuthorizationFixture(CycleWalk walk, Supplier<String> periods) throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        collecting = periods.get();
        draft = periods.get();
        awaiting = periods.get();
        published = periods.get();
        neverOpened = periods.get();
        planMonth = YearMonth.parse(published).plusMonths(1).toString();
        zzbCollectingText = "组织部本月秘密正文" + tag;
        xjbCollectingText = "宣教网络部草稿正文" + tag;
        leftOutText = "未采用的宣教事项" + tag;
        includedText = "已刊登的组织部事项" + tag;
        signerComment = "签发领导退回意见" + tag;
        recipientEmails = walk.org().reportTo();

        walk.open(collecting);
        submit(walk, collecting, ZZB, zzbCollectingText);
        JsonNode xjb = walk.report(walk.head(XJB), collecting, XJB);
        walk.ok(walk.head(XJB), put("/api/reports/{p}/{d}", collecting, XJB), report(walk, xjb, xjbCollectingText));

        JsonNode draftView = walk.draftBulletin(draft, ZZB);
        draftNumber = draftView.at("/bulletin/issueNumber").asInt();
        walk.draftBulletin(awaiting, ZZB);
        walk.sendToSignOff(awaiting);
        staleDraftEdit = walk.edit(draftView).put("version", 999).toString();
        staleAwaitingEdit = walk.edit(walk.bulletin(CycleWalk.OFFICE, awaiting))
                .put("version", 999)
                .toString();

        publish(walk);
        JsonNode published = walk.bulletin(CycleWalk.OFFICE, this.published);
        publishedNumber = published.at("/bulletin/issueNumber").asInt();
        issueYear = published.at("/bulletin/issueYear").asInt();
        JsonNode items = walk.ok(CycleWalk.OFFICE, get("/api/plan-items").param("period", planMonth), null);
        zzbPlanItem = itemOf(items, ZZB).get("id").asLong();
        xjbPlanItem = itemOf(items, XJB).get("id").asLong();
        xjbPlanTitle = itemOf(items, XJB).get("title").asText();
        walk.ok(CycleWalk.OFFICE, post("/api/plan-items/{id}/close", xjbPlanItem), null);
        extensionReason = "场地待定" + tag + "。";
        extension = walk.expect(
                        201,
                        walk.head(ZZB),
                        post("/api/plan-items/{id}/extensions", zzbPlanItem),
                        Map.of("reason", extensionReason, "newDeadline", "2027-07"))
                .get("id")
                .asLong();
        waitingEmail = waiting(walk.ok(CycleWalk.OFFICE, get("/api/outbox"), null));
        tokenName = "组织部脚本" + tag;
        zzbToken = token(walk, tokenName);
        zzbSpareToken = token(walk, tokenName);
        zzbRevokedToken = token(walk, tokenName);
        walk.expect(204, walk.head(ZZB), delete("/api/tokens/{id}", zzbRevokedToken), null);
    }

    private static long token(CycleWalk walk, String name) throws Exception {
        return walk.expect(201, walk.head(ZZB), post("/api/tokens"), Map.of("name", name, "days", 30))
                .get("id")
                .asLong();
    }

    private static long waiting(JsonNode outbox) {
        for (JsonNode m : outbox.get("messages")) {
            if (m.get("status").asText().equals("PENDING")) {
                return m.get("id").asLong();
            }
        }
        throw new AssertionError("no email waiting in " + outbox);
    }

    /** ZZB's item printed, XJB's left out; returned once with a comment, then approved and published. */
    private void publish(CycleWalk walk) throws Exception {
        walk.open(published);
        submit(walk, published, ZZB, includedText);
        submit(walk, published, XJB, leftOutText);
        walk.accept(published, ZZB);
        walk.accept(published, XJB);
        walk.closeCollection(published);
        ObjectNode edit = walk.edit(walk.bulletin(CycleWalk.OFFICE, published));
        edit.withArray("items").forEach(i -> {
            if (i.get("body").asText().equals(leftOutText)) {
                ((ObjectNode) i).put("excluded", true);
            }
        });
        walk.ok(CycleWalk.OFFICE, put("/api/bulletins/{p}", published), edit);
        walk.sendToSignOff(published);
        int version = walk.bulletin(DemoUsers.SIGNER, published)
                .at("/bulletin/version")
                .asInt();
        walk.ok(
                DemoUsers.SIGNER,
                post("/api/bulletins/{p}/return", published),
                Map.of("version", version, "comment", signerComment));
        walk.sendToSignOff(published);
        walk.approve(published);
        walk.publishAndDistribute(published);
    }

    private static void submit(CycleWalk walk, String period, String department, String body) throws Exception {
        String head = walk.head(department);
        JsonNode report = walk.report(head, period, department);
        walk.ok(head, post("/api/reports/{p}/{d}/submit", period, department), report(walk, report, body));
    }

    /** The walk's complete draft, its plan due late enough for an extension. */
    private static Map<String, Object> report(CycleWalk walk, JsonNode report, String body) {
        Map<String, Object> draft = new LinkedHashMap<>(walk.draft(report, body));
        @SuppressWarnings("unchecked")
        Map<String, Object> plan = new LinkedHashMap<>(((List<Map<String, Object>>) draft.get("plans")).get(0));
        plan.put("deadline", LATE_DEADLINE);
        draft.put("plans", List.of(plan));
        return draft;
    }

    private static JsonNode itemOf(JsonNode items, String department) {
        for (JsonNode item : items) {
            if (item.get("departments").toString().contains(department)) {
                return item;
            }
        }
        throw new AssertionError("no tracked plan item of " + department + " in " + items);
    }

    /** Texts that only those who oversee the cycle may see. */
    List<String> overseersOnly() {
        return java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(leftOutText, signerComment), recipientEmails.stream())
                .toList();
    }
}

package org.reportcycle.system;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.reportcycle.integration.CycleWalk;

/**
 * The states the corpus aims at: in {@code period} ZZB's report is a draft its head may save and XJB's awaits
 * review; {@code bulletinPeriod}'s bulletin is a draft the office edits; {@code signOffPeriod}'s awaits the signer;
 * {@code token} is a live API token of ZZB's head.
 */
record CorpusFixture(
        String period,
        JsonNode reportDraft,
        int reportVersion,
        int submittedVersion,
        String bulletinPeriod,
        JsonNode bulletinEdit,
        int bulletinVersion,
        String signOffPeriod,
        int signOffVersion,
        String signer,
        long token) {

    /** Placeholder values, for listing the cases without making the states. */
    static CorpusFixture sketch() {
        ObjectNode any = JsonMutations.NODES.objectNode().put("version", 0);
        return new CorpusFixture("2026-11", any, 0, 1, "2026-10", any, 1, "2026-09", 2, "li.minghua", 1);
    }

    static CorpusFixture create(
            CycleWalk walk, ObjectMapper json, String period, String bulletinPeriod, String signOffPeriod)
            throws Exception {
        walk.open(period);
        walk.submit(period, "XJB", "正文。");
        JsonNode report = walk.report("zzb", period, "ZZB");
        ObjectNode draft = json.valueToTree(walk.draft(report, "正文。"));
        // A deadline after the test clock's today, so that the draft itself is valid.
        ((ObjectNode) draft.get("plans").get(0)).put("deadline", "2027-06");
        // Saved once, so that a version read as 0 (a null) is stale.
        walk.ok("zzb", put("/api/reports/{p}/ZZB", period), draft);
        report = walk.report("zzb", period, "ZZB");
        draft.put("version", report.at("/submission/version").asInt());
        int submitted = walk.report(CycleWalk.OFFICE, period, "XJB")
                .at("/submission/version")
                .asInt();
        JsonNode bulletin = walk.draftBulletin(bulletinPeriod, "XJB");
        walk.draftBulletin(signOffPeriod, "QYB");
        walk.sendToSignOff(signOffPeriod);
        String signer = walk.org().signer();
        int signOff = walk.ok(signer, get("/api/bulletins/{p}", signOffPeriod), null)
                .at("/bulletin/version")
                .asInt();
        return new CorpusFixture(
                period,
                draft,
                report.at("/submission/version").asInt(),
                submitted,
                bulletinPeriod,
                walk.edit(bulletin),
                bulletin.at("/bulletin/version").asInt(),
                signOffPeriod,
                signOff,
                signer,
                walk.expect(201, "zzb", post("/api/tokens"), Map.of("name", "语料", "days", 30))
                        .get("id")
                        .asLong());
    }
}

package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.reportcycle.integration.CycleWalk;
import org.springframework.http.MediaType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/**
 * Every state-changing API endpoint under contention: {@value #N} identical requests released together. Where an
 * action can happen once (open, close, submit, accept, decide…) exactly one succeeds and the others get a 409
 * problem detail; each distinct creation (a special issue) succeeds with a number of its own; an idempotent
 * replacement (the calendar) and the signer's approval of one version (repeatable, as its answer may be lost)
 * succeed every time with the same final state, recorded once. Never a 5xx, one email where one is
 * due, one process where one is due. Subclasses run it on H2 and on PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ApiRaces extends RaceGround {

    /** The endpoint a race test contends for, as {@link #mappedEndpoints()} names it. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Race {
        String value();
    }

    @Test
    void everyStateChangingApiEndpointHasARace() {
        List<String> raced = Arrays.stream(ApiRaces.class.getDeclaredMethods())
                .map(m -> m.getAnnotation(Race.class))
                .filter(Objects::nonNull)
                .map(Race::value)
                .toList();
        assertThat(raced)
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(mappedEndpoints().stream()
                        .filter(e -> e.matches("(POST|PUT|PATCH|DELETE) /api/.*"))
                        .toList());
    }

    @Test
    @Race("POST /api/cycles")
    void openingAPeriodOnce() throws Exception {
        String period = newPeriod();
        List<Answer> results = race(CycleWalk.OFFICE, () -> post("/api/cycles"), Map.of("period", period));
        oneWins(results, 201, "的报送周期已经开启");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(period)
                        .count())
                .isEqualTo(1);
        assertThat(outbox("cycle-opened:" + period + ":"))
                .isEqualTo(walk.departments(period).size());
    }

    @Test
    @Race("POST /api/cycles/{period}/cancel")
    void cancellingACycleOnce() throws Exception {
        String period = newPeriod();
        walk.open(period);
        long opened = outbox("cycle-opened:" + period + ":");
        oneWins(race(CycleWalk.OFFICE, () -> post("/api/cycles/{p}/cancel", period), Map.of()), 200, "已经撤销");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(period)
                        .count())
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM reporting_cycle WHERE period = ?", period))
                .isZero();
        assertThat(outbox("cycle-opened:" + period + ":"))
                .as("unsent opening emails withdrawn")
                .isZero();
        assertThat(opened).isPositive();
    }

    @Test
    @Race("POST /api/cycles/{period}/close-collection")
    void closingCollectionOnce() throws Exception {
        String period = newPeriod();
        walk.open(period);
        oneWins(race(CycleWalk.OFFICE, () -> post("/api/cycles/{p}/close-collection", period), Map.of()), 200, null);
        assertThat(walk.runAssembly(period)).as("one assembly, asynchronous").isTrue();
        assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COMPILING");
        assertThat(count("SELECT COUNT(*) FROM bulletin WHERE period = ?", period))
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(period)
                        .taskDefinitionKey("Task_CompileBulletin")
                        .count())
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/cycles/{period}/urge")
    void urgingADepartmentOnce() throws Exception {
        String period = newPeriod();
        walk.open(period);
        oneWins(
                race(
                        CycleWalk.OFFICE,
                        () -> post("/api/cycles/{p}/urge", period),
                        Map.of("departments", List.of("ZZB"), "message", "请尽快报送。")),
                200,
                "一小时");
        assertThat(count(
                        "SELECT COUNT(*) FROM outbox_message WHERE kind = 'URGE' AND idempotency_key LIKE ?",
                        "%" + period + ":ZZB:%"))
                .isEqualTo(1);
    }

    @Test
    @Race("PUT /api/reports/{period}/{department}")
    void savingADraftOnceOnItsVersion() throws Exception {
        String period = newPeriod();
        walk.open(period);
        Map<String, Object> draft = walk.draft(walk.report("zzb", period, "ZZB"), "保存的正文。");
        oneWins(race("zzb", () -> put("/api/reports/{p}/ZZB", period), draft), 200, "已在别处更新");
        JsonNode after = walk.report("zzb", period, "ZZB");
        assertThat(after.at("/submission/version").asInt()).isEqualTo(1);
        assertThat(after.get("completions")).hasSize(1);
    }

    @Test
    @Race("POST /api/reports/{period}/{department}/submit")
    void submittingOnce() throws Exception {
        String period = newPeriod();
        walk.open(period);
        Map<String, Object> draft = walk.draft(walk.report("zzb", period, "ZZB"), "提交的正文。");
        oneWins(race("zzb", () -> post("/api/reports/{p}/ZZB/submit", period), draft), 200, null);
        JsonNode after = walk.report("zzb", period, "ZZB");
        assertThat(after.at("/submission/status").asText()).isEqualTo("SUBMITTED");
        assertThat(after.get("completions")).hasSize(1);
        assertThat(after.get("plans")).hasSize(1);
        assertThat(reviewTasks(period)).isEqualTo(1);
    }

    @Test
    @Race("POST /api/reports/{period}/{department}/withdraw")
    void withdrawingOnce() throws Exception {
        String period = submitted();
        oneWins(race("zzb", () -> post("/api/reports/{p}/ZZB/withdraw", period), Map.of("version", 1)), 200, null);
        assertThat(walk.report(CycleWalk.OFFICE, period, "ZZB")
                        .at("/submission/status")
                        .asText())
                .isEqualTo("DRAFT");
        assertThat(reviewTasks(period)).isZero();
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(period)
                        .taskDefinitionKey("Task_SubmitReport")
                        .taskVariableValueEquals("departmentCode", "ZZB")
                        .count())
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/reports/{period}/{department}/accept")
    void acceptingOnce() throws Exception {
        String period = submitted();
        oneWins(
                race(CycleWalk.OFFICE, () -> post("/api/reports/{p}/ZZB/accept", period), Map.of("version", 1)),
                200,
                null);
        assertThat(walk.report(CycleWalk.OFFICE, period, "ZZB")
                        .at("/submission/status")
                        .asText())
                .isEqualTo("ACCEPTED");
        assertThat(reviewTasks(period)).isZero();
    }

    @Test
    @Race("POST /api/reports/{period}/{department}/return")
    void returningAReportOnce() throws Exception {
        String period = submitted();
        oneWins(
                race(
                        CycleWalk.OFFICE,
                        () -> post("/api/reports/{p}/ZZB/return", period),
                        Map.of("version", 1, "comment", "请补充数据。")),
                200,
                null);
        assertThat(walk.report("zzb", period, "ZZB").at("/submission/status").asText())
                .isEqualTo("RETURNED");
        assertThat(outbox("report-returned:")).isPositive();
        assertThat(count(
                        "SELECT COUNT(*) FROM outbox_message WHERE kind = 'REPORT_RETURNED' AND subject LIKE ? "
                                + "AND recipient_email = ?",
                        "%" + monthName(period) + "%",
                        walk.org().emailOf().get("zzb")))
                .isEqualTo(1);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(period)
                        .taskDefinitionKey("Task_SubmitReport")
                        .taskVariableValueEquals("departmentCode", "ZZB")
                        .count())
                .isEqualTo(1);
    }

    @Test
    @Race("PUT /api/bulletins/{period}")
    void editingABulletinOnceOnItsVersion() throws Exception {
        String period = newPeriod();
        JsonNode draft = walk.draftBulletin(period, "ZZB");
        var edit = walk.edit(draft).put("intro", "同时保存的导语。");
        oneWins(race(CycleWalk.OFFICE, () -> put("/api/bulletins/{p}", period), edit), 200, "已在别处更新");
        JsonNode after = walk.bulletin(CycleWalk.OFFICE, period);
        assertThat(after.at("/bulletin/version").asInt())
                .isEqualTo(draft.at("/bulletin/version").asInt() + 1);
        assertThat(after.get("items")).hasSameSizeAs(draft.get("items"));
    }

    @Test
    @Race("POST /api/bulletins/{period}/send-to-sign-off")
    void sendingToSignOffOnce() throws Exception {
        String period = newPeriod();
        walk.draftBulletin(period, "ZZB");
        long id = bulletinId(period);
        int version =
                walk.bulletin(CycleWalk.OFFICE, period).at("/bulletin/version").asInt();
        oneWins(
                race(
                        CycleWalk.OFFICE,
                        () -> post("/api/bulletins/{p}/send-to-sign-off", period),
                        Map.of("version", version)),
                200,
                null);
        assertThat(outbox("sign-off:" + id + ":")).isEqualTo(1);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(period)
                        .taskDefinitionKey("Task_SignOffBulletin")
                        .count())
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(DISTINCT bulletin_version) FROM bulletin_rendition WHERE bulletin_id = ?", id))
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/bulletins/{period}/approve")
    void approvingOnce() throws Exception {
        String period = awaitingSignOff();
        int version =
                walk.bulletin(CycleWalk.OFFICE, period).at("/bulletin/version").asInt();
        // The same signer's approval of the same version is idempotent: every copy gets the same success (one
        // whose answer was lost can press again), and it is recorded, and the process moved on, once.
        List<Answer> results =
                race(walk.org().signer(), () -> post("/api/bulletins/{p}/approve", period), Map.of("version", version));
        assertThat(statuses(results)).as(describe(results)).containsOnly(200);
        assertThat(results)
                .extracting(r -> body(r).at("/bulletin/version").asInt())
                .containsOnly(version + 1);
        assertThat(walk.bulletin(CycleWalk.OFFICE, period)
                        .at("/bulletin/status")
                        .asText())
                .isEqualTo("APPROVED");
        assertThat(count("SELECT COUNT(*) FROM bulletin WHERE period = ? AND approved_at IS NOT NULL", period))
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(CycleWalk.PROCESS)
                        .processInstanceBusinessKey(period)
                        .count())
                .as("one cycle")
                .isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(CycleWalk.ISSUE_PROCESS)
                        .processInstanceBusinessKey(period)
                        .count())
                .as("one issue it called")
                .isEqualTo(1);
        assertThat(management
                        .createJobQuery()
                        .processDefinitionKey(CycleWalk.ISSUE_PROCESS)
                        .activityId(CycleWalk.PUBLISH_JOB)
                        .processInstanceId(runtime.createProcessInstanceQuery()
                                .processDefinitionKey(CycleWalk.ISSUE_PROCESS)
                                .processInstanceBusinessKey(period)
                                .singleResult()
                                .getId())
                        .count())
                .as("one publish step")
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/bulletins/{period}/return")
    void returningABulletinOnce() throws Exception {
        String period = awaitingSignOff();
        JsonNode view = walk.bulletin(CycleWalk.OFFICE, period);
        oneWins(
                race(
                        walk.org().signer(),
                        () -> post("/api/bulletins/{p}/return", period),
                        Map.of("version", view.at("/bulletin/version").asInt(), "comment", "请核实数据。")),
                200,
                null);
        assertThat(walk.bulletin(CycleWalk.OFFICE, period)
                        .at("/bulletin/status")
                        .asText())
                .isEqualTo("DRAFT");
        long officeUsers = count("SELECT COUNT(*) FROM app_user WHERE roles LIKE '%OFFICE%' AND enabled = TRUE");
        assertThat(outbox("sign-off-returned:" + bulletinId(period) + ":")).isEqualTo(officeUsers);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(period)
                        .taskDefinitionKey("Task_CompileBulletin")
                        .count())
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/special-issues")
    void startingSpecialIssuesGivesEachANumberOfItsOwn() throws Exception {
        String title = "同时开始的专刊 " + newPeriod();
        List<Answer> results = race(CycleWalk.OFFICE, () -> post("/api/special-issues"), Map.of("title", title));
        assertThat(statuses(results)).as(describe(results)).containsOnly(201);
        List<Integer> numbers = new ArrayList<>();
        for (Answer r : results) {
            numbers.add(body(r).at("/bulletin/issueNumber").asInt());
        }
        assertThat(numbers).doesNotHaveDuplicates();
        assertThat(numbers.stream().mapToInt(Integer::intValue).max().orElseThrow()
                        - numbers.stream().mapToInt(Integer::intValue).min().orElseThrow())
                .isEqualTo(N - 1);
        assertThat(count("SELECT COUNT(*) FROM bulletin WHERE title = ?", title))
                .isEqualTo(N);
    }

    @Test
    @Race("PUT /api/calendar/{year}")
    void replacingACalendarYearIsIdempotent() throws Exception {
        List<Map<String, Object>> days = List.of(
                Map.of("date", "2090-10-01", "working", false, "name", "国庆节"),
                Map.of("date", "2090-10-07", "working", true, "name", "国庆节"));
        List<Answer> results = race("admin", () -> put("/api/calendar/2090"), days);
        assertThat(statuses(results)).as(describe(results)).containsOnly(200);
        assertThat(count("SELECT COUNT(*) FROM calendar_day WHERE year_number = 2090"))
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM calendar_day WHERE calendar_date = DATE '2090-10-07' AND working"))
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/plan-items/{id}/close")
    void closingAPlanItemOnce() throws Exception {
        long item = planItems().of("ZZB");
        oneWins(race(CycleWalk.OFFICE, () -> post("/api/plan-items/{id}/close", item), null), 200, null);
        assertThat(count("SELECT COUNT(*) FROM plan_item WHERE id = ? AND tracking = 'CLOSED'", item))
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/plan-items/{id}/extensions")
    void requestingAnExtensionOnce() throws Exception {
        long item = planItems().of("XJB");
        oneWins(
                race(
                        walk.head("XJB"),
                        () -> post("/api/plan-items/{id}/extensions", item),
                        Map.of("reason", "场地调整。", "newDeadline", "2026-12")),
                201,
                null);
        assertThat(count("SELECT COUNT(*) FROM extension_request WHERE plan_item_id = ?", item))
                .isEqualTo(1);
        assertThat(outbox("extension-requested:")).isPositive();
        assertThat(count(
                        "SELECT COUNT(*) FROM outbox_message o JOIN extension_request e ON o.idempotency_key = "
                                + "CONCAT('extension-requested:', CAST(e.id AS VARCHAR(20))) WHERE e.plan_item_id = ?",
                        item))
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/extensions/{id}/approve")
    void approvingAnExtensionOnce() throws Exception {
        long request = planItems().extensionRequested("QYB");
        oneWins(
                race(
                        walk.org().leaderOf().get("QYB"),
                        () -> post("/api/extensions/{id}/approve", request),
                        Map.of("comment", "同意。")),
                200,
                null);
        assertThat(count("SELECT COUNT(*) FROM extension_request WHERE id = ? AND status = 'APPROVED'", request))
                .isEqualTo(1);
        assertThat(decisionNotices(request)).isEqualTo(1);
    }

    @Test
    @Race("POST /api/extensions/{id}/refuse")
    void refusingAnExtensionOnce() throws Exception {
        long request = planItems().extensionRequested("JCB");
        oneWins(
                race(
                        walk.org().leaderOf().get("JCB"),
                        () -> post("/api/extensions/{id}/refuse", request),
                        Map.of("comment", "不同意。")),
                200,
                null);
        assertThat(count("SELECT COUNT(*) FROM extension_request WHERE id = ? AND status = 'REFUSED'", request))
                .isEqualTo(1);
        assertThat(decisionNotices(request)).isEqualTo(1);
    }

    @Test
    @Race("POST /api/accounts/{username}/unlock")
    void unlockingAnAccountOnce() throws Exception {
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/me").with(SecurityMockMvcRequestPostProcessors.httpBasic("qyb", "wrong")));
        }
        assertThat(count("SELECT COUNT(*) FROM sign_in_account WHERE username = 'qyb' AND locked_until IS NOT NULL"))
                .isEqualTo(1);
        List<Answer> results = race("admin", () -> post("/api/accounts/{u}/unlock", "qyb"), null);
        // Once one administrator has unlocked it, the account has no lock to lift, as for any later request.
        String seen = describe(results);
        assertThat(statuses(results)).as(seen).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses(results))
                .as(seen)
                .filteredOn(s -> s != 200)
                .hasSize(N - 1)
                .containsOnly(404);
        results.stream()
                .filter(r -> r.status() == 404)
                .forEach(r -> assertThat(r.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        assertThat(count("SELECT COUNT(*) FROM sign_in_account WHERE username = 'qyb' AND locked_until IS NOT NULL"))
                .isZero();
    }

    @Test
    @Race("POST /api/outbox/{id}/resend")
    void sendingAFailedEmailAgainOnce() throws Exception {
        String key = "race-resend:" + newPeriod();
        tx.executeWithoutResult(s -> outbox.enqueue(
                org.reportcycle.notification.Notice.of(key, "TEST", "收件人", "gone@example.org", "主题", "/tasks", "正文")));
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED', attempts = 8 WHERE idempotency_key = ?")
                .param(key)
                .update();
        long id = count("SELECT id FROM outbox_message WHERE idempotency_key = ?", key);
        oneWins(race(CycleWalk.OFFICE, () -> post("/api/outbox/{id}/resend", id), null), 200, "正在等待发送");
        assertThat(count(
                        "SELECT COUNT(*) FROM outbox_message WHERE id = ? AND status = 'PENDING' AND attempts = 0", id))
                .isEqualTo(1);
    }

    @Test
    @Race("POST /api/bulletins/{period}/distribution/resend")
    void sendingAnIssuesFailedEmailsAgainOnce() throws Exception {
        planItems();
        String key = "distribution:" + bulletinId("2026-10") + ":";
        jdbc.sql("UPDATE outbox_message SET status = 'FAILED' WHERE id IN (SELECT id FROM outbox_message "
                        + "WHERE idempotency_key LIKE ? ORDER BY id FETCH FIRST 2 ROWS ONLY)")
                .param(key + "%")
                .update();
        assertThat(count(
                        "SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ? AND status = 'FAILED'",
                        key + "%"))
                .isEqualTo(2);
        List<Answer> results =
                race(CycleWalk.OFFICE, () -> post("/api/bulletins/{p}/distribution/resend", "2026-10"), null);
        oneWins(results, 200, "没有发送失败的邮件");
        Answer won = results.stream().filter(r -> r.status() == 200).findFirst().orElseThrow();
        assertThat(body(won).get("resent").asInt()).isEqualTo(2);
        assertThat(count(
                        "SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ? AND status = 'FAILED'",
                        key + "%"))
                .isZero();
    }

    @Test
    @Race("POST /api/incidents/{id}/retry")
    void retryingAFailedJobOnce() throws Exception {
        String period = newPeriod();
        walk.open(period);
        String job = ladderTimers(period).values().iterator().next();
        management.setJobRetries(job, 0);
        // Once one administrator has given the job its retry, it needs none, as for any later request.
        oneWins(race("admin", () -> post("/api/incidents/{id}/retry", job), null), 200, "无需再次重试");
        assertThat(management.createJobQuery().jobId(job).singleResult().getRetries())
                .isEqualTo(1);
        assertThat(runtime.createIncidentQuery().configuration(job).count()).isZero();
        assertThat(walk.ok("admin", get("/api/incidents"), null).findValuesAsText("id"))
                .doesNotContain(job);
    }

    @Test
    @Race("POST /api/tokens")
    void makingTokensAtOnceMakesOneEach() throws Exception {
        String name = "并发" + newPeriod();
        List<Answer> results = race("jcb", () -> post("/api/tokens"), Map.of("name", name, "days", 5));
        assertThat(statuses(results)).as(describe(results)).hasSize(N).containsOnly(201);
        List<String> tokens = new ArrayList<>();
        for (Answer r : results) {
            tokens.add(body(r).get("token").asText());
        }
        assertThat(tokens).doesNotHaveDuplicates();
        assertThat(count("SELECT COUNT(*) FROM api_token WHERE name = ? AND owner_username = 'jcb'", name))
                .isEqualTo(N);
    }

    @Test
    @Race("DELETE /api/tokens/{id}")
    void revokingATokenOnce() throws Exception {
        long id = walk.expect(201, "jcb", post("/api/tokens"), Map.of("name", "撤销并发", "days", 5))
                .get("id")
                .asLong();
        oneWins(race("jcb", () -> delete("/api/tokens/{id}", id), null), 204, "已经撤销");
        assertThat(count("SELECT COUNT(*) FROM api_token WHERE id = ? AND revoked_at IS NOT NULL", id))
                .isEqualTo(1);
    }

    // ---- a user's action while the engine runs a due timer of the same process

    @Test
    void submittingWhileTheDepartmentsLadderTimerFiresSucceeds() throws Exception {
        String period = newPeriod();
        walk.open(period);
        Map<String, String> timers = ladderTimers(period);
        assertThat(timers).hasSizeGreaterThanOrEqualTo(8);
        for (Map.Entry<String, String> timer : timers.entrySet()) {
            String department = timer.getKey();
            Map<String, Object> draft = walk.draft(walk.report(walk.head(department), period, department), "正文。");
            Answer submitted = whileJobRuns(
                    timer.getValue(),
                    () -> signedIn(
                            walk.head(department), post("/api/reports/{p}/{d}/submit", period, department), draft));
            assertThat(submitted.status())
                    .as(department + " " + submitted.body())
                    .isEqualTo(200);
        }
        assertThat(reviewTasks(period)).isEqualTo(timers.size());
    }

    @Test
    void closingCollectionWhileALadderTimerFiresSucceeds() throws Exception {
        for (int round = 0; round < 6; round++) {
            String period = newPeriod();
            walk.open(period);
            String job = ladderTimers(period).values().iterator().next();
            Answer closed = whileJobRuns(
                    job, () -> signedIn(CycleWalk.OFFICE, post("/api/cycles/{p}/close-collection", period), Map.of()));
            assertThat(closed.status()).as(closed.body()).isEqualTo(200);
            walk.runAssembly(period);
            assertThat(walk.progress(period).at("/cycle/status").asText()).isEqualTo("COMPILING");
        }
    }
}

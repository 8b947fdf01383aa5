package org.reportcycle.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.reportcycle.integration.CycleWalk;
import org.reportcycle.integration.WebTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * What the API races stand on: {@value #N} identical requests released together, a request racing an engine job,
 * the answers and their checks, and the states the races start from (a submitted report, a bulletin awaiting
 * sign-off, published plan items).
 */
abstract class RaceGround extends WebTestBase {

    static final int N = 10;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    org.camunda.bpm.engine.ManagementService management;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.reportcycle.notification.Outbox outbox;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    private PlanItems planItems;

    /**
     * A request as a signed-in user without the cost of checking a password, so that it reaches the service as
     * the engine's job starts.
     */
    MvcResult signedIn(String username, MockHttpServletRequestBuilder request, Object body) throws Exception {
        request.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username)))
                .with(SecurityMockMvcRequestPostProcessors.csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsBytes(body));
        return mvc.perform(request).andReturn();
    }

    /** One due ladder timer job per department still collecting: department code to job id. */
    Map<String, String> ladderTimers(String period) {
        String instance = walk.processInstance(period);
        Map<String, String> jobs = new java.util.TreeMap<>();
        management.createJobQuery().processInstanceId(instance).timers().list().stream()
                .filter(j -> j.getExecutionId() != null)
                .forEach(j -> {
                    Object department = runtime.getVariable(j.getExecutionId(), "departmentCode");
                    if (department != null) {
                        jobs.putIfAbsent(department.toString(), j.getId());
                    }
                });
        return jobs;
    }

    /** The user's request and the engine's execution of the job, released together; the user's answer. */
    Answer whileJobRuns(String jobId, Callable<MvcResult> request) throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> engine = threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    management.executeJob(jobId);
                } catch (RuntimeException lostToTheUser) {
                    // The engine's job lost (or its timer went with the task): the executor would run it again.
                }
                return null;
            });
            Future<Answer> user = threads.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return Answer.of(request);
            });
            engine.get(120, TimeUnit.SECONDS);
            return user.get(120, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
    }

    /** The bulletin's row id, which no API answer carries. */
    long bulletinId(String period) {
        return jdbc.sql("SELECT id FROM bulletin WHERE period = ?")
                .param(period)
                .query(Long.class)
                .single();
    }

    // ---- the race and what it must show

    /** Sends {@value #N} identical requests as {@code user}, released together; returns every answer. */
    List<Answer> race(String user, Supplier<MockHttpServletRequestBuilder> request, Object body) throws Exception {
        CyclicBarrier start = new CyclicBarrier(N);
        ExecutorService threads = Executors.newFixedThreadPool(N);
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (int i = 0; i < N; i++) {
                Callable<Answer> call = () -> {
                    MockHttpServletRequestBuilder built = request.get();
                    start.await(30, TimeUnit.SECONDS);
                    return Answer.of(() -> walk.call(user, built, body));
                };
                answers.add(threads.submit(call));
            }
            List<Answer> results = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                results.add(answer.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }

    /** Exactly one {@code success}; every other answer a 409 problem detail (whose detail has {@code says}). */
    void oneWins(List<Answer> results, int success, String says) throws Exception {
        String seen = describe(results);
        assertThat(statuses(results)).as(seen).filteredOn(s -> s == success).hasSize(1);
        assertThat(statuses(results)).as(seen).filteredOn(s -> s != success).containsOnly(409);
        for (Answer r : results) {
            if (r.status() == 409) {
                assertThat(r.contentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                JsonNode problem = body(r);
                assertThat(problem.get("title").asText()).isEqualTo("状态冲突");
                assertThat(problem.get("detail").asText()).as(seen).isNotBlank();
                if (says != null) {
                    assertThat(problem.get("detail").asText()).as(seen).contains(says);
                }
            }
        }
    }

    static List<Integer> statuses(List<Answer> results) {
        return results.stream().map(Answer::status).toList();
    }

    /** The statuses seen, each with how often and the first detail, for a failing assertion's message. */
    static String describe(List<Answer> results) {
        Map<Integer, String> first = new HashMap<>();
        results.forEach(r -> first.putIfAbsent(
                r.status(), r.body().substring(0, Math.min(400, r.body().length()))));
        return results.stream().collect(Collectors.groupingBy(Answer::status, Collectors.counting())) + " " + first;
    }

    JsonNode body(Answer r) throws Exception {
        return json.readTree(r.body());
    }

    /** One answer; an exception that escaped the application (MockMvc rethrows it) counts as the 500 it would be. */
    record Answer(int status, String contentType, String body) {

        static Answer of(Callable<MvcResult> call) {
            try {
                MvcResult r = call.call();
                return new Answer(
                        r.getResponse().getStatus(),
                        r.getResponse().getContentType(),
                        r.getResponse().getContentAsString(StandardCharsets.UTF_8));
            } catch (Exception e) {
                Throwable root = e;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                return new Answer(500, null, e + " / " + root);
            }
        }
    }

    // ---- the states the races start from

    long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    long outbox(String keyPrefix) {
        return count("SELECT COUNT(*) FROM outbox_message WHERE idempotency_key LIKE ?", keyPrefix + "%");
    }

    long reviewTasks(String period) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(period)
                .taskDefinitionKey("Task_ReviewSubmission")
                .count();
    }

    long decisionNotices(long request) {
        return count(
                "SELECT COUNT(*) FROM outbox_message WHERE kind = 'EXTENSION_DECIDED' AND idempotency_key LIKE ?",
                "extension-decided:" + request + ":%");
    }

    static String monthName(String period) {
        return OfficeTime.month(java.time.YearMonth.parse(period));
    }

    String submitted() throws Exception {
        String period = newPeriod();
        walk.open(period);
        walk.submit(period, "ZZB", "正文。");
        return period;
    }

    String awaitingSignOff() throws Exception {
        String period = newPeriod();
        walk.draftBulletin(period, "ZZB");
        walk.sendToSignOff(period);
        return period;
    }

    /**
     * Plan items due in November 2026, after the standing clock, so that extensions may be asked for: one
     * published October bulletin whose plan section has an item of each of four departments.
     */
    PlanItems planItems() throws Exception {
        if (planItems == null) {
            planItems = new PlanItems(publishedPlans());
        }
        return planItems;
    }

    Map<String, Long> publishedPlans() throws Exception {
        String period = "2026-10";
        List<String> departments = List.of("ZZB", "XJB", "QYB", "JCB");
        walk.open(period);
        for (String d : departments) {
            walk.submit(period, d, "正文。");
            walk.accept(period, d);
        }
        walk.closeCollection(period);
        walk.sendToSignOff(period);
        walk.approve(period);
        walk.publishAndDistribute(period);
        Map<String, Long> items = new HashMap<>();
        walk.ok(CycleWalk.OFFICE, get("/api/plan-items").param("period", "2026-11"), null)
                .forEach(i -> items.put(
                        i.get("departments").get(0).asText(), i.get("id").asLong()));
        assertThat(items).containsKeys(departments.toArray(String[]::new));
        return items;
    }

    /** The tracked items by department, and extension requests made on them. */
    final class PlanItems {
        final Map<String, Long> byDepartment;

        PlanItems(Map<String, Long> byDepartment) {
            this.byDepartment = byDepartment;
        }

        long of(String department) {
            return byDepartment.get(department);
        }

        long extensionRequested(String department) throws Exception {
            return walk.expect(
                            201,
                            walk.head(department),
                            post("/api/plan-items/{id}/extensions", of(department)),
                            Map.of("reason", "场地调整。", "newDeadline", "2026-12"))
                    .get("id")
                    .asLong();
        }
    }
}

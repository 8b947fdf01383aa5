package org.reportcycle.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Walks a period's cycle through the JSON API as the people who do it (HTTP Basic, as a script would): the
 * office opens and reviews, department heads submit, the office compiles, the signer signs off. Every step
 * checks its own status code, so a test that uses it fails at the step that broke.
 */
public final class CycleWalk {

    public static final String OFFICE = "office";
    public static final String PROCESS = "monthly-reporting-cycle";
    public static final String ASSEMBLE_JOB = "ServiceTask_AssembleBulletin";
    public static final String ISSUE_PROCESS = "bulletin-issue";
    public static final String PUBLISH_JOB = "ServiceTask_PublishBulletin";
    public static final String DISTRIBUTE_JOB = "ServiceTask_DistributeBulletin";

    private final MockMvc mvc;
    private final ObjectMapper json;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final DemoOrganization org = DemoOrganization.load();

    public CycleWalk(MockMvc mvc, ObjectMapper json, RuntimeService runtime, ManagementService management) {
        this.mvc = mvc;
        this.json = json;
        this.runtime = runtime;
        this.management = management;
    }

    public DemoOrganization org() {
        return org;
    }

    /** Sends {@code request} as {@code user} with an optional JSON body; returns the raw result. */
    public MvcResult call(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
        request.with(httpBasic(user, DemoOrganization.PASSWORD)).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsBytes(body));
        }
        return mvc.perform(request).andReturn();
    }

    /** Like {@link #call} but requires {@code status} and returns the body as JSON. */
    public JsonNode expect(int status, String user, MockHttpServletRequestBuilder request, Object body)
            throws Exception {
        MvcResult result = call(user, request, body);
        String content = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(result.getResponse().getStatus())
                .as(
                        "%s %s as %s: %s",
                        result.getRequest().getMethod(), result.getRequest().getRequestURI(), user, content)
                .isEqualTo(status);
        return content.isEmpty() ? json.nullNode() : json.readTree(content);
    }

    public JsonNode ok(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
        return expect(200, user, request, body);
    }

    // ---- the office opens and watches

    public JsonNode open(String period) throws Exception {
        return expect(201, OFFICE, post("/api/cycles"), Map.of("period", period));
    }

    public JsonNode progress(String period) throws Exception {
        return ok(OFFICE, get("/api/cycles/{p}", period), null);
    }

    /** The departments with a report in the period, as the office's progress view lists them. */
    public List<String> departments(String period) throws Exception {
        List<String> codes = new ArrayList<>();
        progress(period)
                .get("departments")
                .forEach(d -> codes.add(d.get("departmentCode").asText()));
        return codes;
    }

    public List<String> closeCollection(String period) throws Exception {
        List<String> missing = new ArrayList<>();
        ok(OFFICE, post("/api/cycles/{p}/close-collection", period), Map.of())
                .get("missing")
                .forEach(m -> missing.add(m.asText()));
        runAssembly(period);
        return missing;
    }

    // ---- a department head reports

    public String head(String department) {
        return org.headOf().get(department);
    }

    public JsonNode report(String user, String period, String department) throws Exception {
        return ok(user, get("/api/reports/{p}/{d}", period, department), null);
    }

    public static String completionTitle(String departmentName, String period) {
        return departmentName + "扎实推进" + period + "月度重点工作。";
    }

    public static String planTitle(String departmentName, String period) {
        return departmentName + "筹备" + YearMonth.parse(period).plusMonths(1) + "专题活动";
    }

    /** A complete draft built on the report as read: one completed item, every due plan item done, one plan. */
    public Map<String, Object> draft(JsonNode report, String body) {
        String period = report.at("/submission/period").asText();
        String department = report.at("/submission/departmentCode").asText();
        String name = report.get("departmentName").asText();
        List<Map<String, Object>> statuses = new ArrayList<>();
        report.get("dueItems")
                .forEach(d -> statuses.add(Map.of("planItemId", d.at("/item/id").asLong(), "progress", "DONE")));
        Map<String, Object> draft = new LinkedHashMap<>();
        draft.put("version", report.at("/submission/version").asInt());
        draft.put("completions", List.of(Map.of("title", completionTitle(name, period), "body", body)));
        draft.put("planStatuses", statuses);
        draft.put(
                "plans",
                List.of(Map.of(
                        "title",
                        planTitle(name, period),
                        "responsibleLeader",
                        org.leaderOf().get(department),
                        "departments",
                        List.of(department),
                        "deadline",
                        YearMonth.parse(period).plusMonths(1).toString())));
        return draft;
    }

    public JsonNode submit(String period, String department, String body) throws Exception {
        String head = head(department);
        JsonNode report = report(head, period, department);
        return ok(head, post("/api/reports/{p}/{d}/submit", period, department), draft(report, body));
    }

    // ---- the office reviews

    public JsonNode accept(String period, String department) throws Exception {
        int version =
                report(OFFICE, period, department).at("/submission/version").asInt();
        JsonNode accepted =
                ok(OFFICE, post("/api/reports/{p}/{d}/accept", period, department), Map.of("version", version));
        runAssembly(period);
        return accepted;
    }

    public JsonNode returnReport(String period, String department, String comment) throws Exception {
        int version =
                report(OFFICE, period, department).at("/submission/version").asInt();
        return ok(
                OFFICE,
                post("/api/reports/{p}/{d}/return", period, department),
                Map.of("version", version, "comment", comment));
    }

    /** Opens the period, has one department submit and the office accept it, and closes collection. */
    public JsonNode draftBulletin(String period, String department) throws Exception {
        open(period);
        submit(period, department, "正文。");
        accept(period, department);
        closeCollection(period);
        return bulletin(OFFICE, period);
    }

    // ---- the bulletin

    public JsonNode bulletin(String user, String period) throws Exception {
        return ok(user, get("/api/bulletins/{p}", period), null);
    }

    /** The editor's form as the API takes it, filled from the bulletin as read. */
    public ObjectNode edit(JsonNode view) {
        JsonNode b = view.get("bulletin");
        ObjectNode edit = json.createObjectNode();
        edit.put("version", b.get("version").asInt());
        edit.put("issueNumber", b.get("issueNumber").asInt());
        edit.put("issueDate", b.get("issueDate").asText());
        edit.put("title", b.get("title").asText());
        edit.set("intro", b.get("intro"));
        edit.put("planTitle", b.get("planTitle").asText());
        var items = edit.putArray("items");
        view.get("items")
                .forEach(i -> items.addObject()
                        .put("id", i.get("id").asLong())
                        .put("title", i.get("title").asText())
                        .put("body", i.get("body").asText())
                        .put("excluded", i.get("excluded").asBoolean()));
        return edit;
    }

    public JsonNode sendToSignOff(String period) throws Exception {
        int version = bulletin(OFFICE, period).at("/bulletin/version").asInt();
        return ok(OFFICE, post("/api/bulletins/{p}/send-to-sign-off", period), Map.of("version", version));
    }

    public JsonNode approve(String period) throws Exception {
        int version = bulletin(org.signer(), period).at("/bulletin/version").asInt();
        return ok(org.signer(), post("/api/bulletins/{p}/approve", period), Map.of("version", version));
    }

    // ---- the engine's asynchronous steps, run by hand (the job executor is off in tests)

    public String processInstance(String period) {
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS)
                .processInstanceBusinessKey(period)
                .singleResult();
        return instance == null ? null : instance.getId();
    }

    /** The bulletin's running issue process (the sign-off, publish and distribute steps), null if none. */
    public String issueInstance(String key) {
        var instance = runtime.createProcessInstanceQuery()
                .processDefinitionKey(ISSUE_PROCESS)
                .processInstanceBusinessKey(key)
                .singleResult();
        return instance == null ? null : instance.getId();
    }

    /** Executes the one job waiting before {@code activityId} in the period's process or its bulletin's issue. */
    public void executeJob(String period, String activityId) {
        String issue = issueInstance(period);
        Job job = management
                .createJobQuery()
                .processInstanceId(issue != null ? issue : processInstance(period))
                .activityId(activityId)
                .singleResult();
        assertThat(job).as("job before %s of %s", activityId, period).isNotNull();
        management.executeJob(job.getId());
    }

    /**
     * Runs the assembly of the draft bulletin if the last accept or the closing left it waiting (it is asynchronous,
     * so the office's request ends before it); whether it ran.
     */
    public boolean runAssembly(String period) {
        String instance = processInstance(period);
        if (instance == null) {
            return false;
        }
        List<Job> jobs = management
                .createJobQuery()
                .processInstanceId(instance)
                .activityId(ASSEMBLE_JOB)
                .list();
        jobs.forEach(job -> management.executeJob(job.getId()));
        return !jobs.isEmpty();
    }

    public void publishAndDistribute(String period) {
        executeJob(period, PUBLISH_JOB);
        executeJob(period, DISTRIBUTE_JOB);
    }
}

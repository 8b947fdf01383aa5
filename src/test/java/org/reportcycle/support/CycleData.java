package org.reportcycle.support;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Removes every reporting cycle so the next test starts from the organisation alone. Spring Boot tests share one
 * in-memory database per context, so tests that open cycles call {@link #deleteAll} in {@code @AfterEach}.
 */
public final class CycleData {

    static final String PROCESS_KEY = "monthly-reporting-cycle";
    static final String PLAN_TRACKING_KEY = "plan-item-tracking";
    /** The special issue's model before the issue process; the legacy-instance test deploys it again. */
    static final String SPECIAL_ISSUE_KEY = "special-issue";

    static final String OPENING_LOOP_KEY = "cycle-opening";

    private CycleData() {}

    /**
     * Deletes the cycles' and plan items' running process instances, the opening loop (a test that needs it starts
     * it at its own clock, {@link OpeningLoop}), reports, plans and their extension requests,
     * bulletins, reminders, outbox messages and their files.
     */
    public static void deleteAll(RuntimeService runtime, JdbcClient jdbc) {
        for (String key :
                new String[] {PROCESS_KEY, BulletinIssueIds.KEY, PLAN_TRACKING_KEY, SPECIAL_ISSUE_KEY, OPENING_LOOP_KEY
                }) {
            runtime.createProcessInstanceQuery()
                    .processDefinitionKey(key)
                    .list()
                    .forEach(p -> runtime.deleteProcessInstance(p.getId(), "test cleanup", true, true));
        }
        for (String table : new String[] {
            "reminder",
            "outbox_message",
            "outbox_attachment",
            "sign_off_round",
            "submission_round_entry",
            "submission_round",
            "bulletin_item",
            "bulletin_recipient",
            "bulletin_rendition",
            "bulletin_item_merge",
            "bulletin",
            "extension_request",
            "plan_item_status",
            "plan_item",
            "completion_item",
            "submission",
            "reporting_cycle",
            "step_attempt"
        }) {
            jdbc.sql("DELETE FROM " + table).update();
        }
    }
}

package org.reportcycle.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.support.Refusals.refused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.DemoUsers;
import org.reportcycle.support.TestClock;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.reportcycle.system.NotFoundException;

/**
 * 延期申请: an approved extension moves the deadline and every reminder (the pending one is cancelled, the timer
 * follows the new deadline); a refused one changes nothing; and bad requests are refused with nothing written.
 */
class PlanExtensionTest extends PlanTrackingTestBase {

    private static final String REASON = "国庆假期后场地才能确定。";

    @BeforeEach
    void publishAndWriteTheFirstReminder() {
        publishSeptember();
        runTimersUntil(zzbItem, at8(9, 24).withMinute(30));
        assertThat(reminders(zzbItem)).containsExactly("PLAN_DUE_IN_5_DAYS 2026-09-24 zzb PENDING");
    }

    @Test
    void anApprovedExtensionMovesTheDeadlineAndEveryReminder() {
        ExtensionRequest request = extensions.request(users.headOf("ZZB"), zzbItem, REASON, "2026-10-30");
        assertThat(request.status()).isEqualTo(ExtensionRequest.Status.PENDING);
        assertThat(request.previousDeadline()).isEqualTo("2026-10-09");
        assertThat(outbox("EXTENSION_REQUESTED")).containsExactly("wang.jianguo@example.org");
        assertThat(jdbc.sql("SELECT text_body FROM outbox_message WHERE kind LIKE 'EXTENSION_%'")
                        .query(String.class)
                        .single())
                .as("the link opens the request's own page, not the API")
                .contains("/plans/extensions/" + request.id())
                .doesNotContain("/api/");

        ExtensionRequest approved = extensions.approve(users.user(DemoUsers.OTHER_LEADER), request.id(), "同意。");

        assertThat(approved.status()).isEqualTo(ExtensionRequest.Status.APPROVED);
        TrackedPlanItem item = store.find(zzbItem).orElseThrow();
        assertThat(item.originalDeadline().value()).isEqualTo("2026-10-09");
        assertThat(item.deadline().value()).isEqualTo("2026-10-30");
        assertThat(reminders(zzbItem)).containsExactly("PLAN_DUE_IN_5_DAYS 2026-09-24 zzb CANCELLED");
        assertThat(instance(zzbItem))
                .hasPassed(PlanTrackingProcess.SERVICE_CANCEL_ON_MOVE)
                .isWaitingAt(PlanTrackingProcess.GATEWAY_AWAIT_PLAN_EVENT);
        // WD-5 of Friday 30 October; the old ladder (8 and 10 October) is gone.
        assertThat(timerAt(zzbItem)).isEqualTo(at8(10, 23));
        assertThat(outbox("EXTENSION_DECIDED")).containsExactly("zzb@example.org");

        runTimersUntil(zzbItem, at8(11, 2));
        assertThat(reminders(zzbItem))
                .containsExactly(
                        "PLAN_DUE_IN_5_DAYS 2026-09-24 zzb CANCELLED",
                        "PLAN_DUE_IN_5_DAYS 2026-10-23 zzb PENDING",
                        "PLAN_DUE_IN_1_DAY 2026-10-29 zzb PENDING",
                        "PLAN_OVERDUE 2026-11-02 zzb PENDING",
                        "PLAN_OVERDUE 2026-11-02 wang.jianguo PENDING");
    }

    @Test
    void anExtensionIntoNextYearNamesTheYearInItsEmailsRemindersAndApi() {
        ExtensionRequest request = extensions.request(users.headOf("ZZB"), zzbItem, REASON, "2027-01-15");
        assertThat(body("EXTENSION_REQUESTED")).contains("完成时限由10月9日前延至2027年1月15日前。");

        extensions.approve(users.user(DemoUsers.OTHER_LEADER), request.id(), null);

        assertThat(body("EXTENSION_DECIDED")).contains("延至2027年1月15日前的申请已同意。");
        TrackedPlanItem item = store.find(zzbItem).orElseThrow();
        assertThat(item.deadlineText()).isEqualTo("2027年1月15日前");
        assertThat(item.originalDeadline().text(item.planMonth()))
                .as("the printed deadline, same year")
                .isEqualTo("10月9日前");
        runTimersUntil(zzbItem, LocalDate.of(2027, 1, 8).atTime(9, 0));
        assertThat(jdbc.sql("SELECT what FROM reminder WHERE subject_ref = ? AND status = 'PENDING'")
                        .param("plan:" + zzbItem)
                        .query(String.class)
                        .list())
                .singleElement()
                .asString()
                .endsWith("（完成时限：2027年1月15日前）");
    }

    @Test
    void aRefusedExtensionLeavesDeadlineAndRemindersAsTheyWere() {
        ExtensionRequest request = extensions.request(users.headOf("ZZB"), zzbItem, REASON, "2026-10-30");

        extensions.refuse(users.user(DemoUsers.OTHER_LEADER), request.id(), "请按期完成。");

        assertThat(store.find(zzbItem).orElseThrow().deadline().value()).isEqualTo("2026-10-09");
        assertThat(reminders(zzbItem)).containsExactly("PLAN_DUE_IN_5_DAYS 2026-09-24 zzb PENDING");
        assertThat(timerAt(zzbItem)).isEqualTo(at8(10, 8));
        assertThat(outbox("EXTENSION_DECIDED")).containsExactly("zzb@example.org");
        assertThat(jdbc.sql("SELECT text_body FROM outbox_message WHERE kind = 'EXTENSION_DECIDED'")
                        .query(String.class)
                        .single())
                .contains("未同意", "完成时限仍为10月9日前", "审批意见：请按期完成。", "/plans/extensions/" + request.id())
                .doesNotContain("/api/");
        refused(
                ConflictException.class,
                () -> extensions.approve(users.user(DemoUsers.OTHER_LEADER), request.id(), null));
    }

    @Test
    void aRequestAfterTheDeadlineIsRefused() {
        TestClock.setTo(LocalDate.of(2026, 10, 10).atTime(10, 0));
        assertThat(refused(
                                ConflictException.class,
                                () -> extensions.request(users.headOf("ZZB"), zzbItem, REASON, "2026-10-30"))
                        .messageKey())
                .isEqualTo("error.extension.deadlinePassed");
        assertNothingWritten();
    }

    @Test
    void aDateNotAfterTheCurrentDeadlineOrNotADateIsNamedWithItsField() {
        assertThat(refused(
                                InvalidInputException.class,
                                () -> extensions.request(users.headOf("ZZB"), zzbItem, " ", "2026-10-08"))
                        .problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(
                        tuple("reason", "error.field.required"), tuple("newDeadline", "error.extension.notLater"));
        assertThat(refused(
                                InvalidInputException.class,
                                () -> extensions.request(users.headOf("ZZB"), zzbItem, REASON, "十月底"))
                        .problems())
                .extracting(FieldProblem::messageKey)
                .containsExactly("error.plan.deadlineFormat");
        assertThat(refused(
                                InvalidInputException.class,
                                () -> extensions.request(users.headOf("ZZB"), zzbItem, REASON, "9999-12"))
                        .problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple("newDeadline", "error.plan.deadlineTooFar"));
        assertNothingWritten();
    }

    @Test
    void anotherDepartmentTheOfficeAndOtherLeadersAreRefused() {
        assertThat(refused(
                                NotFoundException.class,
                                () -> extensions.request(users.headOf("XJB"), zzbItem, REASON, "2026-10-30"))
                        .messageKey())
                .as("another department's item is not found, as if it did not exist")
                .isEqualTo("error.planItem.unknown");
        refused(ForbiddenException.class, () -> extensions.request(users.office(), zzbItem, REASON, "2026-10-30"));
        assertNothingWritten();

        ExtensionRequest request = extensions.request(users.headOf("ZZB"), zzbItem, REASON, "2026-10-30");
        assertThat(refused(ForbiddenException.class, () -> extensions.approve(users.signer(), request.id(), null))
                        .messageKey())
                .isEqualTo("error.extension.notLeader");
        refused(ForbiddenException.class, () -> extensions.refuse(users.headOf("ZZB"), request.id(), null));
        assertThat(store.find(zzbItem).orElseThrow().deadline().value()).isEqualTo("2026-10-09");
    }

    @Test
    void aSecondRequestWhileOneIsPendingIsRefused() {
        extensions.request(users.headOf("ZZB"), zzbItem, REASON, "2026-10-30");

        assertThat(refused(
                                ConflictException.class,
                                () -> extensions.request(users.headOf("ZZB"), zzbItem, REASON, "2026-10-23"))
                        .messageKey())
                .isEqualTo("error.extension.pending");
        assertThat(rows("extension_request")).isEqualTo(1);
        assertThat(outbox("EXTENSION_REQUESTED")).hasSize(1);
    }

    private String body(String kind) {
        return jdbc.sql("SELECT text_body FROM outbox_message WHERE kind = ?")
                .param(kind)
                .query(String.class)
                .single();
    }

    private void assertNothingWritten() {
        assertThat(rows("extension_request")).isZero();
        assertThat(outbox("EXTENSION_REQUESTED")).isEmpty();
        assertThat(store.find(zzbItem).orElseThrow().deadline().value()).isEqualTo("2026-10-09");
        assertThat(reminders(zzbItem)).containsExactly("PLAN_DUE_IN_5_DAYS 2026-09-24 zzb PENDING");
    }

    private List<String> outbox(String kind) {
        return outboxRecipients(kind);
    }
}

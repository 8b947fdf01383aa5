package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.BOUNDARY_REPORT_WITHDRAWN;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_REVIEW_SUBMISSION;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;
import static org.reportcycle.cycle.MonthlyCycleProcess.VAR_DEPARTMENT_CODE;
import static org.reportcycle.support.Refusals.refused;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 撤回: a head withdraws the submitted report before review; the office's review task ends through the withdrawal
 * event, the report is a draft again with the department's task back, and it is submitted and accepted as usual.
 * Once the office has accepted or returned it, withdrawing is refused and nothing moves.
 */
class ReportWithdrawnProcessTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    SubmissionService submissions;

    @Test
    void aWithdrawnReportIsADraftAgainAndTheReviewTaskIsGone() {
        ProcessInstance instance = cycle.open(PERIOD);
        Submission submitted = cycle.submit(PERIOD, "ZZB");

        Submission withdrawn =
                submissions.withdraw(users.headOf("ZZB"), ReportingPeriod.parse(PERIOD), "ZZB", submitted.version());

        assertThat(withdrawn.status()).isEqualTo(SubmissionStatus.DRAFT);
        assertThat(withdrawn.submittedAt()).isNull();
        assertThat(instance).hasPassed(BOUNDARY_REPORT_WITHDRAWN).isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(tasksOf("ZZB", TASK_REVIEW_SUBMISSION)).isZero();
        assertThat(tasksOf("ZZB", TASK_SUBMIT_REPORT)).isEqualTo(1);
        assertThat(submissions
                        .report(users.office(), ReportingPeriod.parse(PERIOD), "ZZB")
                        .completions())
                .hasSize(1);

        cycle.submit(PERIOD, "ZZB");
        cycle.accept(PERIOD, "ZZB");
        assertThat(cycle.submission(PERIOD, "ZZB").status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(tasksOf("ZZB", TASK_SUBMIT_REPORT) + tasksOf("ZZB", TASK_REVIEW_SUBMISSION))
                .isZero();
    }

    @Test
    void onceAcceptedOrReturnedWithdrawingIsRefused() {
        cycle.open(PERIOD);
        cycle.submit(PERIOD, "ZZB");
        Submission accepted = cycle.accept(PERIOD, "ZZB");
        refused(
                ConflictException.class,
                () -> submissions.withdraw(
                        users.headOf("ZZB"), ReportingPeriod.parse(PERIOD), "ZZB", accepted.version()));
        assertThat(cycle.submission(PERIOD, "ZZB")).isEqualTo(accepted);

        cycle.submit(PERIOD, "XJB");
        Submission returned = cycle.returnToDepartment(PERIOD, "XJB", "请补充。");
        refused(
                ConflictException.class,
                () -> submissions.withdraw(
                        users.headOf("XJB"), ReportingPeriod.parse(PERIOD), "XJB", returned.version()));
        assertThat(cycle.submission(PERIOD, "XJB")).isEqualTo(returned);
        assertThat(tasksOf("XJB", TASK_SUBMIT_REPORT)).isEqualTo(1);
    }

    @Test
    void onlyTheDepartmentsHeadWithdrawsAndAStaleVersionIsRefused() {
        cycle.open(PERIOD);
        Submission submitted = cycle.submit(PERIOD, "ZZB");

        refused(
                NotFoundException.class,
                () -> submissions.withdraw(
                        users.headOf("XJB"), ReportingPeriod.parse(PERIOD), "ZZB", submitted.version()));
        refused(
                ForbiddenException.class,
                () -> submissions.withdraw(users.office(), ReportingPeriod.parse(PERIOD), "ZZB", submitted.version()));
        refused(
                ConflictException.class,
                () -> submissions.withdraw(
                        users.headOf("ZZB"), ReportingPeriod.parse(PERIOD), "ZZB", submitted.version() - 1));

        assertThat(cycle.submission(PERIOD, "ZZB")).isEqualTo(submitted);
        assertThat(tasksOf("ZZB", TASK_REVIEW_SUBMISSION)).isEqualTo(1);
    }

    private long tasksOf(String department, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(PERIOD)
                .taskDefinitionKey(taskKey)
                .taskVariableValueEquals(VAR_DEPARTMENT_CODE, department)
                .count();
    }
}

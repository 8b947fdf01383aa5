package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_REVIEW_SUBMISSION;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;
import static org.reportcycle.cycle.MonthlyCycleProcess.VAR_DEPARTMENT_CODE;
import static org.reportcycle.support.Refusals.refused;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.submission.Report;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** The office returns a report with a comment; the department sees it, corrects the report and is accepted. */
class ReportReturnedProcessTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String COMMENT = "请补充21日专题会议的参会人数。";

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionReview review;

    @Test
    void returnsSubmissionToDepartment() {
        ProcessInstance instance = cycle.open(PERIOD);
        cycle.submit(PERIOD, "ZZB");
        assertThat(tasksOf("ZZB", TASK_REVIEW_SUBMISSION)).isEqualTo(1);
        assertThat(tasksOf("ZZB", TASK_SUBMIT_REPORT)).isZero();

        cycle.returnToDepartment(PERIOD, "ZZB", "  " + COMMENT + " ");

        assertThat(instance)
                .hasPassed(TASK_REVIEW_SUBMISSION, "Gateway_SubmissionAccepted")
                .isWaitingAt(TASK_SUBMIT_REPORT)
                .isNotWaitingAt(TASK_REVIEW_SUBMISSION);
        assertThat(tasksOf("ZZB", TASK_SUBMIT_REPORT)).isEqualTo(1);
        assertThat(tasksOf("ZZB", TASK_REVIEW_SUBMISSION)).isZero();
        Report seenByHead = submissions.report(users.headOf("ZZB"), ReportingPeriod.parse(PERIOD), "ZZB");
        assertThat(seenByHead.submission().status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(seenByHead.submission().officeComment()).isEqualTo(COMMENT);
        assertThat(seenByHead.completions()).hasSize(1);
        assertThat(outboxRecipients("REPORT_RETURNED")).containsExactly("zzb@example.org");

        cycle.submit(PERIOD, "ZZB");
        assertThat(tasksOf("ZZB", TASK_REVIEW_SUBMISSION)).isEqualTo(1);
        cycle.accept(PERIOD, "ZZB");

        assertThat(cycle.submission(PERIOD, "ZZB").status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(tasksOf("ZZB", TASK_SUBMIT_REPORT) + tasksOf("ZZB", TASK_REVIEW_SUBMISSION))
                .isZero();
        assertThat(instance).isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(tasks.createTaskQuery()
                        .processInstanceId(instance.getId())
                        .taskDefinitionKey(TASK_SUBMIT_REPORT)
                        .count())
                .isEqualTo(directory.participatingDepartments().size() - 1);
    }

    @Test
    void refusesToReturnAReportWithoutAComment() {
        ProcessInstance instance = cycle.open(PERIOD);
        Submission submitted = cycle.submit(PERIOD, "ZZB");

        InvalidInputException refused = refused(
                InvalidInputException.class,
                () -> review.returnToDepartment(
                        users.office(), ReportingPeriod.parse(PERIOD), "ZZB", submitted.version(), "   "));

        assertThat(refused.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.field()).isEqualTo("comment"));
        assertThat(cycle.submission(PERIOD, "ZZB")).isEqualTo(submitted);
        assertThat(tasksOf("ZZB", TASK_REVIEW_SUBMISSION)).isEqualTo(1);
        assertThat(instance).isWaitingAt(TASK_REVIEW_SUBMISSION);
        assertThat(outboxRecipients("REPORT_RETURNED")).isEmpty();
    }

    private long tasksOf(String department, String taskKey) {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(PERIOD)
                .taskDefinitionKey(taskKey)
                .taskVariableValueEquals(VAR_DEPARTMENT_CODE, department)
                .count();
    }
}

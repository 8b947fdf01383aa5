package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_COMPILE_BULLETIN;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_REVIEW_SUBMISSION;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;
import static org.reportcycle.support.Refusals.refused;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.BulletinItem;
import org.reportcycle.organization.Department;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionReview;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.submission.SubmissionStatus;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** The office closes collection before every department reported: the rest are missing (未报送). */
class CollectionClosedProcessTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionReview review;

    @Test
    void marksDepartmentsThatDidNotSubmitAsMissingAndCompilesOnlyAcceptedReports() {
        ProcessInstance instance = cycle.open(PERIOD);
        cycle.submit(PERIOD, "ZZB");
        cycle.accept(PERIOD, "ZZB");
        cycle.submit(PERIOD, "XJB");
        cycle.returnToDepartment(PERIOD, "XJB", "请补充数据。");
        submissions.saveDraft(
                users.headOf("QYB"), ReportingPeriod.parse(PERIOD), "QYB", ReportDrafts.valid(PERIOD, "QYB", 0));

        List<String> missing = cycle.closeCollection(PERIOD);

        List<String> others = directory.participatingDepartments().stream()
                .map(Department::code)
                .filter(d -> !d.equals("ZZB"))
                .toList();
        assertThat(missing).containsExactlyInAnyOrderElementsOf(others);
        Map<String, SubmissionStatus> statuses = statuses();
        assertThat(statuses).containsEntry("ZZB", SubmissionStatus.ACCEPTED);
        others.forEach(d -> assertThat(statuses).containsEntry(d, SubmissionStatus.MISSING));

        assertThat(instance)
                .hasPassed("BoundaryEvent_CollectionClosed", "ServiceTask_AssembleBulletin")
                .isWaitingAt(TASK_COMPILE_BULLETIN)
                .isNotWaitingAt(TASK_SUBMIT_REPORT, TASK_REVIEW_SUBMISSION);
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).count())
                .isEqualTo(1);
        assertThat(cycle.status(PERIOD)).isEqualTo(ReportingCycle.Status.COMPILING);
        assertThat(cycle.bulletinItems(PERIOD))
                .isNotEmpty()
                .extracting(BulletinItem::departmentCode)
                .containsOnly("ZZB");

        ConflictException again = refused(ConflictException.class, () -> cycle.closeCollection(PERIOD));
        assertThat(again.messageKey()).isEqualTo("error.cycle.notCollecting");
        ConflictException late = refused(ConflictException.class, () -> cycle.submit(PERIOD, "QYB"));
        assertThat(late.messageKey()).isEqualTo("error.submission.notEditable");
        assertThat(cycle.submission(PERIOD, "QYB").status()).isEqualTo(SubmissionStatus.MISSING);
    }

    @Test
    void refusesToCloseCollectionWhileASubmittedReportAwaitsReview() {
        ProcessInstance instance = cycle.open(PERIOD);
        cycle.submit(PERIOD, "ZZB");
        cycle.accept(PERIOD, "ZZB");
        cycle.submit(PERIOD, "XJB");
        Map<String, SubmissionStatus> before = statuses();

        ConflictException refused = refused(ConflictException.class, () -> cycle.closeCollection(PERIOD));

        assertThat(refused.messageKey()).isEqualTo("error.collection.awaitingReview");
        assertThat(statuses())
                .isEqualTo(before)
                .containsEntry("XJB", SubmissionStatus.SUBMITTED)
                .doesNotContainValue(SubmissionStatus.MISSING);
        assertThat(instance)
                .isWaitingAt(TASK_SUBMIT_REPORT, TASK_REVIEW_SUBMISSION)
                .hasNotPassed("BoundaryEvent_CollectionClosed");
        assertThat(cycle.status(PERIOD)).isEqualTo(ReportingCycle.Status.COLLECTING);
        assertThat(rows("bulletin")).isZero();

        cycle.accept(PERIOD, "XJB");
        assertThat(cycle.closeCollection(PERIOD)).doesNotContain("ZZB", "XJB");
        assertThat(instance).isWaitingAt(TASK_COMPILE_BULLETIN);
        assertThat(cycle.bulletinItems(PERIOD))
                .extracting(BulletinItem::departmentCode)
                .containsOnly("ZZB", "XJB");
    }

    private Map<String, SubmissionStatus> statuses() {
        return review.progress(ReportingPeriod.parse(PERIOD)).stream()
                .collect(Collectors.toMap(Submission::departmentCode, Submission::status));
    }
}

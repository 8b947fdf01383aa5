package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.support.Refusals.refused;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.DemoUsers;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** A department head works on their own department's report only; leaders and the office do not write reports. */
class SubmissionAccessTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionReview review;

    private Report before;

    @BeforeEach
    void openCycle() {
        cycle.open(PERIOD);
        before = stored("ZZB");
    }

    @Test
    void anotherDepartmentsReportIsNotFoundToAHeadAsIfItDidNotExist() {
        ReportDraft draft = ReportDrafts.valid(PERIOD, "ZZB", 0);

        assertNotFound(() -> submissions.saveDraft(users.headOf("XJB"), ReportingPeriod.parse(PERIOD), "ZZB", draft));
        assertNotFound(() -> submissions.submit(users.headOf("XJB"), ReportingPeriod.parse(PERIOD), "ZZB", draft));
        assertNotFound(() -> submissions.report(users.headOf("XJB"), ReportingPeriod.parse(PERIOD), "ZZB"));

        assertThat(stored("ZZB")).isEqualTo(before);
        assertThat(submissions
                        .report(users.headOf("ZZB"), ReportingPeriod.parse(PERIOD), "ZZB")
                        .submission()
                        .departmentCode())
                .isEqualTo("ZZB");
    }

    @Test
    void forbidsLeadersAndTheOfficeToWriteAReport() {
        ReportDraft draft = ReportDrafts.valid(PERIOD, "ZZB", 0);

        assertForbidden(
                () -> submissions.saveDraft(
                        users.user(DemoUsers.OTHER_LEADER), ReportingPeriod.parse(PERIOD), "ZZB", draft),
                "error.forbidden.department");
        assertForbidden(
                () -> submissions.saveDraft(users.signer(), ReportingPeriod.parse(PERIOD), "ZZB", draft),
                "error.forbidden.department");
        assertForbidden(
                () -> submissions.submit(users.office(), ReportingPeriod.parse(PERIOD), "ZZB", draft),
                "error.forbidden.department");

        assertThat(stored("ZZB")).isEqualTo(before);
        assertThat(rows("completion_item") + rows("plan_item")).isZero();
    }

    @Test
    void forbidsAHeadToReviewReports() {
        Submission submitted = cycle.submit(PERIOD, "ZZB");
        Report submittedReport = stored("ZZB");

        assertForbidden(
                () -> review.accept(users.headOf("ZZB"), ReportingPeriod.parse(PERIOD), "ZZB", submitted.version()),
                "error.forbidden.role");
        assertForbidden(
                () -> review.returnToDepartment(
                        users.headOf("XJB"), ReportingPeriod.parse(PERIOD), "ZZB", submitted.version(), "退回"),
                "error.forbidden.role");

        assertThat(stored("ZZB")).isEqualTo(submittedReport);
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(PERIOD)
                        .taskDefinitionKey("Task_ReviewSubmission")
                        .count())
                .isEqualTo(1);
    }

    private static void assertNotFound(Runnable action) {
        assertThat(refused(NotFoundException.class, action::run).messageKey()).isEqualTo("error.submission.unknown");
    }

    private static void assertForbidden(Runnable action, String messageKey) {
        assertThat(refused(ForbiddenException.class, action::run).messageKey()).isEqualTo(messageKey);
    }

    private Report stored(String department) {
        return submissions.report(users.office(), ReportingPeriod.parse(PERIOD), department);
    }
}

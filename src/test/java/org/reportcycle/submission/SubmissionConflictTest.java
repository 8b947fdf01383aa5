package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.reportcycle.support.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.CycleService;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** Actions that do not fit the report's state or version are refused and change nothing. */
class SubmissionConflictTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String DEPARTMENT = "ZZB";

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionReview review;

    @Autowired
    CycleService cycles;

    private CurrentUser head;

    @BeforeEach
    void openCycle() {
        cycle.open(PERIOD);
        head = users.headOf(DEPARTMENT);
    }

    @Test
    void refusesEditingAfterSubmitting() {
        Submission submitted = cycle.submit(PERIOD, DEPARTMENT);
        Report before = stored();

        ConflictException refused = refused(
                ConflictException.class,
                () -> submissions.saveDraft(
                        head,
                        ReportingPeriod.parse(PERIOD),
                        DEPARTMENT,
                        ReportDrafts.of(submitted.version(), List.of(new CompletionEntry("改。", "改过的正文")), List.of())));

        assertThat(refused.messageKey()).isEqualTo("error.submission.notEditable");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void refusesSubmittingTwice() {
        Submission submitted = cycle.submit(PERIOD, DEPARTMENT);
        Report before = stored();

        for (int version : new int[] {submitted.version(), 0}) {
            ConflictException refused = refused(
                    ConflictException.class,
                    () -> submissions.submit(
                            head,
                            ReportingPeriod.parse(PERIOD),
                            DEPARTMENT,
                            ReportDrafts.valid(PERIOD, DEPARTMENT, version)));
            assertThat(refused.messageKey()).isEqualTo("error.submission.notEditable");
        }

        assertThat(stored()).isEqualTo(before);
        assertThat(reviewTasks()).isEqualTo(1);
    }

    @Test
    void refusesAStaleVersion() {
        submissions.saveDraft(
                head, ReportingPeriod.parse(PERIOD), DEPARTMENT, ReportDrafts.valid(PERIOD, DEPARTMENT, 0));
        Report before = stored();
        assertThat(before.submission().version()).isEqualTo(1);
        ReportDraft builtOnVersionZero = ReportDrafts.of(0, List.of(new CompletionEntry("旧表单。", "旧表单的正文")), List.of());

        ConflictException onSave = refused(
                ConflictException.class,
                () -> submissions.saveDraft(head, ReportingPeriod.parse(PERIOD), DEPARTMENT, builtOnVersionZero));
        ConflictException onSubmit = refused(
                ConflictException.class,
                () -> submissions.submit(head, ReportingPeriod.parse(PERIOD), DEPARTMENT, builtOnVersionZero));

        assertThat(List.of(onSave.messageKey(), onSubmit.messageKey())).containsOnly("error.submission.stale");
        assertThat(stored()).isEqualTo(before);
        assertThat(reviewTasks()).isZero();
    }

    @Test
    void refusesReviewingAStaleVersion() {
        Submission submitted = cycle.submit(PERIOD, DEPARTMENT);
        Report before = stored();

        ConflictException refused = refused(
                ConflictException.class,
                () -> review.accept(
                        users.office(), ReportingPeriod.parse(PERIOD), DEPARTMENT, submitted.version() - 1));

        assertThat(refused.messageKey()).isEqualTo("error.submission.stale");
        assertThat(stored()).isEqualTo(before);
        assertThat(reviewTasks()).isEqualTo(1);
    }

    @Test
    void rollsTheReportBackWhenItsProcessTaskIsGone() {
        Report before = stored();
        runtime.deleteProcessInstance(cycle.processInstance(PERIOD).getId(), "gone");

        ConflictException refused = refused(
                ConflictException.class,
                () -> submissions.submit(
                        head,
                        ReportingPeriod.parse(PERIOD),
                        DEPARTMENT,
                        ReportDrafts.valid(
                                PERIOD, DEPARTMENT, before.submission().version())));

        assertThat(refused.messageKey()).isEqualTo("error.task.gone");
        assertThat(stored()).isEqualTo(before);
        assertThat(rows("completion_item") + rows("plan_item")).isZero();
    }

    @Test
    void refusesAnUnknownOrMalformedPeriod() {
        ReportDraft draft = ReportDrafts.valid(PERIOD, DEPARTMENT, 0);
        long reports = rows("submission");

        NotFoundException unknown = refused(
                NotFoundException.class,
                () -> submissions.saveDraft(head, ReportingPeriod.parse("2026-10"), DEPARTMENT, draft));
        assertThat(unknown.messageKey()).isEqualTo("error.submission.unknown");
        assertThat(refused(NotFoundException.class, () -> cycles.find(ReportingPeriod.parse("2026-10")))
                        .messageKey())
                .isEqualTo("error.cycle.unknown");
        for (String malformed : new String[] {"2026-13", "2026/11", "", "2026-11-01"}) {
            InvalidInputException invalid = refused(
                    InvalidInputException.class,
                    () -> submissions.submit(head, ReportingPeriod.parse(malformed), DEPARTMENT, draft));
            assertThat(invalid.problems())
                    .as(malformed)
                    .singleElement()
                    .satisfies(p -> assertThat(p.messageKey()).isEqualTo("error.period.format"));
        }

        assertThat(rows("submission")).isEqualTo(reports);
        assertThat(rows("completion_item") + rows("plan_item")).isZero();
    }

    private long reviewTasks() {
        return tasks.createTaskQuery()
                .processInstanceBusinessKey(PERIOD)
                .taskDefinitionKey("Task_ReviewSubmission")
                .count();
    }

    private Report stored() {
        return submissions.report(users.office(), ReportingPeriod.parse(PERIOD), DEPARTMENT);
    }
}

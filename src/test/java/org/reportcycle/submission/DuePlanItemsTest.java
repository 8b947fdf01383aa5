package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.reportcycle.support.Refusals.refused;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.plan.PlanStatus;
import org.reportcycle.plan.PlanStatus.Progress;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The plan items a published bulletin approved for December come back in December's report, and the department
 * must say how each stands before it can submit.
 */
class DuePlanItemsTest extends CycleTestBase {

    private static final String NOVEMBER = "2026-11";
    private static final String DECEMBER = "2026-12";
    private static final String DEPARTMENT = "ZZB";

    @Autowired
    SubmissionService submissions;

    private PlanItem due;
    private Report before;

    @BeforeEach
    void publishNovemberAndOpenDecember() {
        cycle.open(NOVEMBER);
        cycle.submitAndAcceptAll(NOVEMBER);
        cycle.signOffAndPublish(NOVEMBER);
        cycle.open(DECEMBER);
        before = stored();
        assertThat(before.dueItems())
                .singleElement()
                .satisfies(d -> assertThat(d.status()).isNull());
        due = before.dueItems().get(0).item();
        assertThat(due.departments()).containsExactly(DEPARTMENT);
        assertThat(due.planPeriod()).isEqualTo(DECEMBER);
    }

    @Test
    void refusesToSubmitUntilEveryDueItemIsAccountedFor() {
        assertProblem(List.of(), "planStatuses", "error.planStatus.missing");
        assertProblem(
                List.of(new PlanStatus(due.id(), Progress.NOT_DONE, " ")),
                "planStatuses[0].reason",
                "error.planStatus.reasonRequired");
        assertProblem(
                List.of(
                        new PlanStatus(due.id(), Progress.DONE, null),
                        new PlanStatus(due.id() + 1000, Progress.DONE, null)),
                "planStatuses",
                "error.planStatus.unknownItem");
        assertProblem(
                List.of(
                        new PlanStatus(due.id(), Progress.DONE, null),
                        new PlanStatus(due.id(), Progress.NOT_DONE, "理由")),
                "planStatuses",
                "error.planStatus.duplicate");
        assertThat(stored()).isEqualTo(before);

        submissions.submit(
                users.headOf(DEPARTMENT),
                ReportingPeriod.parse(DECEMBER),
                DEPARTMENT,
                draft(List.of(new PlanStatus(due.id(), Progress.NOT_DONE, "会议延期至一月召开。"))));

        Report submitted = stored();
        assertThat(submitted.submission().status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(submitted.dueItems())
                .singleElement()
                .satisfies(d ->
                        assertThat(d.status()).isEqualTo(new PlanStatus(due.id(), Progress.NOT_DONE, "会议延期至一月召开。")));
    }

    private void assertProblem(List<PlanStatus> statuses, String field, String messageKey) {
        InvalidInputException refused = refused(
                InvalidInputException.class,
                () -> submissions.submit(
                        users.headOf(DEPARTMENT), ReportingPeriod.parse(DECEMBER), DEPARTMENT, draft(statuses)));
        assertThat(refused.problems())
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(tuple(field, messageKey));
    }

    private ReportDraft draft(List<PlanStatus> statuses) {
        ReportDraft valid =
                ReportDrafts.valid(DECEMBER, DEPARTMENT, before.submission().version());
        return new ReportDraft(valid.version(), valid.completions(), statuses, valid.plans());
    }

    private Report stored() {
        return submissions.report(users.office(), ReportingPeriod.parse(DECEMBER), DEPARTMENT);
    }
}

package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.reportcycle.support.Refusals.refused;
import static org.reportcycle.support.ReportDrafts.completion;
import static org.reportcycle.support.ReportDrafts.nextMonthPlan;

import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** A report with bad content is refused, naming the field, and the saved draft stays exactly as it was. */
class ReportValidationTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String DEPARTMENT = "ZZB";

    @Autowired
    SubmissionService submissions;

    private Report saved;

    @BeforeEach
    void openCycleWithASavedDraft() {
        cycle.open(PERIOD);
        submissions.saveDraft(
                users.headOf(DEPARTMENT),
                ReportingPeriod.parse(PERIOD),
                DEPARTMENT,
                ReportDrafts.valid(PERIOD, DEPARTMENT, 0));
        saved = stored();
    }

    record BadReport(String description, IntFunction<ReportDraft> draft, String field, String messageKey) {
        @Override
        public String toString() {
            return description;
        }
    }

    static Stream<BadReport> badReports() {
        return Stream.of(
                new BadReport(
                        "empty completion title",
                        v -> ReportDrafts.of(v, List.of(new CompletionEntry("  ", "正文")), List.of(plan(DEPARTMENT))),
                        "completions[0].title",
                        "error.field.required"),
                new BadReport(
                        "empty plan title",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("", "wang.jianguo", List.of(DEPARTMENT), "2026-12"))),
                        "plans[0].title",
                        "error.field.required"),
                new BadReport(
                        "a 20,000-character body",
                        v -> ReportDrafts.of(
                                v, List.of(new CompletionEntry("标题。", "字".repeat(20_000))), List.of(plan(DEPARTMENT))),
                        "completions[0].body",
                        "error.field.tooLong"),
                new BadReport(
                        "a NUL character, which no database column keeps",
                        v -> ReportDrafts.of(
                                v, List.of(new CompletionEntry("标题。", "正文\u0000正文")), List.of(plan(DEPARTMENT))),
                        "completions[0].body",
                        "error.field.nul"),
                new BadReport(
                        "an unknown department",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "wang.jianguo", List.of(DEPARTMENT, "NOPE"), "2026-12"))),
                        "plans[0].departments",
                        "error.department.unknown"),
                new BadReport(
                        "a department named twice",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry(
                                        "计划。", "wang.jianguo", List.of(DEPARTMENT, "XJB", DEPARTMENT), "2026-12"))),
                        "plans[0].departments",
                        "error.plan.departmentTwice"),
                new BadReport(
                        "an unknown leader",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "nobody", List.of(DEPARTMENT), "2026-12"))),
                        "plans[0].responsibleLeader",
                        "error.plan.leaderUnknown"),
                new BadReport(
                        "a user who is not a leader",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "zzb", List.of(DEPARTMENT), "2026-12"))),
                        "plans[0].responsibleLeader",
                        "error.plan.leaderUnknown"),
                new BadReport(
                        "a deadline month already past",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "wang.jianguo", List.of(DEPARTMENT), "2026-10"))),
                        "plans[0].deadline",
                        "error.plan.deadlinePast"),
                new BadReport(
                        "a deadline date already past",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "wang.jianguo", List.of(DEPARTMENT), "2026-11-20"))),
                        "plans[0].deadline",
                        "error.plan.deadlinePast"),
                new BadReport(
                        "a deadline more than 24 months ahead",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "wang.jianguo", List.of(DEPARTMENT), "2028-12"))),
                        "plans[0].deadline",
                        "error.plan.deadlineTooFar"),
                new BadReport(
                        "a deadline in the year 9999",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "wang.jianguo", List.of(DEPARTMENT), "9999-12-31"))),
                        "plans[0].deadline",
                        "error.plan.deadlineTooFar"),
                new BadReport(
                        "a plan on other departments only",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "wang.jianguo", List.of("XJB", "GYL"), "2026-12"))),
                        "plans[0].departments",
                        "error.plan.ownDepartmentMissing"),
                new BadReport(
                        "a deadline that is no date",
                        v -> ReportDrafts.of(
                                v,
                                List.of(completion(DEPARTMENT)),
                                List.of(new PlanEntry("计划。", "wang.jianguo", List.of(DEPARTMENT), "十二月份"))),
                        "plans[0].deadline",
                        "error.plan.deadlineFormat"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReports")
    void refusesBadReportAndKeepsTheSavedDraft(BadReport bad) {
        int version = saved.submission().version();
        for (boolean submitting : new boolean[] {false, true}) {
            InvalidInputException refused = refused(InvalidInputException.class, () -> {
                if (submitting) {
                    submissions.submit(
                            users.headOf(DEPARTMENT),
                            ReportingPeriod.parse(PERIOD),
                            DEPARTMENT,
                            bad.draft().apply(version));
                } else {
                    submissions.saveDraft(
                            users.headOf(DEPARTMENT),
                            ReportingPeriod.parse(PERIOD),
                            DEPARTMENT,
                            bad.draft().apply(version));
                }
            });

            assertThat(refused.problems())
                    .as(submitting ? "submit" : "save")
                    .extracting(FieldProblem::field, FieldProblem::messageKey)
                    .containsExactly(tuple(bad.field(), bad.messageKey()));
            assertThat(stored()).isEqualTo(saved);
        }
        assertThat(tasks.createTaskQuery()
                        .processInstanceBusinessKey(PERIOD)
                        .taskDefinitionKey("Task_ReviewSubmission")
                        .count())
                .isZero();
    }

    @Test
    void acceptsADeadlineTwoYearsAheadSharedWithOtherDepartments() {
        PlanEntry plan = new PlanEntry("筹备换届工作。", "wang.jianguo", List.of("XJB", DEPARTMENT), "2028-11-30");

        submissions.saveDraft(
                users.headOf(DEPARTMENT),
                ReportingPeriod.parse(PERIOD),
                DEPARTMENT,
                ReportDrafts.of(saved.submission().version(), List.of(completion(DEPARTMENT)), List.of(plan)));

        assertThat(stored().plans()).singleElement().satisfies(p -> {
            assertThat(p.departments()).containsExactly("XJB", DEPARTMENT);
            assertThat(p.deadline().value()).isEqualTo("2028-11-30");
        });
    }

    private static PlanEntry plan(String department) {
        return nextMonthPlan(PERIOD, department);
    }

    private Report stored() {
        return submissions.report(users.office(), ReportingPeriod.parse(PERIOD), DEPARTMENT);
    }
}

package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_SUBMIT_REPORT;
import static org.reportcycle.support.Refusals.refused;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** The office opens a period by hand: once only, and only a period that can be opened. */
class CycleOpeningTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    CycleService cycles;

    @Test
    void refusesToOpenTheSamePeriodTwice() {
        ProcessInstance first = cycle.open(PERIOD);
        long reports = rows("submission");
        long mails = rows("outbox_message");

        ConflictException second =
                refused(ConflictException.class, () -> cycles.open(users.office(), ReportingPeriod.parse(PERIOD)));

        assertThat(second.messageKey()).isEqualTo("error.cycle.exists");
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(PERIOD)
                        .count())
                .isEqualTo(1);
        assertThat(first).isWaitingAt(TASK_SUBMIT_REPORT);
        assertThat(rows("reporting_cycle")).isEqualTo(1);
        assertThat(rows("submission"))
                .isEqualTo(reports)
                .isEqualTo(directory.participatingDepartments().size());
        assertThat(rows("outbox_message")).isEqualTo(mails);
    }

    @Test
    void opensOnceWhenTwoOfficeUsersOpenThePeriodAtTheSameMoment() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<ReportingCycle>> attempts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                attempts.add(threads.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return cycles.open(users.office(), ReportingPeriod.parse(PERIOD));
                }));
            }
            List<Throwable> refusals = new ArrayList<>();
            int opened = 0;
            for (Future<ReportingCycle> attempt : attempts) {
                try {
                    attempt.get(60, TimeUnit.SECONDS);
                    opened++;
                } catch (ExecutionException e) {
                    refusals.add(e.getCause());
                }
            }

            assertThat(opened).isEqualTo(1);
            assertThat(refusals)
                    .singleElement()
                    .isInstanceOfSatisfying(
                            ConflictException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.cycle.exists"));
        } finally {
            threads.shutdownNow();
        }
        assertThat(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(PERIOD)
                        .count())
                .isEqualTo(1);
        assertThat(rows("submission"))
                .isEqualTo(directory.participatingDepartments().size());
    }

    @Test
    void refusesPeriodsThatCannotBeOpened() {
        assertThat(refused(
                                InvalidInputException.class,
                                () -> cycles.open(users.office(), ReportingPeriod.parse("2026-13")))
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("error.period.format"));
        assertThat(refused(
                                InvalidInputException.class,
                                () -> cycles.open(users.office(), ReportingPeriod.parse("2027-01")))
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.messageKey()).isEqualTo("error.period.outOfRange"));
        assertThat(refused(
                                ForbiddenException.class,
                                () -> cycles.open(users.headOf("ZZB"), ReportingPeriod.parse(PERIOD)))
                        .messageKey())
                .isEqualTo("error.forbidden.role");

        assertThat(runtime.createProcessInstanceQuery()
                        .processDefinitionKey(MonthlyCycleProcess.KEY)
                        .count())
                .isZero();
        assertThat(rows("reporting_cycle") + rows("submission") + rows("outbox_message"))
                .isZero();
    }
}

package org.reportcycle.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.ReportDrafts;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** Two submissions of the same report at the same moment (a double click, two tabs): exactly one wins. */
class ConcurrentSubmissionTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String DEPARTMENT = "ZZB";

    @Autowired
    SubmissionService submissions;

    @Test
    void acceptsExactlyOneOfTwoConcurrentSubmissions() throws Exception {
        cycle.open(PERIOD);
        CurrentUser head = users.headOf(DEPARTMENT);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Future<Submission>> results = new ArrayList<>();
        try {
            for (String tab : new String[] {"第一个窗口", "第二个窗口"}) {
                ReportDraft draft = ReportDrafts.of(
                        0,
                        List.of(new CompletionEntry(tab + "提交的标题。", "正文")),
                        List.of(ReportDrafts.nextMonthPlan(PERIOD, DEPARTMENT)));
                Callable<Submission> submit = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return submissions.submit(head, ReportingPeriod.parse(PERIOD), DEPARTMENT, draft);
                };
                results.add(threads.submit(submit));
            }
            List<Submission> succeeded = new ArrayList<>();
            List<Throwable> refused = new ArrayList<>();
            for (Future<Submission> result : results) {
                try {
                    succeeded.add(result.get(30, TimeUnit.SECONDS));
                } catch (ExecutionException e) {
                    refused.add(e.getCause());
                }
            }

            assertThat(succeeded).hasSize(1);
            assertThat(refused).singleElement().isInstanceOf(ConflictException.class);
            Report stored = submissions.report(users.office(), ReportingPeriod.parse(PERIOD), DEPARTMENT);
            assertThat(stored.submission().status()).isEqualTo(SubmissionStatus.SUBMITTED);
            assertThat(stored.submission().version())
                    .isEqualTo(succeeded.get(0).version())
                    .isEqualTo(1);
            assertThat(stored.completions()).hasSize(1);
            assertThat(stored.plans()).hasSize(1);
            assertThat(rows("completion_item")).isEqualTo(1);
            assertThat(tasks.createTaskQuery()
                            .processInstanceBusinessKey(PERIOD)
                            .taskDefinitionKey("Task_ReviewSubmission")
                            .count())
                    .isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }
}

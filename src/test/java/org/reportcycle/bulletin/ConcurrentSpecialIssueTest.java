package org.reportcycle.bulletin;

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
import org.reportcycle.system.ConflictException;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two special issues started at the same moment (two people in the office, a double click) both ask for the
 * year's next number: each that is made has a number of its own, and one that loses the race is a 409, never a
 * server error.
 */
class ConcurrentSpecialIssueTest extends CycleTestBase {

    @Autowired SpecialIssues specialIssues;

    @Test
    void concurrentSpecialIssuesNeverShareANumber() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<BulletinView>> results = new ArrayList<>();
            for (String title : new String[] {"第一份专刊", "第二份专刊"}) {
                Callable<BulletinView> create = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return specialIssues.create(users.office(), new SpecialIssueDraft(title, null, List.of()));
                };
                results.add(threads.submit(create));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<BulletinView> result : results) {
                try {
                    numbers.add(result.get(30, TimeUnit.SECONDS).bulletin().issueNumber());
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConflictException.class)
                        .hasMessageContaining("numberTaken");
                }
            }

            assertThat(numbers).isNotEmpty().doesNotHaveDuplicates();
            assertThat(rows("bulletin")).isEqualTo(numbers.size());
        } finally {
            threads.shutdownNow();
        }
    }
}

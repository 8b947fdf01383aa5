package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.Retrying;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two special issues started at the same moment (two people in the office, a double click) both ask for the
 * year's next number: both are made, with consecutive numbers of their own (the year's counter row makes the
 * second wait for the first; the first issue of a year may meet the other's new counter row and is tried again,
 * as the pages and the API do).
 */
class ConcurrentSpecialIssueTest extends CycleTestBase {

    @Autowired
    SpecialIssues specialIssues;

    @Autowired
    Retrying retrying;

    @Test
    void concurrentSpecialIssuesBothStartWithConsecutiveNumbers() throws Exception {
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<BulletinView>> results = new ArrayList<>();
            for (String title : new String[] {"第一份专刊", "第二份专刊"}) {
                Callable<BulletinView> create = () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return retrying.run(
                            () -> specialIssues.create(users.office(), new SpecialIssueDraft(title, null, List.of())));
                };
                results.add(threads.submit(create));
            }
            List<Integer> numbers = new ArrayList<>();
            for (Future<BulletinView> result : results) {
                numbers.add(result.get(30, TimeUnit.SECONDS).bulletin().issueNumber());
            }

            assertThat(numbers).hasSize(2).doesNotHaveDuplicates();
            assertThat(Math.abs(numbers.get(0) - numbers.get(1))).isEqualTo(1);
            assertThat(rows("bulletin")).isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }
}

package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.reportcycle.bulletin.BulletinCompiler;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.system.ReportingPeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the process's service tasks do; each delegate calls one of these. */
@Service
class CycleSteps {

    private static final Logger log = LoggerFactory.getLogger(CycleSteps.class);

    private final Cycles cycles;
    private final CycleSchedule schedule;
    private final SubmissionService submissions;
    private final BulletinCompiler compiler;
    private final Clock clock;

    CycleSteps(
            Cycles cycles,
            CycleSchedule schedule,
            SubmissionService submissions,
            BulletinCompiler compiler,
            Clock clock) {
        this.cycles = cycles;
        this.schedule = schedule;
        this.submissions = submissions;
        this.compiler = compiler;
        this.clock = clock;
    }

    Instant submissionDue(ReportingPeriod period) {
        return cycles.find(period).orElseThrow().submissionDueAt().toInstant();
    }

    @Transactional
    List<String> prepareSubmissions(ReportingPeriod period) {
        return submissions.prepare(period, submissionDue(period));
    }

    @Transactional
    void assembleBulletin(ReportingPeriod period) {
        cycles.compiling(period, clock.instant());
        compiler.assemble(period);
    }
}

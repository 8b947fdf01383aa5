package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.monitoring.DepartmentProgress;
import org.reportcycle.monitoring.ProgressService;
import org.reportcycle.submission.SubmissionUrging;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.TestClock;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.ForbiddenException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.beans.factory.annotation.Autowired;

/** The office's 催办: immediate, at most once per department per hour, never for a report already submitted. */
class ManualUrgeTest extends CycleTestBase {

    private static final String P = "2026-11";

    @Autowired
    private SubmissionUrging urging;

    @Autowired
    private ProgressService progress;

    @BeforeEach
    void openAndSubmitOne() {
        cycle.open(P);
        cycle.submit(P, "BGS");
    }

    @Test
    void urgesTheNamedDepartmentsHeadsAtOnceWithTheMessageAndRefusesARepeatWithinTheHour() {
        var result = urging.urge(users.office(), ReportingPeriod.parse(P), List.of("ZZB"), "请今天下班前报送。");
        assertThat(result.urged()).containsExactly("ZZB");
        assertThat(result.urgedNames()).isEqualTo("组织部");
        assertThat(progress.progress(users.office(), P).departments())
                .as("the cycle page marks 已督办")
                .filteredOn(DepartmentProgress::urged)
                .extracting(DepartmentProgress::departmentCode)
                .containsExactly("ZZB");
        assertThat(urgeMails()).containsExactly("zzb@example.org");
        assertThat(jdbc.sql("SELECT text_body FROM outbox_message WHERE kind = 'URGE'")
                        .query(String.class)
                        .single())
                .contains("【催办】", "组织部", "办公室留言：请今天下班前报送。");

        TestClock.setTo(NOVEMBER_2026_OPENING.plusMinutes(59));
        assertThatThrownBy(() -> urging.urge(users.office(), ReportingPeriod.parse(P), List.of("XJB", "ZZB"), null))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).args()).containsExactly("组织部"));
        assertThat(urgeMails())
                .as("nothing half-written: XJB was not urged either")
                .hasSize(1);

        TestClock.setTo(NOVEMBER_2026_OPENING.plusHours(1));
        assertThat(urging.urge(users.office(), ReportingPeriod.parse(P), List.of("ZZB"), null)
                        .urged())
                .containsExactly("ZZB");
        assertThat(urgeMails()).hasSize(2);
    }

    @Test
    void refusesADepartmentThatHasSubmittedAndWritesNothing() {
        assertThatThrownBy(() -> urging.urge(users.office(), ReportingPeriod.parse(P), List.of("ZZB", "BGS"), null))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).messageKey()).isEqualTo("error.urge.notPending"));
        assertThat(urgeMails()).isEmpty();
    }

    @Test
    void allPendingSkipsTheRecentlyUrgedAndSaysWhich() {
        urging.urge(users.office(), ReportingPeriod.parse(P), List.of("ZZB"), null);
        TestClock.setTo(LocalDateTime.of(2026, 11, 25, 9, 30));

        var result = urging.urge(users.office(), ReportingPeriod.parse(P), null, "月底前请报送。");

        assertThat(result.skipped()).containsExactly("ZZB");
        assertThat(result.urged()).containsExactly("GYL", "JCB", "JJB", "NZG", "QYB", "XJB");
        assertThat(urgeMails()).hasSize(7).containsOnlyOnce("zzb@example.org");
    }

    @Test
    void onlyTheOfficeUrges() {
        assertThatThrownBy(() -> urging.urge(users.headOf("ZZB"), ReportingPeriod.parse(P), List.of("ZZB"), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> urging.urge(users.signer(), ReportingPeriod.parse(P), null, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(urgeMails()).isEmpty();
    }

    private List<String> urgeMails() {
        return outboxRecipients("URGE");
    }
}

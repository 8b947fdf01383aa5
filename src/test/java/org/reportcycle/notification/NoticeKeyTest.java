package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Rows already in databases carry these keys: each format is pinned here, letter for letter. */
class NoticeKeyTest {

    private static final Instant AT = Instant.ofEpochMilli(1_795_000_000_000L);

    @Test
    void emailsKeepTheKeysTheirRowsWereWrittenWith() {
        assertThat(NoticeKey.cycleOpened("2026-11", "ZZB", "zzb")).hasToString("cycle-opened:2026-11:ZZB:zzb");
        assertThat(NoticeKey.reportReturned(7, 3, "zzb")).hasToString("report-returned:7:3:zzb");
        assertThat(NoticeKey.urge("2026-11", "ZZB", AT, "zzb")).hasToString("urge:2026-11:ZZB:1795000000000:zzb");
        assertThat(NoticeKey.signOff(42, 5)).hasToString("sign-off:42:5");
        assertThat(NoticeKey.signOffReturned(42, 5, "office")).hasToString("sign-off-returned:42:5:office");
        assertThat(NoticeKey.published(42, "zzb")).hasToString("published:42:zzb");
        assertThat(NoticeKey.distribution(42, "a@example.org")).hasToString("distribution:42:a@example.org");
        assertThat(NoticeKey.extensionRequested(9)).hasToString("extension-requested:9");
        assertThat(NoticeKey.extensionDecided(9, "zzb")).hasToString("extension-decided:9:zzb");
        assertThat(NoticeKey.digest("zzb", LocalDate.of(2026, 11, 30))).hasToString("digest:zzb:2026-11-30");
    }

    @Test
    void remindersKeepTheirSubjectsAndKeys() {
        assertThat(NoticeKey.submission("2026-11", "ZZB").reminder("zzb", "r0", "BLUE"))
                .hasToString("submission:2026-11:ZZB:r0:BLUE:zzb");
        assertThat(NoticeKey.step("compile", "2026-11").reminder("office", LocalDate.of(2026, 12, 3)))
                .hasToString("compile:2026-11:2026-12-03:office");
        assertThat(NoticeKey.planItem(7).reminder("zzb", "DUE_IN_5_DAYS", LocalDate.of(2026, 12, 1)))
                .hasToString("plan:7:DUE_IN_5_DAYS:2026-12-01:zzb");
    }

    @Test
    void prefixesFindTheirMailings() {
        assertThat(NoticeKey.cycleOpenedIn("2026-11")).hasToString("cycle-opened:2026-11:");
        assertThat(NoticeKey.urgesIn("2026-11")).hasToString("urge:2026-11:");
        assertThat(NoticeKey.urgesOf("2026-11", "ZZB")).hasToString("urge:2026-11:ZZB:");
        assertThat(NoticeKey.distributionOf(42))
                .hasToString("distribution:42:")
                .isEqualTo(NoticeKey.distribution(42, "a@example.org").mailing());
        assertThat(NoticeKey.withdrawn(AT)).hasToString("withdrawn:1795000000000:");
        assertThat(NoticeKey.DISTRIBUTIONS).hasToString("distribution:");
    }

    @Test
    void aPrefixReadsTheNextPartOfTheKeysUnderIt() {
        String urge = NoticeKey.urge("2026-11", "ZZB", AT, "zzb").value();

        assertThat(NoticeKey.urgesIn("2026-11").nextPart(urge)).contains("ZZB");
        assertThat(NoticeKey.urgesIn("2026-12").nextPart(urge)).isEmpty();
        assertThat(NoticeKey.DISTRIBUTIONS.deeper("distribution:42:a@example.org"))
                .contains(NoticeKey.distributionOf(42));
        assertThat(NoticeKey.DISTRIBUTIONS.deeper("distribution:42")).isEmpty();
    }

    @Test
    void onlyADistributionsPrefixNamesItsBulletin() {
        assertThat(NoticeKey.distributionOf(42).distributedBulletin()).hasValue(42);
        assertThat(new NoticeKey.Prefix("distribution:x:").distributedBulletin())
                .isEmpty();
        assertThat(new NoticeKey.Prefix("distribution:4:2:").distributedBulletin())
                .isEmpty();
        assertThat(NoticeKey.urgesIn("2026-11").distributedBulletin()).isEmpty();
    }

    @Test
    void aKeyWithoutSeparatorIsItsOwnMailingAndWildcardsAreLiteral() {
        assertThat(new NoticeKey("single").mailing()).hasToString("single");
        assertThat(new NoticeKey.Prefix("list_1%:").like()).isEqualTo("list\\_1\\%:%");
        assertThatThrownBy(() -> new NoticeKey(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticeKey.Prefix("")).isInstanceOf(IllegalArgumentException.class);
    }
}

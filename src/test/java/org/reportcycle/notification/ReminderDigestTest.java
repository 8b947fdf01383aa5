package org.reportcycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.reportcycle.notification.Reminder.Colour;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** At most one reminder email a day per person, on working days only, listing everything due for them. */
class ReminderDigestTest extends CycleTestBase {

    private static final LocalDate SATURDAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate NATIONAL_DAY = LocalDate.of(2026, 10, 2);

    @Autowired
    private Reminders reminders;

    @Autowired
    private ReminderDigests digests;

    @Autowired
    private TransactionTemplate tx;

    @Test
    void sendsOneDigestPerPersonOnAWorkingDayListingEveryLine() {
        record("a", "zzb", Colour.BLUE, "submission:2026-11:ZZB", SATURDAY);
        record("b", "zzb", Colour.YELLOW, "plan:7", MONDAY);
        record("c", "office", Colour.RED, "submission:2026-11:XJB", MONDAY);

        assertThat(digests.send(MONDAY)).isEqualTo(2);

        List<String> bodies = digestBodies("zzb@example.org");
        assertThat(bodies)
                .singleElement()
                .satisfies(body -> assertThat(body)
                        .contains("【蓝】", "【黄】", "事项 a", "事项 b", "截止 11月30日 17:00", "/reports/2026-11/ZZB"));
        assertThat(digestBodies("office@example.org"))
                .singleElement()
                .satisfies(b -> assertThat(b).contains("【红】"));
        assertThat(reminders.of(NoticeKey.planItem(7)))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("SENT"));
    }

    @Test
    void sendsNothingOnAWeekendOrHolidayAndKeepsTheRemindersForTheNextWorkingDay() {
        record("a", "zzb", Colour.BLUE, "submission:2026-11:ZZB", SATURDAY);

        assertThat(digests.send(SATURDAY)).isZero();
        assertThat(digests.send(NATIONAL_DAY)).isZero();
        assertThat(digestBodies("zzb@example.org")).isEmpty();

        assertThat(digests.send(MONDAY)).isEqualTo(1);
    }

    @Test
    void neverSendsASecondDigestTheSameDayAndKeepsLateRemindersForTomorrow() {
        record("a", "zzb", Colour.BLUE, "submission:2026-11:ZZB", MONDAY);
        assertThat(digests.send(MONDAY)).isEqualTo(1);

        record("late", "zzb", Colour.YELLOW, "plan:8", MONDAY);
        assertThat(digests.send(MONDAY)).isZero();
        assertThat(digestBodies("zzb@example.org")).hasSize(1);
        assertThat(reminders.of(NoticeKey.planItem(8)))
                .singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo("PENDING"));

        assertThat(digests.send(MONDAY.plusDays(1))).isEqualTo(1);
        assertThat(digestBodies("zzb@example.org")).hasSize(2);
    }

    @Test
    void cancelledRemindersAndRepeatedKeysAreNotSent() {
        record("a", "zzb", Colour.BLUE, "submission:2026-11:ZZB", MONDAY);
        record("a", "zzb", Colour.BLUE, "submission:2026-11:ZZB", MONDAY);
        assertThat(reminders.of(NoticeKey.submission("2026-11", "ZZB"))).hasSize(1);

        Integer cancelled = tx.execute(s -> reminders.cancel(NoticeKey.submission("2026-11", "ZZB")));
        assertThat(cancelled).isEqualTo(1);

        assertThat(digests.send(MONDAY)).isZero();
        assertThat(digestBodies("zzb@example.org")).isEmpty();
    }

    @Test
    void theDailyTimerSendsTheDigests() {
        record("a", "zzb", Colour.BLUE, "submission:2026-11:ZZB", MONDAY);
        TestClock.setTo(MONDAY, LocalTime.of(9, 0));

        Job timer = management
                .createJobQuery()
                .processDefinitionKey(ReminderDigestProcess.KEY)
                .activityId(ReminderDigestProcess.START_DIGEST_TIMER)
                .singleResult();
        assertThat(timer.getDuedate()
                        .toInstant()
                        .atZone(ZoneId.of("Asia/Shanghai"))
                        .toLocalTime())
                .isEqualTo(LocalTime.of(9, 0));
        management.executeJob(timer.getId());

        assertThat(digestBodies("zzb@example.org")).hasSize(1);
    }

    private void record(String key, String user, Colour colour, String subject, LocalDate sendOn) {
        tx.executeWithoutResult(s -> reminders.record(new Reminder(
                key,
                user,
                "TEST",
                colour,
                subject,
                "事项 " + key,
                MONDAY.atTime(17, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
                "/reports/2026-11/ZZB",
                sendOn)));
    }

    private List<String> digestBodies(String email) {
        return jdbc.sql("SELECT text_body FROM outbox_message WHERE kind = 'REMINDER_DIGEST' AND recipient_email = ?")
                .param(email)
                .query(String.class)
                .list();
    }
}

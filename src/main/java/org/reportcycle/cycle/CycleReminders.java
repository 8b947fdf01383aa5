package org.reportcycle.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.reportcycle.notification.MailTexts;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Reminder;
import org.reportcycle.notification.Reminders;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.submission.Submission;
import org.reportcycle.submission.SubmissionService;
import org.reportcycle.system.OfficeTime;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cycle's reminders: the submission ladder (blue, yellow, red copied to the responsible leader, red escalated
 * to the office) and the compile and sign-off due-day reminders. The process's timers decide when; this records
 * the reminder lines, which the 09:00 digest sends. Also tells the pages which colour a pending report has now.
 */
@Service
public class CycleReminders {

    private static final Logger log = LoggerFactory.getLogger(CycleReminders.class);

    static final String KIND_SUBMISSION = "SUBMISSION_DUE";
    static final String KIND_COMPILE = "COMPILE_DUE";
    static final String KIND_SIGN_OFF = "SIGN_OFF_DUE";

    private final Reminders reminders;
    private final OrganizationDirectory directory;
    private final SubmissionService submissions;
    private final CycleSchedule schedule;
    private final Cycles cycles;
    private final Clock clock;
    private final MailTexts texts;

    CycleReminders(
            Reminders reminders,
            OrganizationDirectory directory,
            SubmissionService submissions,
            CycleSchedule schedule,
            Cycles cycles,
            Clock clock,
            MailTexts texts) {
        this.texts = texts;
        this.cycles = cycles;
        this.reminders = reminders;
        this.directory = directory;
        this.submissions = submissions;
        this.schedule = schedule;
        this.clock = clock;
    }

    /**
     * Records one rung's reminders for a department whose report is still open. A rung is skipped when a later
     * rung is already due (a report returned late resumes at the rung of the day, not at blue). Keys carry the
     * report's round (when the office last returned it), so a returned report is reminded again but nobody gets
     * the same reminder twice for one round.
     */
    @Transactional
    void remindSubmission(ReportingPeriod period, String departmentCode, LadderRung rung) {
        Submission s = submissions.current(period, departmentCode).orElse(null);
        if (s == null || !s.status().editable() || cycles.backfill(period.businessKey())) {
            return;
        }
        YearMonth month = period.month();
        Instant now = clock.instant();
        for (LadderRung later : LadderRung.values()) {
            if (later.ordinal() > rung.ordinal()
                    && !schedule.ladderAt(month, later).isAfter(now)) {
                log.info("Reminder {} for {} {} skipped: {} is due already", rung, period, departmentCode, later);
                return;
            }
        }
        Department department = directory.department(departmentCode).orElseThrow();
        String round =
                s.reviewedAt() == null ? "r0" : "r" + s.reviewedAt().toInstant().toEpochMilli();
        NoticeKey subject = NoticeKey.submission(period.toString(), departmentCode);
        List<Recipient> recipients = new ArrayList<>();
        String what = what(rung.name(), month, department);
        directory.headsOf(departmentCode).forEach(p -> recipients.add(new Recipient(p, what)));
        if (rung == LadderRung.RED && department.responsibleLeader() != null) {
            directory
                    .person(department.responsibleLeader())
                    .ifPresent(p -> recipients.add(new Recipient(p, what("leader", month, department))));
        }
        if (rung == LadderRung.ESCALATED) {
            directory
                    .withRole(Role.OFFICE.name())
                    .forEach(p -> recipients.add(new Recipient(p, what("office", month, department))));
        }
        LocalDate today = LocalDate.now(clock.withZone(CycleSchedule.ZONE));
        for (Recipient r : recipients) {
            reminders.cancel(subject, r.person().username());
            reminders.record(new Reminder(
                    subject.reminder(r.person().username(), round, rung).value(),
                    r.person().username(),
                    KIND_SUBMISSION,
                    rung.colour(),
                    subject.value(),
                    r.what(),
                    s.dueAt().toInstant(),
                    "/reports/" + period + "/" + departmentCode,
                    today));
        }
    }

    /** Records the due-day reminder of the compile step (to the office) or the sign-off step (to the signer). */
    @Transactional
    void remindStep(ReportingPeriod period, String step, Instant dueAt) {
        if (cycles.backfill(period.businessKey())) {
            return;
        }
        YearMonth month = period.month();
        LocalDate today = LocalDate.now(clock.withZone(CycleSchedule.ZONE));
        boolean compile = MonthlyCycleProcess.STEP_COMPILE.equals(step);
        List<Person> people = compile
                ? directory.withRole(Role.OFFICE.name())
                : directory.person(directory.organization().signer()).stream().toList();
        String what = texts.line(compile ? "mail.reminder.compile" : "mail.reminder.signOff", monthLabel(month));
        String link = "/bulletins/" + period + (compile ? "/compile" : "/sign-off");
        LocalDate dueDay = dueAt.atZone(CycleSchedule.ZONE).toLocalDate();
        NoticeKey subject = NoticeKey.step(step, period.toString());
        for (Person p : people) {
            reminders.record(new Reminder(
                    subject.reminder(p.username(), dueDay).value(),
                    p.username(),
                    compile ? KIND_COMPILE : KIND_SIGN_OFF,
                    Reminder.Colour.YELLOW,
                    subject.value(),
                    what,
                    dueAt,
                    link,
                    today));
        }
    }

    /** The ladder colour of a report still open at {@code now}: the last rung whose time has come, if any. */
    public Optional<Reminder.Colour> colour(ReportingPeriod period, Instant now) {
        if (cycles.backfill(period.businessKey())) {
            return Optional.empty();
        }
        YearMonth month = period.month();
        Reminder.Colour colour = null;
        for (LadderRung rung : LadderRung.values()) {
            if (!schedule.ladderAt(month, rung).isAfter(now)) {
                colour = rung.colour();
            }
        }
        return Optional.ofNullable(colour);
    }

    /** The reminder line of a report: its rung's, or that of the leader's copy or the office's escalation. */
    private String what(String to, YearMonth month, Department department) {
        return texts.line("mail.reminder.submission." + to, monthLabel(month), department.name());
    }

    private static String monthLabel(YearMonth m) {
        return OfficeTime.month(m);
    }

    private record Recipient(Person person, String what) {}
}

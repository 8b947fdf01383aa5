package org.reportcycle.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.notification.MailText;
import org.reportcycle.notification.MailTexts;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.OfficeTime;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Role;
import org.reportcycle.system.Validation;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's manual reminder (催办): an immediate email to the heads of departments that have not submitted, with
 * an optional message, at most once per department per hour. Naming a department that submitted or was reminded
 * within the hour refuses the whole request; "all pending" skips the recently reminded ones and says which.
 */
@Service
public class SubmissionUrging {

    static final Duration INTERVAL = Duration.ofHours(1);
    private final Submissions submissions;
    private final OrganizationDirectory directory;
    private final Outbox outbox;
    private final SubmissionWorkflow workflow;
    private final Clock clock;
    private final MailTexts texts;

    SubmissionUrging(
            Submissions submissions,
            OrganizationDirectory directory,
            Outbox outbox,
            SubmissionWorkflow workflow,
            Clock clock,
            MailTexts texts) {
        this.texts = texts;
        this.workflow = workflow;
        this.submissions = submissions;
        this.directory = directory;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * What was done: the departments reminded and those skipped as reminded within the hour, by code, and the
     * same as people read them (names joined with 、).
     */
    public record Result(List<String> urged, List<String> skipped, String urgedNames, String skippedNames) {}

    @Transactional
    public Result urge(CurrentUser user, ReportingPeriod period, List<String> departments, String message) {
        user.requireRole(Role.OFFICE);
        String note = message == null || message.isBlank() ? null : message.strip();
        new Validation().optionalText(note, "message", 500).throwIfInvalid();
        if (submissions.ofPeriod(period).isEmpty()) {
            throw new NotFoundException("error.cycle.unknown", period.label());
        }
        if (workflow.backfilled(period)) {
            throw new ConflictException("error.urge.backfill", period.label());
        }
        boolean all = departments == null || departments.isEmpty();
        List<Submission> chosen = new ArrayList<>();
        if (all) {
            submissions.ofPeriod(period).stream()
                    .filter(s -> s.status().editable())
                    .map(Submission::departmentCode)
                    .sorted()
                    .forEach(code -> chosen.add(submissions.lock(period, code).orElseThrow()));
            if (chosen.isEmpty()) {
                throw new ConflictException("error.urge.nonePending", period.label());
            }
        } else {
            for (String code : departments.stream().distinct().toList()) {
                Submission s = submissions
                        .lock(period, code)
                        .orElseThrow(() -> new NotFoundException("error.submission.unknown", period.label(), code));
                if (!s.status().editable()) {
                    throw new ConflictException("error.urge.notPending", name(code));
                }
                chosen.add(s);
            }
        }
        Instant now = clock.instant();
        List<String> urged = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (Submission s : chosen) {
            if (outbox.writtenSince(NoticeKey.urgesOf(period.toString(), s.departmentCode()), now.minus(INTERVAL))) {
                if (!all) {
                    throw new ConflictException("error.urge.tooSoon", name(s.departmentCode()));
                }
                skipped.add(s.departmentCode());
            } else {
                urged.add(s.departmentCode());
            }
        }
        if (urged.isEmpty()) {
            throw new ConflictException(
                    "error.urge.allTooSoon",
                    String.join("、", skipped.stream().map(this::name).toList()));
        }
        for (Submission s : chosen) {
            if (urged.contains(s.departmentCode())) {
                send(period, s, note, now);
            }
        }
        return new Result(urged, skipped, names(urged), names(skipped));
    }

    private void send(ReportingPeriod period, Submission s, String note, Instant now) {
        Department d = directory.department(s.departmentCode()).orElseThrow();
        String label = OfficeTime.month(period.month());
        Map<String, Object> variables = new HashMap<>(Map.of(
                "department",
                d.name(),
                "month",
                label,
                "due",
                OfficeTime.DUE.format(s.dueAt().toInstant())));
        variables.put("note", note);
        MailText text = texts.text("urge", variables, label, d.name());
        for (var head : directory.headsOf(d.code())) {
            outbox.enqueue(Notice.of(
                    NoticeKey.urge(period.toString(), d.code(), now, head.username()),
                    "URGE",
                    head.name(),
                    head.email(),
                    text,
                    "/reports/" + period + "/" + d.code()));
        }
    }

    /** The departments the office has reminded (催办) in this period, by code. */
    public Set<String> urged(ReportingPeriod period) {
        NoticeKey.Prefix urges = NoticeKey.urgesIn(period.toString());
        return outbox.keys(urges).stream()
                .flatMap(k -> urges.nextPart(k).stream())
                .collect(Collectors.toSet());
    }

    private String names(List<String> codes) {
        return String.join("、", codes.stream().map(this::name).toList());
    }

    private String name(String code) {
        return directory.department(code).map(Department::name).orElse(code);
    }
}

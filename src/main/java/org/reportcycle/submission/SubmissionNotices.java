package org.reportcycle.submission;

import java.time.Instant;
import java.util.Map;
import org.reportcycle.notification.MailTexts;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.OfficeTime;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.stereotype.Component;

/** The emails a report causes: the cycle is open, the report was returned. Their words are in mail templates. */
@Component
class SubmissionNotices {

    private final Outbox outbox;
    private final OrganizationDirectory directory;
    private final MailTexts texts;

    SubmissionNotices(Outbox outbox, OrganizationDirectory directory, MailTexts texts) {
        this.outbox = outbox;
        this.directory = directory;
        this.texts = texts;
    }

    void cycleOpened(ReportingPeriod period, Department department, Instant dueAt) {
        String month = month(period);
        var text = texts.text(
                "cycleOpened",
                Map.of("month", month, "department", department.name(), "due", OfficeTime.DUE.format(dueAt)),
                month,
                department.name());
        directory
                .headsOf(department.code())
                .forEach(head -> outbox.enqueue(Notice.of(
                        NoticeKey.cycleOpened(period.toString(), department.code(), head.username()),
                        "CYCLE_OPENED",
                        head.name(),
                        head.email(),
                        text,
                        link(period, department.code()))));
    }

    /** A cancelled cycle's opening emails: unsent ones are not sent, and a new opening tells the heads again. */
    void withdrawOpened(ReportingPeriod period) {
        outbox.withdraw(NoticeKey.cycleOpenedIn(period.toString()));
    }

    void returned(Submission s, String comment) {
        Department department = directory.department(s.departmentCode()).orElseThrow();
        ReportingPeriod period = s.period();
        String month = month(period);
        var text = texts.text(
                "reportReturned",
                Map.of("month", month, "department", department.name(), "comment", comment),
                month,
                department.name());
        directory
                .headsOf(s.departmentCode())
                .forEach(head -> outbox.enqueue(Notice.of(
                        NoticeKey.reportReturned(s.id(), s.version(), head.username()),
                        "REPORT_RETURNED",
                        head.name(),
                        head.email(),
                        text,
                        link(period, s.departmentCode()))));
    }

    private static String month(ReportingPeriod period) {
        return OfficeTime.month(period.month());
    }

    private static String link(ReportingPeriod period, String department) {
        return "/reports/" + period + "/" + department;
    }
}

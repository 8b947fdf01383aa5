package org.reportcycle.submission;

import java.time.Instant;

import org.reportcycle.system.OfficeTime;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.Periods;
import org.springframework.stereotype.Component;

/** The emails a report causes: the cycle is open, the report was returned. */
@Component
class SubmissionNotices {

    private final Outbox outbox;
    private final OrganizationDirectory directory;

    SubmissionNotices(Outbox outbox, OrganizationDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    void cycleOpened(String period, Department department, Instant dueAt) {
        String month = month(period);
        directory.headsOf(department.code()).forEach(head -> outbox.enqueue(Notice.of(
            NoticeKey.cycleOpened(period, department.code(), head.username()), "CYCLE_OPENED",
            head.name(), head.email(), "【月度报送】请填报" + month + "工作情况（" + department.name() + "）",
            link(period, department.code()),
            month + "报送已开启。请于" + OfficeTime.DUE.format(dueAt) + "前填报" + department.name()
                + "本月工作完成情况、本月计划事项进展和下月工作计划。")));
    }

    /** A cancelled cycle's opening emails: unsent ones are not sent, and a new opening tells the heads again. */
    void withdrawOpened(String period) {
        outbox.withdraw(NoticeKey.cycleOpenedIn(period));
    }

    void returned(Submission s, String comment) {
        Department department = directory.department(s.departmentCode()).orElseThrow();
        String month = month(s.period());
        directory.headsOf(s.departmentCode()).forEach(head -> outbox.enqueue(Notice.of(
            NoticeKey.reportReturned(s.id(), s.version(), head.username()), "REPORT_RETURNED",
            head.name(), head.email(), "【月度报送】" + month + "报送已退回修改（" + department.name() + "）",
            link(s.period(), s.departmentCode()),
            "办公室退回了" + department.name() + month + "的报送，请修改后重新提交。", "退回意见：" + comment)));
    }

    private static String month(String period) {
        var m = Periods.parse(period);
        return OfficeTime.month(m);
    }

    private static String link(String period, String department) {
        return "/reports/" + period + "/" + department;
    }
}

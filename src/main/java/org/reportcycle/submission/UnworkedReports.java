package org.reportcycle.submission;

import java.util.List;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Reminders;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.ReportingPeriod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports of a cycle the office cancels: only while nobody has worked on them (no draft saved, nothing
 * submitted), and then they go with every reminder and opening email not yet sent.
 */
@Service
public class UnworkedReports {

    private final JdbcClient jdbc;
    private final SubmissionNotices notices;
    private final Reminders reminders;
    private final OrganizationDirectory directory;

    UnworkedReports(JdbcClient jdbc, SubmissionNotices notices, Reminders reminders, OrganizationDirectory directory) {
        this.jdbc = jdbc;
        this.notices = notices;
        this.reminders = reminders;
        this.directory = directory;
    }

    /** The names of the departments that saved or submitted the period's report, in display order. */
    @Transactional(readOnly = true)
    public List<String> workedOn(ReportingPeriod period) {
        return workedOn(period.toString());
    }

    private List<String> workedOn(String period) {
        List<String> codes = jdbc.sql("""
                SELECT department_code FROM submission WHERE period = ?
                AND (status <> 'NOT_STARTED' OR saved_at IS NOT NULL OR submitted_at IS NOT NULL)""").param(period).query(String.class).list();
        return directory.departments().stream()
                .filter(d -> codes.contains(d.code()))
                .map(Department::name)
                .toList();
    }

    /**
     * Removes the period's untouched reports, their pending reminders and unsent opening emails. The rows are
     * locked first, so that a draft saved meanwhile is seen here and refuses the removal rather than vanishing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void remove(ReportingPeriod period) {
        List<String> codes = jdbc.sql("SELECT department_code FROM submission WHERE period = ? FOR UPDATE")
                .param(period.toString())
                .query(String.class)
                .list();
        List<String> worked = workedOn(period);
        if (!worked.isEmpty()) {
            throw new ConflictException("error.cycle.cancel.worked", period.label(), String.join("、", worked));
        }
        codes.forEach(code -> reminders.cancel(NoticeKey.submission(period.toString(), code)));
        notices.withdrawOpened(period);
        jdbc.sql("DELETE FROM plan_item_status WHERE submission_id IN (SELECT id FROM submission WHERE period = ?)")
                .param(period.toString())
                .update();
        jdbc.sql("DELETE FROM submission WHERE period = ?")
                .param(period.toString())
                .update();
    }
}

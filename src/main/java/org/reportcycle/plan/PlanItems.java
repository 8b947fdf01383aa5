package org.reportcycle.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Stores plan items and their reported status. Checking input is the caller's part. */
@Service
public class PlanItems {

    private static final String COLUMNS = "id, submission_id, plan_period, position, title, responsible_leader, "
            + "department_codes, deadline_month, deadline_date, approved";

    private final JdbcClient jdbc;

    PlanItems(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces what a submission proposes for its plan month. */
    public void replaceProposed(long submissionId, YearMonth planPeriod, List<PlanEntry> entries) {
        jdbc.sql("DELETE FROM plan_item WHERE submission_id = ? AND NOT approved")
                .param(submissionId)
                .update();
        for (int i = 0; i < entries.size(); i++) {
            PlanEntry e = entries.get(i);
            Deadline d = Deadline.parse(e.deadline());
            jdbc.sql(
                            "INSERT INTO plan_item (submission_id, plan_period, position, title, responsible_leader, "
                                    + "department_codes, deadline_month, deadline_date, approved) VALUES (?, ?, ?, ?, ?, ?, ?, ?, FALSE)")
                    .params(
                            submissionId,
                            planPeriod.toString(),
                            i,
                            e.title().strip(),
                            e.responsibleLeader(),
                            String.join(",", e.departments()),
                            d.month() == null ? null : d.month().toString(),
                            d.date() == null ? null : Date.valueOf(d.date()))
                    .update();
        }
    }

    public List<PlanItem> proposedBy(long submissionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE submission_id = ? ORDER BY position")
                .param(submissionId)
                .query(PlanItems::row)
                .list();
    }

    public List<PlanItem> proposedBy(Collection<Long> submissionIds) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE submission_id IN (:ids) ORDER BY position")
                .param("ids", submissionIds)
                .query(PlanItems::row)
                .list();
    }

    /** Approved items of a plan month in whose 责任部室 the department is. */
    public List<PlanItem> approvedFor(YearMonth planPeriod, String departmentCode) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM plan_item WHERE plan_period = ? AND approved ORDER BY id")
                .param(planPeriod.toString())
                .query(PlanItems::row)
                .list()
                .stream()
                .filter(p -> p.departments().contains(departmentCode))
                .toList();
    }

    public void approve(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("UPDATE plan_item SET approved = TRUE WHERE id IN (:ids)")
                    .param("ids", ids)
                    .update();
        }
    }

    public void replaceStatuses(long submissionId, List<PlanStatus> statuses) {
        jdbc.sql("DELETE FROM plan_item_status WHERE submission_id = ?")
                .param(submissionId)
                .update();
        statuses.forEach(s -> jdbc.sql(
                        "INSERT INTO plan_item_status (submission_id, plan_item_id, status, reason) VALUES (?, ?, ?, ?)")
                .params(submissionId, s.planItemId(), s.progress().name(), s.reason())
                .update());
    }

    public Map<Long, PlanStatus> statuses(long submissionId) {
        return jdbc
                .sql("SELECT plan_item_id, status, reason FROM plan_item_status WHERE submission_id = ?")
                .param(submissionId)
                .query((rs, n) ->
                        new PlanStatus(rs.getLong(1), PlanStatus.Progress.valueOf(rs.getString(2)), rs.getString(3)))
                .list()
                .stream()
                .collect(Collectors.toMap(PlanStatus::planItemId, s -> s));
    }

    private static PlanItem row(ResultSet rs, int n) throws SQLException {
        String month = rs.getString("deadline_month");
        Date date = rs.getDate("deadline_date");
        Deadline deadline =
                new Deadline(month == null ? null : YearMonth.parse(month), date == null ? null : date.toLocalDate());
        return new PlanItem(
                rs.getLong("id"),
                rs.getLong("submission_id"),
                rs.getString("plan_period"),
                rs.getInt("position"),
                rs.getString("title"),
                rs.getString("responsible_leader"),
                Arrays.asList(rs.getString("department_codes").split(",")),
                deadline,
                rs.getBoolean("approved"));
    }
}

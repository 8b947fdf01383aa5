package org.reportcycle.plan;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tracking columns of plan items: status, current deadline, next reminder. */
@Component
class PlanTrackingStore {

    private static final String COLUMNS = "id, plan_period, title, responsible_leader, department_codes, "
            + "deadline_month, deadline_date, current_deadline_month, current_deadline_date, tracking, "
            + "next_reminder_at, next_reminder_kind";

    private final JdbcClient jdbc;

    PlanTrackingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts tracking an approved item once; false if it is not approved or is tracked already. */
    boolean startTracking(long id) {
        return jdbc.sql("""
                UPDATE plan_item SET tracking = 'OPEN', current_deadline_month = deadline_month,
                    current_deadline_date = deadline_date
                WHERE id = ? AND approved AND tracking IS NULL""").param(id).update() == 1;
    }

    Optional<TrackedPlanItem> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE id = ? AND tracking IS NOT NULL")
                .param(id)
                .query(PlanTrackingStore::row)
                .optional();
    }

    /** The item, its row locked until the transaction ends, so that decisions on it happen one at a time. */
    Optional<TrackedPlanItem> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE id = ? AND tracking IS NOT NULL FOR UPDATE")
                .param(id)
                .query(PlanTrackingStore::row)
                .optional();
    }

    List<TrackedPlanItem> ofPeriod(YearMonth planPeriod) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE plan_period = ? AND tracking IS NOT NULL "
                        + "ORDER BY id")
                .param(planPeriod.toString())
                .query(PlanTrackingStore::row)
                .list();
    }

    /** Every tracked item, newest plan month first. */
    List<TrackedPlanItem> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_item WHERE tracking IS NOT NULL "
                        + "ORDER BY plan_period DESC, id")
                .query(PlanTrackingStore::row)
                .list();
    }

    List<Long> open() {
        return jdbc.sql("SELECT id FROM plan_item WHERE tracking = 'OPEN' ORDER BY id")
                .query(Long.class)
                .list();
    }

    /** Ends an open item's tracking; false if it had ended already. */
    boolean end(long id, TrackedPlanItem.Status status) {
        return jdbc.sql("""
                UPDATE plan_item SET tracking = ?, next_reminder_at = NULL, next_reminder_kind = NULL
                WHERE id = ? AND tracking = 'OPEN'""").params(status.name(), id).update() == 1;
    }

    void moveDeadline(long id, Deadline deadline) {
        jdbc.sql("UPDATE plan_item SET current_deadline_month = ?, current_deadline_date = ? WHERE id = ?")
                .params(
                        deadline.month() == null ? null : deadline.month().toString(),
                        deadline.date() == null ? null : Date.valueOf(deadline.date()),
                        id)
                .update();
    }

    void nextReminder(long id, NextReminder next) {
        jdbc.sql("UPDATE plan_item SET next_reminder_at = ?, next_reminder_kind = ? WHERE id = ?")
                .params(Timestamp.from(next.at()), next.kind().name(), id)
                .update();
    }

    private static TrackedPlanItem row(ResultSet rs, int n) throws SQLException {
        Timestamp next = rs.getTimestamp("next_reminder_at");
        String kind = rs.getString("next_reminder_kind");
        return new TrackedPlanItem(
                rs.getLong("id"),
                rs.getString("plan_period"),
                rs.getString("title"),
                rs.getString("responsible_leader"),
                Arrays.asList(rs.getString("department_codes").split(",")),
                deadline(rs.getString("deadline_month"), rs.getDate("deadline_date")),
                deadline(rs.getString("current_deadline_month"), rs.getDate("current_deadline_date")),
                TrackedPlanItem.Status.valueOf(rs.getString("tracking")),
                next == null ? null : next.toInstant(),
                kind == null ? null : PlanReminderKind.valueOf(kind));
    }

    private static Deadline deadline(String month, Date date) {
        LocalDate day = date == null ? null : date.toLocalDate();
        return new Deadline(month == null ? null : YearMonth.parse(month), day);
    }
}

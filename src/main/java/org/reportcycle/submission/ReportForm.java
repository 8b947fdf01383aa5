package org.reportcycle.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.reportcycle.plan.PlanEntry;
import org.reportcycle.plan.PlanItem;
import org.reportcycle.plan.PlanStatus;

/** The report form as the page posts it; rows left wholly blank are ignored. */
public class ReportForm {

    private int version;
    private List<CompletionRow> completions = new ArrayList<>();
    private List<StatusRow> statuses = new ArrayList<>();
    private List<PlanRow> plans = new ArrayList<>();

    static ReportForm of(Report report) {
        ReportForm form = new ReportForm();
        form.version = report.submission().version();
        report.completions().forEach(c -> form.completions.add(new CompletionRow(c.title(), c.body())));
        report.dueItems().forEach(d -> form.statuses.add(StatusRow.of(d)));
        report.plans().forEach(p -> form.plans.add(PlanRow.of(p)));
        return form;
    }

    ReportDraft draft() {
        return new ReportDraft(
                version,
                completions.stream()
                        .filter(c -> !blank(c.title) || !blank(c.body))
                        .map(c -> new CompletionEntry(c.title, c.body))
                        .toList(),
                statuses.stream()
                        .filter(s -> !blank(s.progress))
                        .map(s -> new PlanStatus(s.planItemId, progress(s.progress), s.reason))
                        .toList(),
                plans.stream()
                        .filter(p -> !blank(p.title) || !blank(p.effectiveDeadline()))
                        .map(p -> new PlanEntry(p.title, p.responsibleLeader, p.departments, p.effectiveDeadline()))
                        .toList());
    }

    /** An unknown value counts as not given; the validator then asks for it. */
    private static PlanStatus.Progress progress(String value) {
        try {
            return PlanStatus.Progress.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public List<CompletionRow> getCompletions() {
        return completions;
    }

    public void setCompletions(List<CompletionRow> completions) {
        this.completions = completions;
    }

    public List<StatusRow> getStatuses() {
        return statuses;
    }

    public void setStatuses(List<StatusRow> statuses) {
        this.statuses = statuses;
    }

    public List<PlanRow> getPlans() {
        return plans;
    }

    public void setPlans(List<PlanRow> plans) {
        this.plans = plans;
    }

    /** 工作完成情况: a title sentence and its body. */
    public static class CompletionRow {
        private String title;
        private String body;

        public CompletionRow() {}

        CompletionRow(String title, String body) {
            this.title = title;
            this.body = body;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getBody() {
            return body;
        }

        public void setBody(String body) {
            this.body = body;
        }
    }

    /** How a plan item due this month stands. */
    public static class StatusRow {
        private long planItemId;
        private String progress;
        private String reason;

        static StatusRow of(Report.DueItem due) {
            StatusRow row = new StatusRow();
            row.planItemId = due.item().id();
            row.progress = due.status() == null ? null : due.status().progress().name();
            row.reason = due.status() == null ? null : due.status().reason();
            return row;
        }

        public long getPlanItemId() {
            return planItemId;
        }

        public void setPlanItemId(long planItemId) {
            this.planItemId = planItemId;
        }

        public String getProgress() {
            return progress;
        }

        public void setProgress(String progress) {
            this.progress = progress;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /**
     * 下月工作计划: title, 责任领导, 责任部室, 完成时限 (2026-12 or 2026-12-15). The page offers the deadline as a
     * month picker and a date picker (a date wins); {@code deadline} still takes it as text.
     */
    public static class PlanRow {
        private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

        private String title;
        private String responsibleLeader;
        private List<String> departments = new ArrayList<>();
        private String deadline;
        private String deadlineMonth;
        private String deadlineDate;

        static PlanRow of(PlanItem p) {
            PlanRow row = new PlanRow();
            row.title = p.title();
            row.responsibleLeader = p.responsibleLeader();
            row.departments = new ArrayList<>(p.departments());
            row.deadline = p.deadline().value();
            return row;
        }

        /** A new row: the department's own leader and the department itself, which most plan items have. */
        static PlanRow presetFor(String leader, String department) {
            PlanRow row = new PlanRow();
            row.responsibleLeader = leader;
            row.departments.add(department);
            return row;
        }

        /** What the head chose: the date if given, else the month, else the text. */
        String effectiveDeadline() {
            if (!blank(deadlineDate)) {
                return deadlineDate.trim();
            }
            return blank(deadlineMonth) ? deadline : deadlineMonth.trim();
        }

        public String getDeadlineMonth() {
            return deadlineMonth != null
                    ? deadlineMonth
                    : deadline != null && MONTH.matcher(deadline).matches() ? deadline : null;
        }

        public void setDeadlineMonth(String deadlineMonth) {
            this.deadlineMonth = deadlineMonth;
        }

        public String getDeadlineDate() {
            return deadlineDate != null || getDeadlineMonth() != null ? deadlineDate : deadline;
        }

        public void setDeadlineDate(String deadlineDate) {
            this.deadlineDate = deadlineDate;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getResponsibleLeader() {
            return responsibleLeader;
        }

        public void setResponsibleLeader(String responsibleLeader) {
            this.responsibleLeader = responsibleLeader;
        }

        public List<String> getDepartments() {
            return departments;
        }

        public void setDepartments(List<String> departments) {
            this.departments = departments;
        }

        public String getDeadline() {
            return deadline;
        }

        public void setDeadline(String deadline) {
            this.deadline = deadline;
        }
    }
}

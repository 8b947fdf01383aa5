package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

/** The compile page's form: header fields and every item in its order. */
public class BulletinForm {

    private int version;
    private Integer issueNumber;
    /** ISO (2026-11-21): the only format an {@code <input type="date">} shows and sends. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issueDate;
    private String title;
    private String intro;
    private String planTitle;
    private List<Row> items = new ArrayList<>();

    static BulletinForm of(BulletinView view) {
        Bulletin b = view.bulletin();
        BulletinForm form = new BulletinForm();
        form.version = b.version();
        form.issueNumber = b.issueNumber();
        form.issueDate = b.issueDate();
        form.title = b.title();
        form.intro = b.intro();
        form.planTitle = b.planTitle();
        view.items().forEach(i -> form.items.add(
            new Row(i.id(), i.section().name(), i.departmentCode(), i.title(), i.body(), i.excluded())));
        return form;
    }

    BulletinEdit edit() {
        return new BulletinEdit(version, issueNumber, issueDate, title, intro, planTitle,
            items.stream().map(r -> new BulletinEdit.ItemEdit(r.id, r.title, r.body, r.excluded)).toList());
    }

    /** Applies an "up-ID" or "down-ID" button; any other action leaves the order as it is. */
    void move(String action) {
        int step = action.startsWith("up-") ? -1 : action.startsWith("down-") ? 1 : 0;
        if (step != 0) {
            try {
                move(Long.parseLong(action.substring(action.indexOf('-') + 1)), step);
            } catch (NumberFormatException e) {
                // Not an item: nothing to move.
            }
        }
    }

    /** Moves item {@code id} one place up (-1) or down (+1) within its section. */
    private void move(long id, int step) {
        for (int i = 0; i < items.size(); i++) {
            int j = i + step;
            if (items.get(i).id == id && j >= 0 && j < items.size()
                    && items.get(j).section.equals(items.get(i).section)) {
                Collections.swap(items, i, j);
                return;
            }
        }
    }

    public int getVersion() { return version; }
    public void setVersion(int version) { this.version = version; }
    public Integer getIssueNumber() { return issueNumber; }
    public void setIssueNumber(Integer issueNumber) { this.issueNumber = issueNumber; }
    public LocalDate getIssueDate() { return issueDate; }
    public void setIssueDate(LocalDate issueDate) { this.issueDate = issueDate; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public String getPlanTitle() { return planTitle; }
    public void setPlanTitle(String planTitle) { this.planTitle = planTitle; }
    public List<Row> getItems() { return items; }
    public void setItems(List<Row> items) { this.items = items; }

    /** One item: its text and whether it is left out. */
    public static class Row {
        private long id;
        private String section;
        private String department;
        private String title;
        private String body;
        private boolean excluded;

        public Row() {
        }

        Row(long id, String section, String department, String title, String body, boolean excluded) {
            this.id = id;
            this.section = section;
            this.department = department;
            this.title = title;
            this.body = body;
            this.excluded = excluded;
        }

        public long getId() { return id; }
        public void setId(long id) { this.id = id; }
        public String getSection() { return section; }
        public void setSection(String section) { this.section = section; }
        public String getDepartment() { return department; }
        public void setDepartment(String department) { this.department = department; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public boolean isExcluded() { return excluded; }
        public void setExcluded(boolean excluded) { this.excluded = excluded; }
    }
}

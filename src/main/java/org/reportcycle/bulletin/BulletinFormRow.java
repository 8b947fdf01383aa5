package org.reportcycle.bulletin;

/** One item on the compile page: its text, whether it is left out, and whether it joins the item above. */
public class BulletinFormRow {

    private long id;
    private String section;
    private String department;
    private String title;
    private String body;
    private boolean excluded;
    private boolean mergeIntoPrevious;
    private String responsible;
    private String departments;
    private String deadlineText;

    public BulletinFormRow() {}

    BulletinFormRow(long id, String section, String department, String title, String body, boolean excluded) {
        this.id = id;
        this.section = section;
        this.department = department;
        this.title = title;
        this.body = body;
        this.excluded = excluded;
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
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

    public boolean isExcluded() {
        return excluded;
    }

    public void setExcluded(boolean excluded) {
        this.excluded = excluded;
    }
    /** A plan item's printed lines: 责任领导, 责任部室, 完成时限. */
    BulletinFormRow withPlanLines(String responsible, String departments, String deadlineText) {
        this.responsible = responsible;
        this.departments = departments;
        this.deadlineText = deadlineText;
        return this;
    }

    public String getResponsible() {
        return responsible;
    }

    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    public String getDepartments() {
        return departments;
    }

    public void setDepartments(String departments) {
        this.departments = departments;
    }

    public String getDeadlineText() {
        return deadlineText;
    }

    public void setDeadlineText(String deadlineText) {
        this.deadlineText = deadlineText;
    }

    public boolean isMergeIntoPrevious() {
        return mergeIntoPrevious;
    }

    public void setMergeIntoPrevious(boolean mergeIntoPrevious) {
        this.mergeIntoPrevious = mergeIntoPrevious;
    }
}

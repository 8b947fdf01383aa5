package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.reportcycle.bulletin.BulletinEdit.ItemEdit;
import org.reportcycle.bulletin.BulletinEdit.RecipientEdit;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.Numbering;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The compile page's form: header and footer fields, the two lists as lines "名称 &lt;address&gt;", every item in
 * its order, and one blank item to add.
 */
public class BulletinForm {

    private static final Pattern RECIPIENT = Pattern.compile("(.*?)\\s*<([^<>]*)>\\s*");

    private int version;
    private Integer issueNumber;
    /** ISO (2026-11-21): the only format an {@code <input type="date">} shows and sends. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate issueDate;

    private String title;
    private String intro;
    private String planTitle;
    private Numbering numbering;
    private String bulletinName;
    private String organizationName;
    private String editor;
    private String phone;
    private String reportTo;
    private String distributeTo;
    private List<BulletinFormRow> items = new ArrayList<>();
    private String newTitle;
    private String newBody;

    static BulletinForm of(BulletinView view) {
        Bulletin b = view.bulletin();
        BulletinDocument doc = view.document();
        BulletinForm form = new BulletinForm();
        form.version = b.version();
        form.issueNumber = b.issueNumber();
        form.issueDate = b.issueDate();
        form.title = b.title();
        form.intro = b.intro();
        form.planTitle = b.planTitle();
        form.numbering = b.numbering();
        form.bulletinName = doc.bulletinName();
        form.organizationName = doc.organization();
        form.editor = doc.editor();
        form.phone = doc.phone();
        form.reportTo = lines(view.recipients(), ListKind.REPORT);
        form.distributeTo = lines(view.recipients(), ListKind.DISTRIBUTE);
        view.items()
                .forEach(i -> form.items.add(new BulletinFormRow(
                                i.id(), i.section().name(), i.departmentCode(), i.title(), i.body(), i.excluded())
                        .withPlanLines(i.responsible(), i.departments(), i.deadlineText())));
        return form;
    }

    BulletinEdit edit() {
        List<ItemEdit> edits = new ArrayList<>(items.stream()
                .map(r -> new ItemEdit(
                        r.getId(),
                        null,
                        r.getTitle(),
                        r.getBody(),
                        r.isExcluded(),
                        r.isMergeIntoPrevious(),
                        r.getResponsible(),
                        r.getDepartments(),
                        r.getDeadlineText()))
                .toList());
        if (newTitle != null && !newTitle.isBlank()) {
            edits.add(new ItemEdit(null, Section.COMPLETION, newTitle, newBody, false, false));
        }
        return new BulletinEdit(
                version,
                issueNumber,
                issueDate,
                title,
                intro,
                planTitle,
                numbering,
                bulletinName,
                organizationName,
                editor,
                phone,
                recipients(reportTo),
                recipients(distributeTo),
                edits);
    }

    private static String lines(List<Recipient> recipients, ListKind kind) {
        return String.join(
                "\n",
                recipients.stream()
                        .filter(r -> r.list() == kind)
                        .map(r -> r.name() + " <" + r.email() + ">")
                        .toList());
    }

    /** One recipient per non-blank line; a line without an address in &lt;…&gt; gets none, and is refused. */
    private static List<RecipientEdit> recipients(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines()
                .filter(l -> !l.isBlank())
                .map(l -> {
                    Matcher m = RECIPIENT.matcher(l.strip());
                    return m.matches() ? new RecipientEdit(m.group(1), m.group(2)) : new RecipientEdit(l.strip(), null);
                })
                .toList();
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
            if (items.get(i).getId() == id
                    && j >= 0
                    && j < items.size()
                    && items.get(j).getSection().equals(items.get(i).getSection())) {
                Collections.swap(items, i, j);
                return;
            }
        }
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public Integer getIssueNumber() {
        return issueNumber;
    }

    public void setIssueNumber(Integer issueNumber) {
        this.issueNumber = issueNumber;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public void setIssueDate(LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getIntro() {
        return intro;
    }

    public void setIntro(String intro) {
        this.intro = intro;
    }

    public String getPlanTitle() {
        return planTitle;
    }

    public void setPlanTitle(String planTitle) {
        this.planTitle = planTitle;
    }

    public Numbering getNumbering() {
        return numbering;
    }

    public void setNumbering(Numbering numbering) {
        this.numbering = numbering;
    }

    public String getBulletinName() {
        return bulletinName;
    }

    public void setBulletinName(String bulletinName) {
        this.bulletinName = bulletinName;
    }

    public String getOrganizationName() {
        return organizationName;
    }

    public void setOrganizationName(String organizationName) {
        this.organizationName = organizationName;
    }

    public String getEditor() {
        return editor;
    }

    public void setEditor(String editor) {
        this.editor = editor;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getReportTo() {
        return reportTo;
    }

    public void setReportTo(String reportTo) {
        this.reportTo = reportTo;
    }

    public String getDistributeTo() {
        return distributeTo;
    }

    public void setDistributeTo(String distributeTo) {
        this.distributeTo = distributeTo;
    }

    public List<BulletinFormRow> getItems() {
        return items;
    }

    public void setItems(List<BulletinFormRow> items) {
        this.items = items;
    }

    public String getNewTitle() {
        return newTitle;
    }

    public void setNewTitle(String newTitle) {
        this.newTitle = newTitle;
    }

    public String getNewBody() {
        return newBody;
    }

    public void setNewBody(String newBody) {
        this.newBody = newBody;
    }
}

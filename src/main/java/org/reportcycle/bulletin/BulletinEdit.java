package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.util.List;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.Numbering;

/**
 * The editor's changes: header and footer fields, the recipients of the 报 and 发 lists, and every item in its new
 * order (per section), with its text, whether it is left out, and whether it is merged into the item before it.
 * An item without id is a new one. Header fields, numbering and lists left null keep their current values.
 * {@code version} is the one the form was built on.
 */
public record BulletinEdit(
        int version,
        Integer issueNumber,
        LocalDate issueDate,
        String title,
        String intro,
        String planTitle,
        Numbering numbering,
        String bulletinName,
        String organizationName,
        String editor,
        String phone,
        List<RecipientEdit> reportTo,
        List<RecipientEdit> distributeTo,
        List<ItemEdit> items) {

    public BulletinEdit {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** The edit as it was before footer fields and merging existed. */
    public BulletinEdit(
            int version,
            Integer issueNumber,
            LocalDate issueDate,
            String title,
            String intro,
            String planTitle,
            List<ItemEdit> items) {
        this(version, issueNumber, issueDate, title, intro, planTitle, null, null, null, null, null, null, null, items);
    }

    /** This edit with every field left null taken from the bulletin as it is. */
    BulletinEdit orCurrent(Bulletin b, BulletinDocument doc, List<RecipientEdit> report, List<RecipientEdit> send) {
        return new BulletinEdit(
                version,
                issueNumber,
                issueDate,
                title,
                intro,
                planTitle,
                numbering != null ? numbering : b.numbering(),
                or(bulletinName, doc.bulletinName()),
                or(organizationName, doc.organization()),
                or(editor, doc.editor()),
                or(phone, doc.phone()),
                reportTo != null ? reportTo : report,
                distributeTo != null ? distributeTo : send,
                items);
    }

    private static String or(String given, String current) {
        return given != null ? given : current;
    }

    /**
     * One item as edited. A plan item also carries its three printed lines (责任领导, 责任部室, 完成时限); left null,
     * each keeps its current text.
     */
    public record ItemEdit(
            Long id,
            Section section,
            String title,
            String body,
            boolean excluded,
            boolean mergeIntoPrevious,
            String responsible,
            String departments,
            String deadlineText) {

        public ItemEdit(
                Long id, Section section, String title, String body, boolean excluded, boolean mergeIntoPrevious) {
            this(id, section, title, body, excluded, mergeIntoPrevious, null, null, null);
        }

        public ItemEdit(long id, String title, String body, boolean excluded) {
            this(id, null, title, body, excluded, false);
        }
    }

    /** One line of a distribution list: the name printed in the footer and the address its email goes to. */
    public record RecipientEdit(String name, String email) {}
}

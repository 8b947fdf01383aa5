package org.reportcycle.bulletin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinDocument.Paragraph;
import org.reportcycle.document.BulletinDocument.PlanParagraph;
import org.reportcycle.document.Numbering;
import org.reportcycle.notification.DeliveryTally;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.CurrentUser;

/**
 * The bulletin API's answers, one per reader: those who oversee the cycle get the working view (every item with
 * its flag, comments, recipients with addresses); everyone else gets exactly what the published document shows.
 */
final class BulletinAnswers {

    private BulletinAnswers() {}

    /**
     * The answer for {@code user}; the view was already refused to a reader who may not see it. Those who oversee
     * also read how the distribution stands ({@code distribution}, null before publication).
     */
    static Object forReader(CurrentUser user, BulletinView view, DeliveryTally distribution) {
        return user.oversees() ? office(view, distribution) : published(view);
    }

    static OfficeView office(BulletinView view) {
        return office(view, null);
    }

    static OfficeView office(BulletinView view, DeliveryTally distribution) {
        Bulletin b = view.bulletin();
        Header header = new Header(
                b.key(),
                b.period(),
                b.kind(),
                b.status(),
                b.version(),
                b.issueYear(),
                b.issueNumber(),
                b.issueDate(),
                b.title(),
                b.planTitle(),
                b.intro(),
                b.numbering(),
                b.bulletinName(),
                b.organizationName(),
                b.editor(),
                b.phone(),
                b.signerComment(),
                b.approvedBy(),
                b.approvedAt(),
                b.publishedAt());
        List<Item> items = view.items().stream()
                .map(i -> new Item(
                        i.id(),
                        i.section(),
                        i.position(),
                        i.excluded(),
                        i.departmentCode(),
                        i.title(),
                        i.body(),
                        i.responsible(),
                        i.departments(),
                        i.deadlineText()))
                .toList();
        List<Addressee> recipients = view.recipients().stream()
                .map(r -> new Addressee(r.list(), r.name(), r.email()))
                .toList();
        return new OfficeView(header, items, view.document(), view.html(), recipients, distribution);
    }

    static PublishedView published(BulletinView view) {
        Bulletin b = view.bulletin();
        BulletinDocument d = view.document();
        return new PublishedView(
                b.key(),
                b.kind(),
                b.issueYear(),
                b.issueNumber(),
                b.issueDate(),
                d.bulletinName(),
                d.edition(),
                d.organization(),
                d.date(),
                d.title(),
                d.intro(),
                d.items(),
                d.planTitle(),
                d.planItems(),
                d.reportTo(),
                d.distributeTo(),
                d.editor(),
                d.phone(),
                view.html());
    }

    /**
     * The office's working view of a bulletin (office, leaders, administrators): its header and state, every item
     * (left-out ones too), the document as it prints now, both lists with their addresses, and once published how
     * many of its distribution emails were delivered, wait, or failed.
     */
    record OfficeView(
            Header bulletin,
            List<Item> items,
            BulletinDocument document,
            String html,
            List<Addressee> recipients,
            DeliveryTally distribution) {}

    /** Header fields, state and sign-off of a bulletin, for those who work on it. */
    record Header(
            String key,
            String period,
            BulletinKind kind,
            BulletinStatus status,
            int version,
            int issueYear,
            int issueNumber,
            LocalDate issueDate,
            String title,
            String planTitle,
            String intro,
            Numbering numbering,
            String bulletinName,
            String organizationName,
            String editor,
            String phone,
            String signerComment,
            String approvedBy,
            OffsetDateTime approvedAt,
            OffsetDateTime publishedAt) {}

    /** One item as the editor works on it; {@code id} is what an edit refers to. */
    record Item(
            long id,
            BulletinItem.Section section,
            int position,
            boolean excluded,
            String departmentCode,
            String title,
            String body,
            String responsible,
            String departments,
            String deadlineText) {}

    /** One entry of the 报 or 发 list: the name printed and the address its email goes to. */
    record Addressee(ListKind list, String name, String email) {}

    /**
     * A published bulletin as everyone reads it: what the document prints, in order (header, the items it
     * includes, the plan section, the names of the 报/发 footer) and its HTML rendering; nothing else.
     */
    record PublishedView(
            String key,
            BulletinKind kind,
            int issueYear,
            int issueNumber,
            LocalDate issueDate,
            String bulletinName,
            String edition,
            String organization,
            String date,
            String title,
            String intro,
            List<Paragraph> items,
            String planTitle,
            List<PlanParagraph> planItems,
            List<String> reportTo,
            List<String> distributeTo,
            String editor,
            String phone,
            String html) {}
}

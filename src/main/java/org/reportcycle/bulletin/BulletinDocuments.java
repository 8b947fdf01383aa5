package org.reportcycle.bulletin;

import java.util.List;
import java.util.stream.IntStream;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinDocument.Paragraph;
import org.reportcycle.document.BulletinDocument.PlanParagraph;
import org.reportcycle.document.Numbering;
import org.reportcycle.organization.Organization;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.ChineseNumerals;
import org.springframework.stereotype.Component;

/** Builds the document model of a bulletin: included items numbered in order, footer from the issue's lists. */
@Component
class BulletinDocuments {

    static final String SPECIAL_EDITION = "专刊";

    private final Bulletins bulletins;
    private final BulletinRecipients recipients;
    private final OrganizationDirectory directory;

    BulletinDocuments(Bulletins bulletins, BulletinRecipients recipients, OrganizationDirectory directory) {
        this.bulletins = bulletins;
        this.recipients = recipients;
        this.directory = directory;
    }

    BulletinDocument of(Bulletin b) {
        Organization org = directory.organization();
        List<BulletinItem> items =
                bulletins.items(b.id()).stream().filter(i -> !i.excluded()).toList();
        List<BulletinItem> done =
                items.stream().filter(i -> i.section() == Section.COMPLETION).toList();
        List<BulletinItem> plans =
                items.stream().filter(i -> i.section() == Section.PLAN).toList();
        Numbering numbering = b.numbering();
        List<Paragraph> paragraphs = IntStream.range(0, done.size())
                .mapToObj(n -> new Paragraph(
                        numbering.of(n + 1), done.get(n).title(), done.get(n).body()))
                .toList();
        List<PlanParagraph> planParagraphs = IntStream.range(0, plans.size())
                .mapToObj(n -> plan(numbering.of(n + 1), plans.get(n)))
                .toList();
        return new BulletinDocument(
                or(b.bulletinName(), org.bulletinName()),
                edition(b),
                b.issueNumber(),
                or(b.organizationName(), org.name()),
                ChineseNumerals.documentDate(b.issueDate()),
                b.title(),
                b.intro(),
                paragraphs,
                b.planTitle(),
                planParagraphs,
                names(b, ListKind.REPORT),
                names(b, ListKind.DISTRIBUTE),
                or(b.editor(), org.editor()),
                or(b.phone(), org.phone()));
    }

    /** The bulletin's own name (工会要情摘报): its own, else the organisation's, as its masthead prints it. */
    String bulletinName(Bulletin b) {
        return or(b.bulletinName(), directory.organization().bulletinName());
    }

    /** The edition under the masthead: 专刊 for a special issue, none for a monthly one. */
    static String edition(Bulletin b) {
        return b.kind() == BulletinKind.SPECIAL ? SPECIAL_EDITION : null;
    }

    private static PlanParagraph plan(String number, BulletinItem i) {
        return new PlanParagraph(number, i.title(), i.responsible(), i.departments(), i.deadlineText());
    }

    private List<String> names(Bulletin b, ListKind kind) {
        return recipients.of(b.id(), kind).stream().map(Recipient::name).toList();
    }

    private static String or(String own, String organization) {
        return own != null ? own : organization;
    }
}

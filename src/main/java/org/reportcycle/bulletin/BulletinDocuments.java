package org.reportcycle.bulletin;

import java.util.List;

import org.reportcycle.bulletin.BulletinDocument.Paragraph;
import org.reportcycle.bulletin.BulletinDocument.PlanParagraph;
import org.reportcycle.bulletin.BulletinItem.Section;
import org.reportcycle.organization.Organization;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.reportcycle.system.ChineseNumerals;
import org.springframework.stereotype.Component;

/** Builds the document model of a bulletin: included items numbered 一、二、… in order, footer from the lists. */
@Component
class BulletinDocuments {

    private final Bulletins bulletins;
    private final OrganizationDirectory directory;

    BulletinDocuments(Bulletins bulletins, OrganizationDirectory directory) {
        this.bulletins = bulletins;
        this.directory = directory;
    }

    BulletinDocument of(Bulletin b) {
        Organization org = directory.organization();
        List<BulletinItem> items = bulletins.items(b.id()).stream().filter(i -> !i.excluded()).toList();
        List<BulletinItem> done = items.stream().filter(i -> i.section() == Section.COMPLETION).toList();
        List<BulletinItem> plans = items.stream().filter(i -> i.section() == Section.PLAN).toList();
        List<Paragraph> paragraphs = java.util.stream.IntStream.range(0, done.size())
            .mapToObj(n -> new Paragraph(ChineseNumerals.of(n + 1), done.get(n).title(), done.get(n).body())).toList();
        List<PlanParagraph> planParagraphs = java.util.stream.IntStream.range(0, plans.size())
            .mapToObj(n -> plan(n, plans.get(n))).toList();
        return new BulletinDocument(org.bulletinName(), null, b.issueNumber(), org.name(),
            ChineseNumerals.documentDate(b.issueDate()), b.title(), b.intro(), paragraphs, b.planTitle(),
            planParagraphs, names(ListKind.REPORT), names(ListKind.DISTRIBUTE), org.editor(), org.phone());
    }

    private static PlanParagraph plan(int n, BulletinItem i) {
        return new PlanParagraph(ChineseNumerals.of(n + 1), i.title(), i.responsible(), i.departments(),
            i.deadlineText());
    }

    private List<String> names(ListKind kind) {
        return directory.recipients(kind).stream().map(Recipient::name).toList();
    }
}

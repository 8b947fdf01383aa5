package org.reportcycle.document;

import static org.reportcycle.document.OfficialFonts.BODY;
import static org.reportcycle.document.OfficialFonts.HEADING;
import static org.reportcycle.document.OfficialFonts.TITLE;

import org.reportcycle.document.BulletinDocument.Paragraph;
import org.reportcycle.document.BulletinDocument.PlanParagraph;
import org.springframework.stereotype.Component;

/**
 * The bulletin as a Word document after GB/T 9704-2012: red masthead (name, edition, issue, issuer and date, red
 * rule), title, numbered items, the plan section, and the footer block (版记, {@link DocxFooter}) at the foot of
 * an even last page. The content and its order are those of {@link BulletinRenderer#text}; a 报 or 发 line with
 * nobody on it, and an empty 责任编辑 or 联系电话, are left out.
 */
@Component
public class BulletinDocx {

    /** 版头 rule 1.5 pt, in eighths of a point. */
    private static final int RED_RULE = 12;

    public byte[] render(BulletinDocument doc) {
        OfficialDocx docx = new OfficialDocx(doc.title(), doc.organization());
        masthead(docx, doc);
        docx.gap(OfficialDocx.LINE_PITCH);
        docx.centred(doc.title(), TITLE);
        docx.lines(doc.intro(), BODY);
        doc.items().forEach(item -> paragraph(docx, item));
        if (!doc.planItems().isEmpty()) {
            docx.gap(OfficialDocx.LINE_PITCH);
            docx.centred(doc.planTitle(), TITLE);
            doc.planItems().forEach(plan -> plan(docx, plan));
        }
        DocxFooter.add(docx, doc);
        return docx.bytes();
    }

    private static void masthead(OfficialDocx docx, BulletinDocument doc) {
        docx.centred(doc.bulletinName(), OfficialFonts.MASTHEAD).setColor(OfficialFonts.RED);
        if (doc.edition() != null && !doc.edition().isBlank()) {
            docx.centred(doc.edition(), TITLE).setColor(OfficialFonts.RED);
        }
        docx.centred("第 " + doc.issueNumber() + " 期", BODY);
        docx.spread(doc.organization(), doc.date(), BODY);
        docx.rule(OfficialFonts.RED, RED_RULE, 12);
    }

    private static void paragraph(OfficialDocx docx, Paragraph item) {
        docx.run(docx.indented(HEADING), item.number() + "、" + item.title(), HEADING);
        docx.lines(item.body(), BODY);
    }

    private static void plan(OfficialDocx docx, PlanParagraph plan) {
        docx.run(docx.indented(HEADING), plan.number() + "、" + plan.title(), HEADING);
        docx.lines("责任领导：" + plan.responsible(), BODY);
        docx.lines("责任部室：" + plan.departments(), BODY);
        docx.lines("完成时限：" + plan.deadline(), BODY);
    }
}

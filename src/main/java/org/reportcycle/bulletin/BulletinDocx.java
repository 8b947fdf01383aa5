package org.reportcycle.bulletin;

import static org.reportcycle.bulletin.OfficialFonts.BODY;
import static org.reportcycle.bulletin.OfficialFonts.HEADING;
import static org.reportcycle.bulletin.OfficialFonts.NOTE;
import static org.reportcycle.bulletin.OfficialFonts.TITLE;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.reportcycle.bulletin.BulletinDocument.Paragraph;
import org.reportcycle.bulletin.BulletinDocument.PlanParagraph;
import org.springframework.stereotype.Component;

/**
 * The bulletin as a Word document after GB/T 9704-2012: red masthead (name, edition, issue, issuer and date, red
 * rule), title, numbered items, the plan section, and the footer block (版记) between rules. The content and its
 * order are those of {@link BulletinRenderer#text}; a 报 or 发 line with nobody on it is left out.
 */
@Component
class BulletinDocx {

    /** 版头 rule 1.5 pt, 版记 rules 1 pt and 0.75 pt (0.35 mm and 0.25 mm), in eighths of a point. */
    private static final int RED_RULE = 12;
    private static final int OUTER_RULE = 8;
    private static final int INNER_RULE = 6;
    private static final String BLACK = "000000";

    byte[] render(BulletinDocument doc) {
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
        footer(docx, doc);
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

    private static void footer(OfficialDocx docx, BulletinDocument doc) {
        docx.gap(OfficialDocx.LINE_PITCH);
        docx.rule(BLACK, OUTER_RULE, 1);
        listLine(docx, "报：", doc.reportTo());
        listLine(docx, "发：", doc.distributeTo());
        docx.rule(BLACK, INNER_RULE, 4);
        docx.spread("责任编辑：" + doc.editor(), "联系电话：" + doc.phone(), NOTE);
        docx.rule(BLACK, OUTER_RULE, 4);
    }

    private static void listLine(OfficialDocx docx, String label, List<String> names) {
        if (!names.isEmpty()) {
            XWPFParagraph p = docx.inset(NOTE);
            docx.run(p, label + String.join("、", names), NOTE);
        }
    }
}

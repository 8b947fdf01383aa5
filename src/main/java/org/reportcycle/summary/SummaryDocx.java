package org.reportcycle.summary;

import static org.reportcycle.document.OfficialFonts.BODY;
import static org.reportcycle.document.OfficialFonts.HEADING;
import static org.reportcycle.document.OfficialFonts.SUBHEADING;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.reportcycle.document.OfficialDocx;
import org.reportcycle.document.OfficialFonts;
import org.reportcycle.summary.PeriodSummary.Item;
import org.reportcycle.summary.PeriodSummary.Section;
import org.reportcycle.system.ChineseNumerals;
import org.springframework.stereotype.Component;

/**
 * A period summary as an editable Word draft on the bulletin's page setup: organisation, title, intro, then
 * 一、Department and （一）Title（三月）。Body… with the body run on after its heading, as seed 004 sets them.
 */
@Component
class SummaryDocx {

    /** Shown when no report of the range was accepted, so the draft says why it is empty. */
    static final String NOTHING = "〔所选月份没有已采用的报送。〕";

    byte[] render(PeriodSummary summary) {
        OfficialDocx docx = new OfficialDocx(summary.title(), summary.organization());
        docx.centred(summary.organization(), HEADING);
        docx.gap(OfficialDocx.LINE_PITCH);
        docx.centred(summary.title(), OfficialFonts.TITLE);
        docx.gap(OfficialDocx.LINE_PITCH);
        docx.lines(summary.intro(), BODY);
        if (summary.sections().isEmpty()) {
            docx.lines(NOTHING, BODY);
        }
        List<Section> sections = summary.sections();
        for (int i = 0; i < sections.size(); i++) {
            docx.run(
                    docx.indented(HEADING),
                    ChineseNumerals.of(i + 1) + "、" + sections.get(i).department(),
                    HEADING);
            List<Item> items = sections.get(i).items();
            for (int n = 0; n < items.size(); n++) {
                item(docx, n, items.get(n));
            }
        }
        return docx.bytes();
    }

    /** The heading in 楷体 and the body's first line share a paragraph; further body lines follow on their own. */
    private static void item(OfficialDocx docx, int n, Item item) {
        XWPFParagraph p = docx.indented(BODY);
        docx.run(p, "（" + ChineseNumerals.of(n + 1) + "）" + sentence(item.title(), item.month()), SUBHEADING);
        List<String> lines = OfficialDocx.lines(item.body());
        if (!lines.isEmpty()) {
            docx.run(p, lines.get(0), BODY);
        }
        lines.stream().skip(1).forEach(line -> docx.run(docx.indented(BODY), line, BODY));
    }

    /** 政治方向明确坚定。 → 政治方向明确坚定（三月）。: the month note stays inside the heading sentence. */
    private static String sentence(String title, String month) {
        String bare = title.strip().replaceAll("[。．.]+$", "");
        return bare + "（" + month + "）。";
    }
}

package org.reportcycle.bulletin;

import java.util.List;

/**
 * The bulletin as printed, one model for every rendering: masthead, number, organisation, date, title, intro,
 * numbered items, the plan section, and the footer.
 */
public record BulletinDocument(String bulletinName, int issueNumber, String organization, String date,
        String title, String intro, List<Paragraph> items, String planTitle, List<PlanParagraph> planItems,
        List<String> reportTo, List<String> distributeTo, String editor, String phone) {

    /** 一、Title sentence. Body… */
    public record Paragraph(String number, String title, String body) {
    }

    /** 一、Title / 责任领导：… / 责任部室：… / 完成时限：… */
    public record PlanParagraph(String number, String title, String responsible, String departments,
            String deadline) {
    }
}

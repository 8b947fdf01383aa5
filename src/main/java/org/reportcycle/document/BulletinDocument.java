package org.reportcycle.document;

import java.util.List;

/**
 * The bulletin as printed, one model for every rendering: masthead (with {@code edition} "专刊" on a special
 * issue, null on a monthly one), number, organisation, date, title, intro (null when none), numbered items, the
 * plan section (none when {@code planItems} is empty), and the footer (a list, editor or phone line is left out
 * when empty).
 * Item bodies and the intro may hold several paragraphs, one per line.
 */
public record BulletinDocument(
        String bulletinName,
        String edition,
        int issueNumber,
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
        String phone) {

    /** An editor or phone left empty (or null) is "": its footer line is not printed. */
    public BulletinDocument {
        editor = editor == null ? "" : editor.strip();
        phone = phone == null ? "" : phone.strip();
    }

    /** Whether the 版记 has anything to print: a list with names, the editor or the phone. */
    public boolean hasFooter() {
        return !reportTo.isEmpty() || !distributeTo.isEmpty() || !editor.isEmpty() || !phone.isEmpty();
    }

    /** 责任编辑：… or nothing. */
    public String editorLine() {
        return editor.isEmpty() ? "" : "责任编辑：" + editor;
    }

    /** 联系电话：… or nothing. */
    public String phoneLine() {
        return phone.isEmpty() ? "" : "联系电话：" + phone;
    }

    /** 一、Title sentence. Body… ({@code number} is 一 or 1, without the 、) */
    public record Paragraph(String number, String title, String body) {}

    /** 一、Title / 责任领导：… / 责任部室：… / 完成时限：… */
    public record PlanParagraph(String number, String title, String responsible, String departments, String deadline) {}
}

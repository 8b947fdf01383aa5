package org.reportcycle.notification;

/** The plain-text part of an email: greeting, paragraphs, the document if any, and the link. */
final class PlainText {

    private PlainText() {}

    static String of(Notice notice, String baseUrl) {
        StringBuilder text = new StringBuilder(notice.recipientName()).append("：\n\n");
        notice.lines().forEach(line -> text.append(line).append("\n\n"));
        if (notice.documentText() != null) {
            text.append("--------------------------------\n")
                    .append(notice.documentText())
                    .append("\n--------------------------------\n\n");
        }
        if (notice.link() != null) {
            text.append(baseUrl).append(notice.link()).append('\n');
        }
        return text.append("\n-- ReportCycle 月度报送\n").toString();
    }
}

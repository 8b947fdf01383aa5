package org.reportcycle.notification;

import java.util.List;

/** An email's words as {@link MailTexts} renders them: the subject and the paragraphs of its body. */
public record MailText(String subject, List<String> lines) {

    public MailText {
        lines = List.copyOf(lines);
    }
}

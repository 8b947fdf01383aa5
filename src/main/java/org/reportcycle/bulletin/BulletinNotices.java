package org.reportcycle.bulletin;

import java.util.Map;
import java.util.Optional;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.notification.MailText;
import org.reportcycle.notification.MailTexts;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.springframework.stereotype.Component;

/**
 * The emails a bulletin causes: to the signer, back to the office, and the distribution itself. They name the
 * bulletin as its masthead does (its own name, with 专刊 for a special issue); their words are in mail templates.
 */
@Component
class BulletinNotices {

    private final Outbox outbox;
    private final OrganizationDirectory directory;
    private final BulletinRecipients recipients;
    private final BulletinDocuments documents;
    private final MailTexts texts;

    BulletinNotices(
            Outbox outbox,
            OrganizationDirectory directory,
            BulletinRecipients recipients,
            BulletinDocuments documents,
            MailTexts texts) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.directory = directory;
        this.documents = documents;
        this.texts = texts;
    }

    void awaitingSignOff(Bulletin b) {
        String name = name(b);
        MailText text = texts.text("signOffRequested", Map.of("bulletin", name), name);
        directory
                .person(directory.organization().signer())
                .ifPresent(signer -> outbox.enqueue(Notice.of(
                        NoticeKey.signOff(b.id(), b.version()),
                        "SIGN_OFF_REQUESTED",
                        signer.name(),
                        signer.email(),
                        text,
                        "/bulletins/" + b.key() + "/sign-off")));
    }

    void returned(Bulletin b, String comment) {
        String name = name(b);
        MailText text = texts.text("signOffReturned", Map.of("bulletin", name, "comment", comment), name);
        directory
                .withRole("OFFICE")
                .forEach(p -> outbox.enqueue(Notice.of(
                        NoticeKey.signOffReturned(b.id(), b.version(), p.username()),
                        "SIGN_OFF_RETURNED",
                        p.name(),
                        p.email(),
                        text,
                        "/bulletins/" + b.key() + "/compile")));
    }

    /**
     * One email per address of the issue's 报 and 发 lists (an address on both lists gets one), the PDF attached
     * when there is one; then the department heads are told where to read it.
     */
    void distributed(Bulletin b, BulletinDocument doc, String html, String text, Optional<BulletinFile> pdf) {
        String issue = masthead(doc.bulletinName(), doc.edition());
        MailText mail = texts.text("distribution", Map.of("title", doc.title()), issue, b.issueName());
        Optional<Long> attachment =
                pdf.map(f -> outbox.attach(f.fileName(), f.format().contentType(), f.content()));
        for (ListKind kind : ListKind.values()) {
            for (Recipient r : recipients.of(b.id(), kind)) {
                Notice notice = new Notice(
                        NoticeKey.distribution(b.id(), r.email()).value(),
                        "DISTRIBUTION",
                        r.name(),
                        r.email(),
                        mail.subject(),
                        mail.lines(),
                        null,
                        html,
                        text);
                outbox.enqueue(attachment.map(notice::withAttachment).orElse(notice));
            }
        }
        MailText published =
                texts.text("published", Map.of("bulletin", mail.subject(), "title", doc.title()), mail.subject());
        for (Department d : directory.departments()) {
            for (Person head : directory.headsOf(d.code())) {
                outbox.enqueue(Notice.of(
                        NoticeKey.published(b.id(), head.username()),
                        "BULLETIN_PUBLISHED",
                        head.name(),
                        head.email(),
                        published,
                        "/bulletins/" + b.key()));
            }
        }
    }

    /** 2026年第7期工会要情摘报, or 2026年第8期工会要情摘报（专刊）. */
    private String name(Bulletin b) {
        return texts.line(
                "mail.bulletin.issue",
                b.issueName(),
                masthead(documents.bulletinName(b), BulletinDocuments.edition(b)));
    }

    private String masthead(String bulletinName, String edition) {
        return edition == null ? bulletinName : texts.line("mail.bulletin.edition", bulletinName, edition);
    }
}

package org.reportcycle.bulletin;

import java.util.List;
import java.util.Optional;

import org.reportcycle.document.BulletinDocument;
import org.reportcycle.notification.Notice;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.organization.Recipient;
import org.reportcycle.organization.Recipient.ListKind;
import org.springframework.stereotype.Component;

/** The emails a bulletin causes: to the signer, back to the office, and the distribution itself. */
@Component
class BulletinNotices {

    private final Outbox outbox;
    private final OrganizationDirectory directory;
    private final BulletinRecipients recipients;

    BulletinNotices(Outbox outbox, OrganizationDirectory directory, BulletinRecipients recipients) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.directory = directory;
    }

    void awaitingSignOff(Bulletin b) {
        directory.person(directory.organization().signer()).ifPresent(signer -> outbox.enqueue(Notice.of(
            NoticeKey.signOff(b.id(), b.version()), "SIGN_OFF_REQUESTED", signer.name(), signer.email(),
            "【月度报送】请签发" + name(b), "/bulletins/" + b.key() + "/sign-off",
            name(b) + "已编辑完成，请审阅签发或退回修改。")));
    }

    void returned(Bulletin b, String comment) {
        directory.withRole("OFFICE").forEach(p -> outbox.enqueue(Notice.of(
            NoticeKey.signOffReturned(b.id(), b.version(), p.username()), "SIGN_OFF_RETURNED", p.name(),
            p.email(), "【月度报送】" + name(b) + "已退回修改", "/bulletins/" + b.key() + "/compile",
            "领导退回了" + name(b) + "，请修改后重新送签。", "退回意见：" + comment)));
    }

    /**
     * One email per address of the issue's 报 and 发 lists (an address on both lists gets one), the PDF attached
     * when there is one; then the department heads are told where to read it.
     */
    void distributed(Bulletin b, BulletinDocument doc, String html, String text, Optional<BulletinFile> pdf) {
        String subject = doc.bulletinName() + (doc.edition() == null ? "" : "（" + doc.edition() + "）") + " "
            + b.issueName();
        Optional<Long> attachment = pdf.map(f -> outbox.attach(f.fileName(), f.format().contentType(), f.content()));
        for (ListKind kind : ListKind.values()) {
            for (Recipient r : recipients.of(b.id(), kind)) {
                Notice notice = new Notice(NoticeKey.distribution(b.id(), r.email()).value(), "DISTRIBUTION",
                    r.name(), r.email(), subject, List.of(doc.title()), null, html, text);
                outbox.enqueue(attachment.map(notice::withAttachment).orElse(notice));
            }
        }
        for (Department d : directory.departments()) {
            for (Person head : directory.headsOf(d.code())) {
                outbox.enqueue(Notice.of(NoticeKey.published(b.id(), head.username()), "BULLETIN_PUBLISHED",
                    head.name(), head.email(), "【月度报送】" + subject + "已印发", "/bulletins/" + b.key(),
                    subject + "（" + doc.title() + "）已签发印发，可在系统中查阅和下载。"));
            }
        }
    }

    private static String name(Bulletin b) {
        return b.issueYear() + "年第" + b.issueNumber() + "期要情摘报";
    }
}

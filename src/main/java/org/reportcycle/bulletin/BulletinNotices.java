package org.reportcycle.bulletin;

import java.util.List;

import org.reportcycle.notification.Notice;
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

    BulletinNotices(Outbox outbox, OrganizationDirectory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    void awaitingSignOff(Bulletin b) {
        directory.person(directory.organization().signer()).ifPresent(signer -> outbox.enqueue(Notice.of(
            "sign-off:" + b.id() + ":" + b.version(), "SIGN_OFF_REQUESTED", signer.name(), signer.email(),
            "【月度报送】请签发" + name(b), "/bulletins/" + b.period() + "/sign-off",
            name(b) + "已编辑完成，请审阅签发或退回修改。")));
    }

    void returned(Bulletin b, String comment) {
        directory.withRole("OFFICE").forEach(p -> outbox.enqueue(Notice.of(
            "sign-off-returned:" + b.id() + ":" + b.version() + ":" + p.username(), "SIGN_OFF_RETURNED", p.name(),
            p.email(), "【月度报送】" + name(b) + "已退回修改", "/bulletins/" + b.period() + "/compile",
            "领导退回了" + name(b) + "，请修改后重新送签。", "退回意见：" + comment)));
    }

    void distributed(Bulletin b, BulletinDocument doc, String html, String text) {
        String subject = doc.bulletinName() + " " + b.issueYear() + "年第" + b.issueNumber() + "期";
        for (ListKind kind : ListKind.values()) {
            List<Recipient> recipients = directory.recipients(kind);
            recipients.forEach(r -> outbox.enqueue(new Notice("distribution:" + b.id() + ":" + r.email(),
                "DISTRIBUTION", r.name(), r.email(), subject, List.of(doc.title()), null, html, text)));
        }
        for (Department d : directory.departments()) {
            for (Person head : directory.headsOf(d.code())) {
                outbox.enqueue(Notice.of("published:" + b.id() + ":" + head.username(), "BULLETIN_PUBLISHED",
                    head.name(), head.email(), "【月度报送】" + subject + "已印发", "/bulletins/" + b.period(),
                    subject + "（" + doc.title() + "）已签发印发，可在系统中查阅。"));
            }
        }
    }

    private static String name(Bulletin b) {
        return b.issueYear() + "年第" + b.issueNumber() + "期要情摘报";
    }
}

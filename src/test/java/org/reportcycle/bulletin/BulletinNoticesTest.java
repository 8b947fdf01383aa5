package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.document.BulletinDocument;
import org.reportcycle.document.BulletinRenderer;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bulletin's emails name it as its masthead does: the bulletin's own name from the organisation's settings, not a
 * fixed one, and 专刊 for a special issue, in the sign-off request as in the distribution and its notice.
 */
class BulletinNoticesTest extends CycleTestBase {

    private static final String RENAMED = "工作简报";

    @Autowired
    SpecialIssues specialIssues;

    @Autowired
    BulletinSignOff signOff;

    @Autowired
    BulletinNotices notices;

    @Autowired
    BulletinDocuments documents;

    @Autowired
    BulletinRenderer renderer;

    @Autowired
    TransactionTemplate transactions;

    private String configuredName;

    @AfterEach
    void restoreTheBulletinName() {
        if (configuredName != null) {
            rename(configuredName);
        }
    }

    @Test
    void aSpecialIssueOfARenamedBulletinSaysItsNameAndSpecialIssueInEveryEmail() {
        configuredName = directory.organization().bulletinName();
        rename(RENAMED);
        Bulletin b = specialIssues
                .create(
                        users.office(),
                        new SpecialIssueDraft(
                                "关于开展职工技能竞赛的专刊", null, List.of(new SpecialIssueDraft.Item("开展技能竞赛。", "全市 30 家企业参加。"))))
                .bulletin();
        String name = b.issueYear() + "年第" + b.issueNumber() + "期" + RENAMED + "（专刊）";

        signOff.sendToSignOff(users.office(), b.key(), b.version());
        distribute(b);

        assertThat(mails("SIGN_OFF_REQUESTED")).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("【月度报送】请签发" + name);
            assertThat(m.text()).contains(name + "已编辑完成").doesNotContain(configuredName);
        });
        String issue = RENAMED + "（专刊） " + b.issueYear() + "年第" + b.issueNumber() + "期";
        assertThat(mails("DISTRIBUTION"))
                .hasSize(outboxRecipients("DISTRIBUTION").size())
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.subject()).isEqualTo(issue));
        assertThat(mails("BULLETIN_PUBLISHED")).isNotEmpty().allSatisfy(m -> {
            assertThat(m.subject()).isEqualTo("【月度报送】" + issue + "已印发");
            assertThat(m.text()).contains(issue + "（关于开展职工技能竞赛的专刊）已签发印发");
        });
    }

    private void distribute(Bulletin b) {
        transactions.executeWithoutResult(t -> {
            BulletinDocument doc = documents.of(b);
            notices.distributed(b, doc, renderer.html(doc), renderer.text(doc), Optional.empty());
        });
    }

    private void rename(String bulletinName) {
        jdbc.sql("UPDATE organization SET bulletin_name = ? WHERE id = 1")
                .param(bulletinName)
                .update();
    }

    private List<Mail> mails(String kind) {
        return jdbc.sql("SELECT subject, text_body FROM outbox_message WHERE kind = ? ORDER BY id")
                .param(kind)
                .query((rs, n) -> new Mail(rs.getString(1), rs.getString(2)))
                .list();
    }

    private record Mail(String subject, String text) {}
}

package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.BulletinEdit.ItemEdit;
import org.reportcycle.bulletin.BulletinRenditions.Rendition;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The signer approves the files rendered when the draft was sent; what is archived is byte for byte those files;
 * any change after sending (an edit, or a row changed behind the application's back) needs a new sign-off.
 */
class SignOffBindingTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    BulletinSignOff signOff;

    @Autowired
    BulletinEditor editor;

    @Autowired
    BulletinRenditions renditions;

    @Autowired
    BulletinArchive archive;

    private Bulletin sent;
    private Map<BulletinFormat, byte[]> filesAtSending;

    @BeforeEach
    void sendTheNovemberBulletinToSignOff() {
        cycle.open(PERIOD);
        cycle.submitAndAcceptAll(PERIOD);
        cycle.sendToSignOff(PERIOD);
        sent = cycle.bulletin(PERIOD);
        filesAtSending =
                renditions.stored(sent.id()).stream().collect(Collectors.toMap(Rendition::format, Rendition::content));
    }

    @Test
    void archivesExactlyTheFilesTheSignerApproved() {
        cycle.approve(PERIOD);
        Bulletin approved = cycle.bulletin(PERIOD);
        assertThat(approved.approvedHash()).isEqualTo(BulletinRenditions.hash(renditions.stored(sent.id())));
        cycle.runJobs(cycle.processInstance(PERIOD).getId());

        assertThat(filesAtSending).containsKeys(BulletinFormat.TXT, BulletinFormat.HTML);
        filesAtSending.forEach(
                (format, bytes) -> assertThat(archive.published(sent.issueYear(), sent.issueNumber(), format)
                                .content())
                        .isEqualTo(bytes));
    }

    @Test
    void refusesToApproveWhenTheDraftChangedAfterSending() {
        changeAnItemBehindTheApplication();

        assertThatThrownBy(() -> cycle.approve(PERIOD))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("changedSinceSent");
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.AWAITING_SIGN_OFF);
    }

    @Test
    void refusesToPublishWhatDiffersFromTheApprovedFiles() {
        cycle.approve(PERIOD);
        changeAnItemBehindTheApplication();

        Job publish = management
                .createJobQuery()
                .processInstanceId(cycle.issueInstance(PERIOD).getId())
                .singleResult();
        management.executeJob(publish.getId());
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(cycle.bulletin(PERIOD).publishedAt()).isNull();
    }

    @Test
    void anEditAfterApprovalIsRefused() {
        cycle.approve(PERIOD);
        Bulletin b = cycle.bulletin(PERIOD);
        List<ItemEdit> items = cycle.bulletinItems(PERIOD).stream()
                .map(i -> new ItemEdit(i.id(), i.title(), i.body(), i.excluded()))
                .toList();

        assertThatThrownBy(() -> editor.edit(
                        users.office(),
                        PERIOD,
                        new BulletinEdit(
                                b.version(), b.issueNumber(), b.issueDate(), "签发后改的标题", null, b.planTitle(), items)))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("notDraft");
        assertThat(cycle.bulletin(PERIOD).title()).isEqualTo(b.title());
    }

    private void changeAnItemBehindTheApplication() {
        jdbc.sql("UPDATE bulletin_item SET body = body || '（改）' WHERE id = ?")
                .param(cycle.bulletinItems(PERIOD).get(0).id())
                .update();
    }
}

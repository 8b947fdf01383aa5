package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.BulletinEdit.ItemEdit;
import org.reportcycle.cycle.WorkItems;
import org.reportcycle.support.BulletinIssueIds;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A special issue (专刊) is numbered in the same yearly sequence as the monthly bulletins, waits for the signer in
 * its own instance of the issue process, published and distributed like a monthly one; a return ends that instance and the
 * edited draft is sent again.
 */
class SpecialIssueProcessTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    SpecialIssues specialIssues;

    @Autowired
    BulletinSignOff signOff;

    @Autowired
    BulletinEditor editor;

    @Autowired
    BulletinArchive archive;

    @Autowired
    WorkItems workItems;

    @Autowired
    BulletinCompiler compiler;

    @Test
    void specialIssueAndMonthlyBulletinShareOneNumberSequence() {
        cycle.open(PERIOD);
        cycle.submitAndAcceptAll(PERIOD);
        Bulletin monthly = cycle.bulletin(PERIOD);
        Bulletin special = create("关于开展职工技能竞赛的专刊").bulletin();

        assertThat(special.issueYear()).isEqualTo(monthly.issueYear());
        assertThat(special.issueNumber()).isEqualTo(monthly.issueNumber() + 1);
        cycle.signOffAndPublish(PERIOD);
        publish(special);

        assertThat(archive.search(2026, null, null))
                .extracting(ArchiveEntry::issueNumber)
                .containsExactly(special.issueNumber(), monthly.issueNumber());
        assertThat(archive.search(2026, special.issueNumber(), null))
                .extracting(ArchiveEntry::kind)
                .containsExactly(BulletinKind.SPECIAL);
    }

    @Test
    void refusesADuplicateNumberInAYearAndLeavesTheDraftAsItWas() {
        Bulletin first = create("第一份专刊").bulletin();
        BulletinView second = create("第二份专刊");
        Bulletin b = second.bulletin();

        assertThatThrownBy(() -> editor.edit(
                        users.office(),
                        b.key(),
                        new BulletinEdit(
                                b.version(), first.issueNumber(), b.issueDate(), "改号", null, "", edits(second))))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("numberTaken");
        assertThat(specialIssues.list(users.office()))
                .filteredOn(s -> s.id() == b.id())
                .singleElement()
                .satisfies(s -> assertThat(s.issueNumber()).isEqualTo(b.issueNumber()))
                .satisfies(s -> assertThat(s.title()).isEqualTo("第二份专刊"));
        BulletinView nextYear = editor.edit(
                users.office(),
                b.key(),
                new BulletinEdit(
                        b.version(),
                        first.issueNumber(),
                        b.issueDate().plusYears(1),
                        "明年的同号专刊",
                        null,
                        "",
                        edits(second)));
        assertThat(nextYear.bulletin().issueYear()).isEqualTo(first.issueYear() + 1);
    }

    @Test
    void specialIssueIsSignedOffPublishedAndDistributedToEveryRecipient() {
        Bulletin b = create("关于开展职工技能竞赛的专刊").bulletin();
        signOff.sendToSignOff(users.office(), b.key(), b.version());
        ProcessInstance instance = instance(b.key());

        assertThat(instance).isWaitingAt(BulletinIssueIds.TASK_SIGN_OFF);
        assertThat(workItems.of(users.signer()))
                .anySatisfy(w -> assertThat(w.link()).isEqualTo("/bulletins/" + b.key() + "/sign-off"));
        signOff.approve(users.signer(), b.key(), version(b.key()));
        cycle.runJobs(instance.getId());

        assertThat(instance)
                .hasPassed(BulletinIssueIds.SERVICE_PUBLISH, BulletinIssueIds.SERVICE_DISTRIBUTE)
                .isEnded();
        assertThat(outboxRecipients("DISTRIBUTION")).hasSize(6);
        String text = new String(
                archive.published(b.issueYear(), b.issueNumber(), BulletinFormat.TXT)
                        .content(),
                StandardCharsets.UTF_8);
        assertThat(text).contains("专刊", "第 " + b.issueNumber() + " 期", "一、开展技能竞赛。");
    }

    @Test
    void returnedSpecialIssueEndsItsInstanceAndTheEditedDraftIsSentAgain() {
        Bulletin b = create("专刊").bulletin();
        signOff.sendToSignOff(users.office(), b.key(), b.version());
        ProcessInstance first = instance(b.key());
        signOff.returnToOffice(users.signer(), b.key(), version(b.key()), "标题请写完整。");

        assertThat(first).hasPassed(BulletinIssueIds.END_RETURNED).isEnded();
        BulletinView returned = specialIssues.list(users.office()).stream()
                .filter(s -> s.id() == b.id())
                .findFirst()
                .map(s -> editor.edit(
                        users.office(),
                        s.key(),
                        new BulletinEdit(
                                s.version(),
                                s.issueNumber(),
                                s.issueDate(),
                                "关于开展职工技能竞赛的专刊",
                                null,
                                "",
                                edits(compilerView(s.key())))))
                .orElseThrow();
        signOff.sendToSignOff(users.office(), b.key(), returned.bulletin().version());
        assertThat(instance(b.key())).isWaitingAt(BulletinIssueIds.TASK_SIGN_OFF);
    }

    private BulletinView create(String title) {
        return specialIssues.create(
                users.office(),
                new SpecialIssueDraft(title, null, List.of(new SpecialIssueDraft.Item("开展技能竞赛。", "全市 30 家企业参加。"))));
    }

    private BulletinView compilerView(String key) {
        return compiler.view(users.office(), key);
    }

    private int version(String key) {
        return compilerView(key).bulletin().version();
    }

    private static List<ItemEdit> edits(BulletinView view) {
        return view.items().stream()
                .map(i -> new ItemEdit(i.id(), i.title(), i.body(), i.excluded()))
                .toList();
    }

    private ProcessInstance instance(String key) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(BulletinIssueIds.KEY)
                .processInstanceBusinessKey(key)
                .orderByProcessInstanceId()
                .desc()
                .list()
                .get(0);
    }

    private void publish(Bulletin b) {
        signOff.sendToSignOff(users.office(), b.key(), version(b.key()));
        signOff.approve(users.signer(), b.key(), version(b.key()));
        cycle.runJobs(instance(b.key()).getId());
    }
}

package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.reportcycle.cycle.MonthlyCycleProcess.CALL_ISSUE_BULLETIN;
import static org.reportcycle.cycle.MonthlyCycleProcess.END_BULLETIN_DISTRIBUTED;
import static org.reportcycle.cycle.MonthlyCycleProcess.TASK_COMPILE_BULLETIN;
import static org.reportcycle.support.BulletinIssueIds.END_RETURNED;
import static org.reportcycle.support.BulletinIssueIds.GATEWAY_APPROVED;
import static org.reportcycle.support.BulletinIssueIds.SERVICE_PUBLISH;
import static org.reportcycle.support.BulletinIssueIds.TASK_SIGN_OFF;

import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.Bulletin;
import org.reportcycle.bulletin.BulletinEdit;
import org.reportcycle.bulletin.BulletinEdit.ItemEdit;
import org.reportcycle.bulletin.BulletinEditor;
import org.reportcycle.bulletin.BulletinItem;
import org.reportcycle.bulletin.BulletinStatus;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.system.ConflictException;
import org.springframework.beans.factory.annotation.Autowired;

/** The leader returns the bulletin with a comment; the office edits it and sends it again; the leader signs. */
class SignOffReturnedProcessTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String COMMENT = "第一条标题请再精炼。";
    private static final String NEW_TITLE = "示例市总工会十一月份重点工作完成情况";

    @Autowired
    BulletinEditor editor;

    @Test
    void returnsBulletinToOfficeAndSignsOffTheEditedVersion() {
        ProcessInstance instance = cycle.open(PERIOD);
        cycle.submitAndAcceptAll(PERIOD);
        cycle.sendToSignOff(PERIOD);
        ProcessInstance firstIssue = cycle.issueInstance(PERIOD);
        assertThat(firstIssue).isWaitingAt(TASK_SIGN_OFF);

        cycle.returnToOffice(PERIOD, COMMENT);

        assertThat(firstIssue)
                .hasPassed(TASK_SIGN_OFF, GATEWAY_APPROVED, END_RETURNED)
                .hasNotPassed(SERVICE_PUBLISH)
                .isEnded();
        assertThat(instance)
                .hasPassed(CALL_ISSUE_BULLETIN, "Gateway_IssueOutcome")
                .isWaitingAt(TASK_COMPILE_BULLETIN)
                .hasNotPassed(END_BULLETIN_DISTRIBUTED);
        Bulletin returned = cycle.bulletin(PERIOD);
        assertThat(returned.status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(returned.signerComment()).isEqualTo(COMMENT);
        assertThat(returned.approvedHash()).isNull();
        assertThat(outboxRecipients("SIGN_OFF_RETURNED")).containsExactly("office@example.org");

        List<BulletinItem> items = cycle.bulletinItems(PERIOD);
        List<ItemEdit> edits = items.stream()
                .map(i -> new ItemEdit(
                        i.id(), i.title(), i.body(), i.id() == items.get(0).id()))
                .toList();
        editor.edit(
                users.office(),
                PERIOD,
                new BulletinEdit(
                        returned.version(),
                        returned.issueNumber(),
                        returned.issueDate(),
                        NEW_TITLE,
                        null,
                        returned.planTitle(),
                        edits));
        cycle.sendToSignOff(PERIOD);
        assertThat(cycle.issueInstance(PERIOD)).isWaitingAt(TASK_SIGN_OFF);
        cycle.approve(PERIOD);

        Bulletin approved = cycle.bulletin(PERIOD);
        assertThatThrownBy(() -> editor.edit(
                        users.office(),
                        PERIOD,
                        new BulletinEdit(
                                approved.version(),
                                approved.issueNumber(),
                                approved.issueDate(),
                                "签发后再改",
                                null,
                                approved.planTitle(),
                                edits)))
                .isInstanceOf(ConflictException.class);
        cycle.runJobs(instance.getId());

        assertThat(instance).hasPassed(END_BULLETIN_DISTRIBUTED).isEnded();
        String archived = jdbc.sql("SELECT archived_text FROM bulletin WHERE period = ?")
                .param(PERIOD)
                .query(String.class)
                .single();
        assertThat(archived)
                .contains(NEW_TITLE)
                .doesNotContain(items.get(0).title())
                .doesNotContain("签发后再改");
    }
}

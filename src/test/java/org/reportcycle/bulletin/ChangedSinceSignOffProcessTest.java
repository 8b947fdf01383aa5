package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.reportcycle.support.BulletinIssueIds;
import org.reportcycle.support.CycleTestBase;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A bulletin whose files no longer match what the signer approved is not published: the publish step raises a BPMN
 * error, the bulletin becomes a draft again with the reason kept, and the office edits it and sends it anew; no job
 * fails and no incident is raised. The monthly cycle resumes its compile task; a special issue's draft is editable.
 */
class ChangedSinceSignOffProcessTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";

    @Autowired
    SpecialIssues specialIssues;

    @Autowired
    BulletinSignOff signOff;

    @Autowired
    BulletinCompiler compiler;

    @Test
    void aMonthlyBulletinChangedAfterSignOffGoesBackToCompilingWithTheReason() {
        ProcessInstance month = cycle.open(PERIOD);
        cycle.submitAndAcceptAll(PERIOD);
        cycle.sendToSignOff(PERIOD);
        cycle.approve(PERIOD);
        ProcessInstance issue = cycle.issueInstance(PERIOD);
        changeItemsBehindTheApplication(cycle.bulletin(PERIOD).id());

        management.executeJob(publishJob(issue).getId());

        assertThat(issue)
                .hasPassed(
                        BulletinIssueIds.BOUNDARY_CHANGED,
                        BulletinIssueIds.SERVICE_REOPEN,
                        BulletinIssueIds.END_REOPENED)
                .hasNotPassed(BulletinIssueIds.SERVICE_DISTRIBUTE)
                .isEnded();
        assertThat(month).hasPassed("Gateway_IssueOutcome").isWaitingAt("Task_CompileBulletin");
        Bulletin reopened = cycle.bulletin(PERIOD);
        assertThat(reopened.status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(reopened.reopenedReason()).isEqualTo("CHANGED_SINCE_SIGN_OFF");
        assertThat(reopened.approvedHash()).isNull();
        assertThat(runtime.createIncidentQuery().count()).isZero();
        assertThat(outboxRecipients("DISTRIBUTION")).isEmpty();

        cycle.signOffAndPublish(PERIOD);
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.PUBLISHED);
        assertThat(cycle.bulletin(PERIOD).reopenedReason()).isNull();
        assertThat(month).hasPassed("EndEvent_BulletinDistributed").isEnded();
    }

    @Test
    void aSpecialIssueChangedAfterSignOffIsAnEditableDraftAgainAndIsSentAnew() {
        Bulletin b = specialIssues
                .create(
                        users.office(),
                        new SpecialIssueDraft(
                                "专刊", null, List.of(new SpecialIssueDraft.Item("开展技能竞赛。", "全市 30 家企业参加。"))))
                .bulletin();
        signOff.sendToSignOff(users.office(), b.key(), version(b.key()));
        signOff.approve(users.signer(), b.key(), version(b.key()));
        ProcessInstance issue = cycle.issueInstance(b.key());
        changeItemsBehindTheApplication(b.id());

        management.executeJob(publishJob(issue).getId());

        assertThat(issue).hasPassed(BulletinIssueIds.END_REOPENED).isEnded();
        Bulletin reopened = compiler.find(b.key());
        assertThat(reopened.status()).isEqualTo(BulletinStatus.DRAFT);
        assertThat(reopened.reopenedReason()).isEqualTo("CHANGED_SINCE_SIGN_OFF");
        assertThat(runtime.createIncidentQuery().count()).isZero();

        signOff.sendToSignOff(users.office(), b.key(), version(b.key()));
        assertThat(cycle.issueInstance(b.key())).isWaitingAt(BulletinIssueIds.TASK_SIGN_OFF);
        signOff.approve(users.signer(), b.key(), version(b.key()));
        cycle.runJobs(cycle.issueInstance(b.key()).getId());
        assertThat(compiler.find(b.key()).status()).isEqualTo(BulletinStatus.PUBLISHED);
    }

    private void changeItemsBehindTheApplication(long bulletinId) {
        jdbc.sql("UPDATE bulletin_item SET body = body || '（改）' WHERE bulletin_id = ?")
                .param(bulletinId)
                .update();
    }

    private Job publishJob(ProcessInstance issue) {
        return management
                .createJobQuery()
                .processInstanceId(issue.getId())
                .activityId(BulletinIssueIds.SERVICE_PUBLISH)
                .singleResult();
    }

    private int version(String key) {
        return compiler.view(users.office(), key).bulletin().version();
    }
}

package org.reportcycle.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.cycle.WorkItems;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.OldModels;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A special issue sent to sign-off before the upgrade waits in the special issue's own model, which is no longer
 * deployed from {@code bpmn/}; the engine keeps its definition and the instance is signed off, published and
 * distributed on it through the bean names that model names.
 */
class OldSpecialIssueInstanceFinishesTest extends CycleTestBase {

    private static final String OLD_KEY = "special-issue";

    @Autowired
    RepositoryService repository;

    @Autowired
    SpecialIssues specialIssues;

    @Autowired
    BulletinSignOff signOff;

    @Autowired
    BulletinCompiler compiler;

    @Autowired
    WorkItems workItems;

    private OldModels models;

    @BeforeEach
    void deployTheOldModel() {
        models = new OldModels(repository);
        models.deployOld(OLD_KEY);
    }

    @AfterEach
    void undeploy() {
        models.undeploy();
    }

    @Test
    void theOldInstanceIsSignedOffPublishedAndDistributed() {
        Bulletin b = specialIssues
                .create(
                        users.office(),
                        new SpecialIssueDraft(
                                "专刊", null, List.of(new SpecialIssueDraft.Item("开展技能竞赛。", "全市 30 家企业参加。"))))
                .bulletin();
        signOff.sendToSignOff(users.office(), b.key(), version(b.key()));
        // As it stood before the upgrade: the sending started the old model, not the issue process.
        runtime.deleteProcessInstance(cycle.issueInstance(b.key()).getId(), "sent before the upgrade");
        ProcessInstance old = runtime.startProcessInstanceByKey(OLD_KEY, b.key(), Map.of("bulletinKey", b.key()));
        assertThat(old).isWaitingAt("Task_SignOffSpecialIssue");
        assertThat(workItems.of(users.signer()))
                .anySatisfy(w -> assertThat(w.link()).isEqualTo("/bulletins/" + b.key() + "/sign-off"));

        signOff.approve(users.signer(), b.key(), version(b.key()));
        cycle.runJobs(old.getId());

        assertThat(old)
                .hasPassed(
                        "ServiceTask_PublishSpecialIssue",
                        "ServiceTask_DistributeSpecialIssue",
                        "EndEvent_SpecialIssueDistributed")
                .isEnded();
        assertThat(compiler.find(b.key()).status()).isEqualTo(BulletinStatus.PUBLISHED);
        assertThat(outboxRecipients("DISTRIBUTION")).hasSize(6);
        assertThat(cycle.issueInstance(b.key())).isNull();
    }

    private int version(String key) {
        return compiler.view(users.office(), key).bulletin().version();
    }
}

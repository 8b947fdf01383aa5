package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.reportcycle.bulletin.BulletinStatus;
import org.reportcycle.support.BulletinIssueIds;
import org.reportcycle.support.CycleTestBase;
import org.reportcycle.support.OldModels;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A month opened on the model before the issue process (its own sign-off, publish and distribute tail) still
 * finishes on that definition after the upgrade deployed the new one: the same task ids, bean names and variables
 * still answer. A month opened after the upgrade runs the new model.
 */
class OldMonthlyInstanceFinishesTest extends CycleTestBase {

    private static final String PERIOD = "2026-11";
    private static final String NEXT = "2026-12";

    @Autowired
    RepositoryService repository;

    @Autowired
    WorkItems workItems;

    private OldModels models;
    private ProcessDefinition old;
    private ProcessDefinition current;

    @BeforeEach
    void openTheMonthBeforeTheUpgrade() {
        models = new OldModels(repository);
        old = models.deployOld(MonthlyCycleProcess.KEY);
        cycle.open(PERIOD);
        current = models.deployCurrent(MonthlyCycleProcess.KEY);
    }

    @AfterEach
    void undeploy() {
        models.undeploy();
    }

    @Test
    void theOldInstanceIsSignedOffPublishedAndDistributedOnItsOwnDefinition() {
        ProcessInstance instance = cycle.processInstance(PERIOD);
        assertThat(instance.getProcessDefinitionId()).isEqualTo(old.getId());
        assertThat(current.getVersion()).isGreaterThan(old.getVersion());

        cycle.submitAndAcceptAll(PERIOD);
        cycle.sendToSignOff(PERIOD);
        assertThat(instance).isWaitingAt(BulletinIssueIds.TASK_SIGN_OFF);
        assertThat(cycle.issueInstance(PERIOD)).isNull();
        assertThat(workItems.of(users.signer()))
                .anySatisfy(w -> assertThat(w.link()).isEqualTo("/bulletins/" + PERIOD + "/sign-off"));
        cycle.approve(PERIOD);
        cycle.runJobs(instance.getId());

        assertThat(instance)
                .hasPassed(
                        BulletinIssueIds.SERVICE_PUBLISH,
                        BulletinIssueIds.SERVICE_DISTRIBUTE,
                        MonthlyCycleProcess.END_BULLETIN_DISTRIBUTED)
                .isEnded();
        assertThat(cycle.bulletin(PERIOD).status()).isEqualTo(BulletinStatus.PUBLISHED);
        assertThat(cycle.status(PERIOD)).isEqualTo(ReportingCycle.Status.PUBLISHED);
        assertThat(outboxRecipients("DISTRIBUTION")).hasSize(6);
        assertThat(runtime.createIncidentQuery().count()).isZero();
    }

    @Test
    void aMonthOpenedAfterTheUpgradeRunsTheNewModel() {
        assertThat(cycle.open(NEXT).getProcessDefinitionId()).isEqualTo(current.getId());
    }
}

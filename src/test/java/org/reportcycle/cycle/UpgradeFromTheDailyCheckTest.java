package org.reportcycle.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An upgrade from the daily opening check: the monthly model as deployed before (its timer start event
 * {@code StartEvent_OpeningTimer} firing every day at 09:00, kept in {@code src/test/resources/upgrade}) is replaced
 * by a deployment of the current model without that event, and the engine removes the old definition's timer job,
 * so no daily instance starts any more. A bare in-memory engine, so that no other test sees these versions.
 */
class UpgradeFromTheDailyCheckTest {

    private ProcessEngine engine;

    @BeforeEach
    void bareEngine() {
        engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
                .setJdbcUrl("jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")
                .setProcessEngineName("upgrade-" + UUID.randomUUID())
                .setJobExecutorActivate(false)
                .buildProcessEngine();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void deployingTheModelWithoutTheDailyCheckRemovesItsTimer() {
        deploy("upgrade/monthly-reporting-cycle-with-daily-check.xml");
        assertThat(openingTimers())
                .as("the old model's daily check is scheduled")
                .isOne();

        deploy("bpmn/monthly-reporting-cycle.bpmn");
        deploy("bpmn/cycle-opening.bpmn");

        ProcessDefinition latest = engine.getRepositoryService()
                .createProcessDefinitionQuery()
                .processDefinitionKey(MonthlyCycleProcess.KEY)
                .latestVersion()
                .singleResult();
        assertThat(latest.getVersion()).isEqualTo(2);
        assertThat(openingTimers())
                .as("the daily check's timer went with its definition")
                .isZero();
        assertThat(engine.getManagementService()
                        .createJobQuery()
                        .processDefinitionKey(MonthlyCycleProcess.KEY)
                        .count())
                .as("the new model has no timer start event")
                .isZero();
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().count())
                .as("deploying starts nothing; the loop is started by the application")
                .isZero();
    }

    private long openingTimers() {
        return engine.getManagementService()
                .createJobQuery()
                .timers()
                .activityId("StartEvent_OpeningTimer")
                .count();
    }

    private void deploy(String resource) {
        InputStream model = getClass().getClassLoader().getResourceAsStream(resource);
        assertThat(model).as(resource).isNotNull();
        String name = resource.substring(resource.lastIndexOf('/') + 1).replace("-with-daily-check.xml", ".bpmn");
        engine.getRepositoryService()
                .createDeployment()
                .addInputStream(name, model)
                .deploy();
    }
}

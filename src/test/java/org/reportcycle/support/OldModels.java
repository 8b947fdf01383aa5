package org.reportcycle.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * Deploys the process models as they were before the bulletin's issue process (copies from commit b86a3f0 in
 * {@code src/test/resources/org/reportcycle/legacy}), and the current ones again after them, as an upgrade does;
 * {@link #undeploy()} removes every deployment it made, with their instances.
 */
public final class OldModels {

    private static final String LEGACY = "/org/reportcycle/legacy/";

    private final RepositoryService repository;
    private final List<String> deployments = new ArrayList<>();

    public OldModels(RepositoryService repository) {
        this.repository = repository;
    }

    /** Deploys the old copy of {@code name} (e.g. {@code monthly-reporting-cycle}); returns its definition. */
    public ProcessDefinition deployOld(String name) {
        return deploy(repository
                .createDeployment()
                .name("old " + name)
                .addString(name + ".bpmn", asDeployedThen(name))
                .deployWithResult());
    }

    /**
     * The old model's text, with the daily opening check's cycle written out: that model was deployed when
     * {@code cycleSchedule.openingCheck()} still existed, and deploying a timer start event evaluates it.
     */
    private static String asDeployedThen(String name) {
        try (InputStream in = OldModels.class.getResourceAsStream(LEGACY + name + "-b86a3f0.bpmn.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("${cycleSchedule.openingCheck()}", "0 0 9 * * ?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deploys the current {@code bpmn/<name>.bpmn} again, so that it is the latest version once more. */
    public ProcessDefinition deployCurrent(String name) {
        return deploy(repository
                .createDeployment()
                .name("new " + name)
                .addClasspathResource("bpmn/" + name + ".bpmn")
                .deployWithResult());
    }

    private ProcessDefinition deploy(Deployment deployment) {
        deployments.add(deployment.getId());
        return repository
                .createProcessDefinitionQuery()
                .deploymentId(deployment.getId())
                .singleResult();
    }

    /** Removes the deployments (newest first) and their instances; the application's own become latest again. */
    public void undeploy() {
        for (int i = deployments.size() - 1; i >= 0; i--) {
            repository.deleteDeployment(deployments.get(i), true, true);
        }
        deployments.clear();
    }
}

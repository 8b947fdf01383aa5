package org.reportcycle.support;

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
        return deploy(repository.createDeployment().name("old " + name)
            .addInputStream(name + ".bpmn", OldModels.class.getResourceAsStream(LEGACY + name + "-b86a3f0.bpmn.xml"))
            .deployWithResult());
    }

    /** Deploys the current {@code bpmn/<name>.bpmn} again, so that it is the latest version once more. */
    public ProcessDefinition deployCurrent(String name) {
        return deploy(repository.createDeployment().name("new " + name)
            .addClasspathResource("bpmn/" + name + ".bpmn").deployWithResult());
    }

    private ProcessDefinition deploy(Deployment deployment) {
        deployments.add(deployment.getId());
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    }

    /** Removes the deployments (newest first) and their instances; the application's own become latest again. */
    public void undeploy() {
        for (int i = deployments.size() - 1; i >= 0; i--) {
            repository.deleteDeployment(deployments.get(i), true, true);
        }
        deployments.clear();
    }
}

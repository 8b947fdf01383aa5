package org.reportcycle.bulletin;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Archives the signed-off bulletin with its number and date (asynchronous, retried). A bulletin that no longer
 * matches what was signed off is no technical failure: a BPMN error sends it back to editing.
 */
@Component
class PublishBulletinDelegate implements JavaDelegate {

    private final IssueSteps steps;

    PublishBulletinDelegate(IssueSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String key = BulletinIssueWorkflow.bulletinKey(execution);
        if (!steps.publishable(key)) {
            throw new BpmnError(
                    BulletinIssueProcess.ERROR_CHANGED_SINCE_SIGN_OFF,
                    "Bulletin " + key + " differs from the signed-off version");
        }
        steps.publish(key);
    }
}

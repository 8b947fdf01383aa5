package org.reportcycle.cycle;

/** Names shared with {@code bpmn/special-issue.bpmn}: key, variable, element ids. */
final class SpecialIssueProcess {

    static final String KEY = "special-issue";

    /** The bulletin's key ({@code special-<id>}), also the business key. */
    static final String VAR_BULLETIN_KEY = "bulletinKey";

    static final String TASK_SIGN_OFF_SPECIAL_ISSUE = "Task_SignOffSpecialIssue";
    static final String GATEWAY_APPROVED = "Gateway_SpecialIssueApproved";
    static final String SERVICE_PUBLISH_SPECIAL_ISSUE = "ServiceTask_PublishSpecialIssue";
    static final String SERVICE_DISTRIBUTE_SPECIAL_ISSUE = "ServiceTask_DistributeSpecialIssue";
    static final String END_DISTRIBUTED = "EndEvent_SpecialIssueDistributed";
    static final String END_RETURNED = "EndEvent_SpecialIssueReturned";

    private SpecialIssueProcess() {
    }
}

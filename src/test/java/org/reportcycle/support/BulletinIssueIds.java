package org.reportcycle.support;

/** The ids of {@code bpmn/bulletin-issue.bpmn} that process tests look for (the model's constants are private). */
public final class BulletinIssueIds {

    public static final String KEY = "bulletin-issue";
    public static final String TASK_SIGN_OFF = "Task_SignOffBulletin";
    public static final String GATEWAY_APPROVED = "Gateway_BulletinApproved";
    public static final String SERVICE_PUBLISH = "ServiceTask_PublishBulletin";
    public static final String SERVICE_DISTRIBUTE = "ServiceTask_DistributeBulletin";
    public static final String BOUNDARY_CHANGED = "BoundaryEvent_ChangedSinceSignOff";
    public static final String SERVICE_REOPEN = "ServiceTask_ReopenChangedBulletin";
    public static final String END_DISTRIBUTED = "EndEvent_IssueDistributed";
    public static final String END_RETURNED = "EndEvent_IssueReturned";
    public static final String END_REOPENED = "EndEvent_IssueReopened";

    private BulletinIssueIds() {}
}

package org.reportcycle.bulletin;

/**
 * Names shared with {@code bpmn/bulletin-issue.bpmn}: key, variables, outcome, error, element ids; and those of
 * the special issue's own model it replaced, whose instances started before the upgrade still run on it.
 */
final class BulletinIssueProcess {

    static final String KEY = "bulletin-issue";

    /** The bulletin's key (a period or {@code special-<id>}), also the business key. */
    static final String VAR_BULLETIN_KEY = "bulletinKey";
    /** The monthly model before the issue process had only the period; its instances still finish on it. */
    static final String VAR_PERIOD = "period";

    static final String VAR_SIGN_OFF_DUE_AT = "signOffDueAt";
    static final String VAR_SIGN_OFF_REMIND_AT = "signOffRemindAt";
    static final String VAR_CHANGED_REASON = "changedReason";

    static final String ERROR_CHANGED_SINCE_SIGN_OFF = "BulletinChangedSinceSignOff";
    /** The name of the sign-off step in reminder keys, as the monthly model has always used it. */
    static final String STEP_SIGN_OFF = "sign-off";

    static final String TASK_SIGN_OFF_BULLETIN = "Task_SignOffBulletin";
    static final String BOUNDARY_SIGN_OFF_DUE = "BoundaryEvent_SignOffDue";
    static final String BOUNDARY_CHANGED_SINCE_SIGN_OFF = "BoundaryEvent_ChangedSinceSignOff";
    static final String SERVICE_PUBLISH_BULLETIN = "ServiceTask_PublishBulletin";
    static final String SERVICE_DISTRIBUTE_BULLETIN = "ServiceTask_DistributeBulletin";
    static final String SERVICE_REOPEN_CHANGED_BULLETIN = "ServiceTask_ReopenChangedBulletin";
    static final String END_DISTRIBUTED = "EndEvent_IssueDistributed";
    static final String END_RETURNED = "EndEvent_IssueReturned";
    static final String END_REOPENED = "EndEvent_IssueReopened";

    /** The special issue's model before this one ({@code special-issue.bpmn}, no longer deployed). */
    static final String LEGACY_SPECIAL_ISSUE_KEY = "special-issue";

    static final String LEGACY_TASK_SIGN_OFF_SPECIAL_ISSUE = "Task_SignOffSpecialIssue";

    private BulletinIssueProcess() {}
}

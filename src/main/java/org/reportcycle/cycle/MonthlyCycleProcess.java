package org.reportcycle.cycle;

/** Names shared with {@code bpmn/monthly-reporting-cycle.bpmn}: key, variables, message, element ids. */
final class MonthlyCycleProcess {

    static final String KEY = "monthly-reporting-cycle";

    static final String VAR_PERIOD = "period";
    static final String VAR_OPENED_BY = "openedBy";
    static final String VAR_SUBMISSION_DUE_AT = "submissionDueAt";
    static final String VAR_CYCLE_DUE = "cycleDue";
    static final String VAR_DEPARTMENT_CODE = "departmentCode";

    static final String MESSAGE_OPENED_BY_OFFICE = "CycleOpenedByOffice";
    static final String MESSAGE_COLLECTION_CLOSED = "CollectionClosed";

    static final String START_OPENING_TIMER = "StartEvent_OpeningTimer";
    static final String START_OPENED_BY_OFFICE = "StartEvent_OpenedByOffice";
    static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";
    static final String TASK_REVIEW_SUBMISSION = "Task_ReviewSubmission";
    static final String TASK_COMPILE_BULLETIN = "Task_CompileBulletin";
    static final String TASK_SIGN_OFF_BULLETIN = "Task_SignOffBulletin";
    static final String SERVICE_PUBLISH_BULLETIN = "ServiceTask_PublishBulletin";
    static final String SERVICE_DISTRIBUTE_BULLETIN = "ServiceTask_DistributeBulletin";
    static final String END_NOTHING_DUE = "EndEvent_NothingDue";
    static final String END_BULLETIN_DISTRIBUTED = "EndEvent_BulletinDistributed";

    static final String GROUP_OFFICE = "office";
    static final String GROUP_SIGNER = "signer";
    static final String GROUP_DEPARTMENT_PREFIX = "department-";

    private MonthlyCycleProcess() {
    }
}

package org.reportcycle.cycle;

/** Names shared with {@code bpmn/monthly-reporting-cycle.bpmn}: key, variables, message, element ids. */
final class MonthlyCycleProcess {

    static final String KEY = "monthly-reporting-cycle";

    static final String VAR_PERIOD = "period";
    static final String VAR_OPENED_BY = "openedBy";
    static final String VAR_SUBMISSION_DUE_AT = "submissionDueAt";
    static final String VAR_DEPARTMENT_CODE = "departmentCode";
    static final String VAR_COMPILE_DUE_AT = "compileDueAt";
    /** The sign-off's due date on instances of the model before the issue process (the reminder reads it). */
    static final String VAR_SIGN_OFF_DUE_AT = "signOffDueAt";
    /** What the called issue process ended with: {@link #OUTCOME_RETURNED} sends the bulletin back to compiling. */
    static final String VAR_ISSUE_OUTCOME = "issueOutcome";

    static final String OUTCOME_RETURNED = "returned";
    /** Local input of a ladder service task: which rung (a {@code LadderRung} name). */
    static final String VAR_RUNG = "rung";
    /** Local input of a step reminder service task: {@link #STEP_COMPILE} or {@link #STEP_SIGN_OFF}. */
    static final String VAR_STEP = "step";

    static final String STEP_COMPILE = "compile";
    static final String STEP_SIGN_OFF = "sign-off";

    static final String MESSAGE_OPENED_ON_SCHEDULE = "CycleOpenedOnSchedule";
    static final String MESSAGE_OPENED_BY_OFFICE = "CycleOpenedByOffice";
    static final String MESSAGE_COLLECTION_CLOSED = "CollectionClosed";
    static final String MESSAGE_REPORT_WITHDRAWN = "ReportWithdrawn";

    static final String START_OPENED_ON_SCHEDULE = "StartEvent_OpenedOnSchedule";
    static final String START_OPENED_BY_OFFICE = "StartEvent_OpenedByOffice";
    static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";
    static final String TASK_REVIEW_SUBMISSION = "Task_ReviewSubmission";
    static final String SERVICE_ASSEMBLE_BULLETIN = "ServiceTask_AssembleBulletin";
    static final String TASK_COMPILE_BULLETIN = "Task_CompileBulletin";
    static final String CALL_ISSUE_BULLETIN = "CallActivity_IssueBulletin";
    static final String GATEWAY_ISSUE_OUTCOME = "Gateway_IssueOutcome";
    static final String BOUNDARY_REPORT_WITHDRAWN = "BoundaryEvent_ReportWithdrawn";
    static final String BOUNDARY_REMIND_BLUE = "BoundaryEvent_RemindBlue";
    static final String BOUNDARY_REMIND_YELLOW = "BoundaryEvent_RemindYellow";
    static final String BOUNDARY_REMIND_RED = "BoundaryEvent_RemindRed";
    static final String BOUNDARY_REMIND_ESCALATED = "BoundaryEvent_RemindEscalated";
    static final String BOUNDARY_COMPILE_DUE = "BoundaryEvent_CompileDue";
    static final String END_BULLETIN_DISTRIBUTED = "EndEvent_BulletinDistributed";

    static final String GROUP_OFFICE = "office";
    static final String GROUP_SIGNER = "signer";
    static final String GROUP_DEPARTMENT_PREFIX = "department-";

    private MonthlyCycleProcess() {}
}

package org.reportcycle.plan;

/** Names shared with {@code bpmn/plan-item-tracking.bpmn}: key, variables, messages, element ids. */
final class PlanTrackingProcess {

    static final String KEY = "plan-item-tracking";
    static final String BUSINESS_KEY_PREFIX = "plan-";

    static final String VAR_PLAN_ITEM_ID = "planItemId";
    static final String VAR_NEXT_REMINDER_AT = "nextReminderAt";
    static final String VAR_NEXT_REMINDER_KIND = "nextReminderKind";
    static final String VAR_LAST_REMINDER_AT = "lastReminderAt";

    static final String MESSAGE_DONE = "PlanItemDone";
    static final String MESSAGE_CLOSED = "PlanItemClosed";
    static final String MESSAGE_DEADLINE_MOVED = "PlanDeadlineMoved";

    static final String START_PLAN_ITEM_APPROVED = "StartEvent_PlanItemApproved";
    static final String SERVICE_SCHEDULE_NEXT_REMINDER = "ServiceTask_ScheduleNextReminder";
    static final String GATEWAY_AWAIT_PLAN_EVENT = "Gateway_AwaitPlanEvent";
    static final String TIMER_REMINDER_DUE = "TimerEvent_ReminderDue";
    static final String SERVICE_RECORD_PLAN_REMINDER = "ServiceTask_RecordPlanReminder";
    static final String MESSAGE_EVENT_DONE = "MessageEvent_PlanItemDone";
    static final String MESSAGE_EVENT_CLOSED = "MessageEvent_PlanItemClosed";
    static final String MESSAGE_EVENT_DEADLINE_MOVED = "MessageEvent_PlanDeadlineMoved";
    static final String SERVICE_CANCEL_ON_MOVE = "ServiceTask_CancelRemindersOnMove";
    static final String END_DONE = "EndEvent_PlanItemDone";
    static final String END_CLOSED = "EndEvent_PlanItemClosed";

    private PlanTrackingProcess() {}

    static String businessKey(long planItemId) {
        return BUSINESS_KEY_PREFIX + planItemId;
    }
}

package org.reportcycle.cycle;

/** Names shared with {@code bpmn/cycle-opening.bpmn}, the one long-lived loop that opens each month on its day. */
final class CycleOpeningProcess {

    static final String KEY = "cycle-opening";

    /** The period whose opening the loop's timer waits for, e.g. {@code 2026-11}. */
    static final String VAR_NEXT_PERIOD = "nextPeriod";

    static final String SERVICE_CHOOSE_NEXT_OPENING = "ServiceTask_ChooseNextOpening";
    static final String TIMER_OPENING_DUE = "TimerEvent_OpeningDue";
    static final String SERVICE_OPEN_SCHEDULED_CYCLE = "ServiceTask_OpenScheduledCycle";

    /** Who a cycle opened by the loop was opened by, in {@code reporting_cycle.opened_by}. */
    static final String OPENED_BY = "system";

    private CycleOpeningProcess() {}
}

package org.reportcycle.notification;

/** Names shared with {@code bpmn/reminder-digest.bpmn}. */
final class ReminderDigestProcess {

    static final String KEY = "reminder-digest";
    static final String START_DIGEST_TIMER = "StartEvent_DigestTimer";
    static final String VAR_DIGESTS_SENT = "digestsSent";

    private ReminderDigestProcess() {}
}

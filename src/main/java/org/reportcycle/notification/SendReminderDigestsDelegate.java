package org.reportcycle.notification;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The daily digest timer: sends today's reminder digests. */
@Component
class SendReminderDigestsDelegate implements JavaDelegate {

    private final ReminderDigests digests;
    private final Clock clock;

    SendReminderDigestsDelegate(ReminderDigests digests, Clock clock) {
        this.digests = digests;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ReminderDigestProcess.VAR_DIGESTS_SENT, digests.send(LocalDate.now(clock)));
    }
}

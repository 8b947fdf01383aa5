package org.reportcycle.bulletin;

import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * The signer's due-day reminder of an issue's sign-off. Only a monthly bulletin has a sign-off due date (a special
 * issue's timer never fires); its reminder is the cycle's, with the cycle's words.
 */
@Component
class SignOffReminders {

    private final BulletinCompiler compiler;
    private final BulletinCycle cycle;

    SignOffReminders(BulletinCompiler compiler, BulletinCycle cycle) {
        this.compiler = compiler;
        this.cycle = cycle;
    }

    void signOffDueToday(String key, Instant dueAt) {
        Bulletin b = compiler.find(key);
        if (b.kind() == BulletinKind.MONTHLY && b.status() == BulletinStatus.AWAITING_SIGN_OFF) {
            cycle.signOffDueToday(b.reportingPeriod().orElseThrow(), dueAt);
        }
    }
}

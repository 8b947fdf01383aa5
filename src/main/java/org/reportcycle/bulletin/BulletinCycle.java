package org.reportcycle.bulletin;

import java.time.Instant;
import org.reportcycle.system.ReportingPeriod;

/**
 * What the monthly cycle does for its bulletin, in the caller's transaction; implemented by the cycle. A refusal
 * (the compile task is gone or was completed meanwhile) is a ConflictException. {@code key} is the bulletin's key.
 */
public interface BulletinCycle {

    /** The office sent the month's draft to sign-off: the cycle's compile step ends and issues the bulletin. */
    void compiled(ReportingPeriod period);

    /** The month's sign-off is due today and still open: the signer's due-day reminder. */
    void signOffDueToday(ReportingPeriod period, Instant dueAt);

    /** Whether the bulletin belongs to a back-filled cycle (补录): it sends no email and tracks no plan item. */
    boolean backfilled(String key);
}

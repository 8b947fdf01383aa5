package org.reportcycle.bulletin;

/**
 * The process steps of a bulletin, completed in the caller's transaction; implemented by the cycle. A refusal
 * (the task is gone or was completed meanwhile) is a ConflictException. {@code key} is the bulletin's key.
 */
public interface BulletinWorkflow {

    /** The office sent the draft to sign-off. */
    void bulletinCompiled(String key, BulletinKind kind);

    /** The signer decided; the decision itself is already in the bulletin row, where the process reads it. */
    void bulletinSignedOff(String key, BulletinKind kind);

    /** Whether the bulletin belongs to a back-filled cycle (补录): it sends no email and tracks no plan item. */
    boolean backfilled(String key);
}

package org.reportcycle.bulletin;

/**
 * The process steps of a bulletin, completed in the caller's transaction; implemented by the cycle. A refusal
 * (the task is gone or was completed meanwhile) is a ConflictException.
 */
public interface BulletinWorkflow {

    void bulletinCompiled(String period);

    void bulletinSignedOff(String period, boolean approved);
}

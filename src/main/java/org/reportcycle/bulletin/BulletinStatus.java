package org.reportcycle.bulletin;

/** Where a bulletin stands. A leader's return puts it back to DRAFT with the leader's comment. */
public enum BulletinStatus {
    DRAFT,
    AWAITING_SIGN_OFF,
    APPROVED,
    PUBLISHED
}

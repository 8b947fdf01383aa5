package org.reportcycle.token;

/** Whether a token still lets its owner in. */
enum TokenState {
    ACTIVE,
    EXPIRED,
    REVOKED
}

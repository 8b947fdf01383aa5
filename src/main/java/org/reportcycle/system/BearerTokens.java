package org.reportcycle.system;

import java.util.Optional;

/**
 * The store of personal API tokens as the security filters see it; the module that owns tokens implements it, so
 * that {@code system} names no module. Only the owner's username comes back: the filter loads the person as any
 * sign-in does, with their current roles, department and whether they are enabled.
 */
public interface BearerTokens {

    /** The owner of a live token (known, not revoked, not expired); empty for anything else. */
    Optional<String> ownerOf(String token);
}

package org.reportcycle.system;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** What a user may do; a department head is bound to one department; {@link #label()} names it for people. */
public enum Role {
    DEPARTMENT_HEAD,
    OFFICE,
    LEADER,
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }

    /** The role as a message names it (办公室, not OFFICE). */
    public MessageSourceResolvable label() {
        return new DefaultMessageSourceResolvable(new String[] {"role." + name()}, name());
    }
}

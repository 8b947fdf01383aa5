package org.reportcycle.system;

/** What a user may do; a department head is bound to one department. */
public enum Role {
    DEPARTMENT_HEAD, OFFICE, LEADER, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}

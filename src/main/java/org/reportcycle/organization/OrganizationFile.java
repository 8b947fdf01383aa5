package org.reportcycle.organization;

import java.util.List;
import java.util.Set;
import org.reportcycle.system.Role;

/** The organisation file as read and checked, before it is written to the database. */
record OrganizationFile(
        Organization organization, List<UserEntry> users, List<Department> departments, List<Recipient> recipients) {

    record UserEntry(
            String username,
            String name,
            String email,
            Set<Role> roles,
            String passwordHash,
            String department,
            String title) {}
}

package org.reportcycle.system;

import java.util.Collection;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person. Every service takes it and checks on the server what the person may see and change.
 */
public record CurrentUser(
        String username,
        String name,
        String email,
        String departmentCode,
        Set<Role> roles,
        String passwordHash,
        boolean enabled)
        implements UserDetails {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isOffice() {
        return has(Role.OFFICE);
    }

    /** Heads act for their own department only. */
    public boolean headOf(String department) {
        return has(Role.DEPARTMENT_HEAD) && department != null && department.equals(departmentCode);
    }

    /** The office, leaders and administrators oversee the whole cycle. */
    public boolean oversees() {
        return isOffice() || has(Role.LEADER) || has(Role.ADMIN);
    }

    /** Those who oversee read every department; a head reads their own. */
    public boolean canRead(String department) {
        return oversees() || headOf(department);
    }

    public void requireRole(Role role) {
        if (!has(role)) {
            throw new ForbiddenException("error.forbidden.role", role.label());
        }
    }

    public void requireReadOf(String department) {
        if (!canRead(department)) {
            throw new ForbiddenException("error.forbidden.department", department);
        }
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(r -> new SimpleGrantedAuthority(r.authority()))
                .toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}

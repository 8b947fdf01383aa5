package org.reportcycle.organization;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Signs users in from the users loaded out of the organisation file. */
@Service
class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public CurrentUser loadUserByUsername(String username) {
        return jdbc.sql("""
                SELECT username, name, email, department_code, roles, password_hash, enabled
                FROM app_user WHERE username = ?""")
                .param(username)
                .query((rs, n) -> new CurrentUser(
                        rs.getString("username"),
                        rs.getString("name"),
                        rs.getString("email"),
                        rs.getString("department_code"),
                        roles(rs.getString("roles")),
                        rs.getString("password_hash"),
                        rs.getBoolean("enabled")))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    static Set<Role> roles(String stored) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(stored.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(Role::valueOf)
                .forEach(roles::add);
        return roles;
    }

    static String stored(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }
}

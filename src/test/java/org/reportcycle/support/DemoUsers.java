package org.reportcycle.support;

import java.util.Locale;
import org.reportcycle.system.CurrentUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The people of the demo organisation ({@code config/organization.yml}) as the services see them once signed in.
 * Demo department heads are named after their department's code in lower case ({@code ZZB} → {@code zzb}).
 */
public final class DemoUsers {

    public static final String OFFICE = "office";
    /** The principal leader who signs the bulletin off (签发). */
    public static final String SIGNER = "li.minghua";
    /** A leader who is not the signer. */
    public static final String OTHER_LEADER = "wang.jianguo";

    public static final String ADMIN = "admin";

    private final UserDetailsService users;

    public DemoUsers(UserDetailsService users) {
        this.users = users;
    }

    public CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    public CurrentUser office() {
        return user(OFFICE);
    }

    public CurrentUser signer() {
        return user(SIGNER);
    }

    /** The head of a demo department, e.g. {@code headOf("ZZB")} is user {@code zzb}. */
    public CurrentUser headOf(String departmentCode) {
        return user(departmentCode.toLowerCase(Locale.ROOT));
    }
}

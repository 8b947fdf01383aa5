package org.reportcycle.system;

import java.util.Set;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the API sees: lets a script check its credentials. Never returns the password hash. */
@RestController
class MeApi {

    @GetMapping("/api/me")
    Me me(@AuthenticationPrincipal CurrentUser user) {
        return new Me(user.username(), user.name(), user.departmentCode(), user.roles());
    }

    record Me(String username, String name, String departmentCode, Set<Role> roles) {}
}

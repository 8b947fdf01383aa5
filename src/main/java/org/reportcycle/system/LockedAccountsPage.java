package org.reportcycle.system;

import java.util.Locale;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's page of locked accounts. The username to unlock comes as a form field, not in the path,
 * so that whatever someone typed as a username can be unlocked.
 */
@Controller
class LockedAccountsPage {

    private final LockedAccounts accounts;
    private final PageMessages messages;
    private final LockoutSettings settings;

    LockedAccountsPage(LockedAccounts accounts, PageMessages messages, LockoutSettings settings) {
        this.accounts = accounts;
        this.messages = messages;
        this.settings = settings;
    }

    @GetMapping("/admin/accounts")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("locks", accounts.locked(user));
        model.addAttribute("maxFailures", settings.maxFailures());
        model.addAttribute("lockMinutes", settings.lockFor().toMinutes());
        return "locked-accounts";
    }

    @PostMapping("/admin/accounts/unlock")
    String unlock(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String username,
            RedirectAttributes redirect,
            Locale locale) {
        accounts.unlock(user, username);
        redirect.addFlashAttribute("flash", messages.message("lockedAccounts.unlocked", locale, username));
        return "redirect:/admin/accounts";
    }
}

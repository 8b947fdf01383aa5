package org.reportcycle.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page (saying so when a lock or the address throttle refused the sign-in) and the start page. */
@Controller
class HomePage {

    private final PageMessages messages;
    private final Clock clock;

    HomePage(PageMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model, Locale locale) {
        HttpSession session = request.getSession(false);
        if (request.getParameterMap().containsKey("refused")
                && session != null
                && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof SignInRefusedException e) {
            model.addAttribute("refusal", messages.message(e.messageKey(), locale, e.untilText(clock.instant())));
        }
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/tasks";
    }
}

package org.reportcycle.notification;

import org.reportcycle.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outbox page: every email, its state, and whether SMTP is configured at all. */
@Controller
class OutboxPage {

    private final Outbox outbox;
    private final OutboxSender sender;

    OutboxPage(Outbox outbox, OutboxSender sender) {
        this.outbox = outbox;
        this.sender = sender;
    }

    @GetMapping("/outbox")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("messages", outbox.recent(user, 500));
        model.addAttribute("smtpConfigured", sender.configured());
        return "outbox";
    }
}

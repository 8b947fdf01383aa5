package org.reportcycle.notification;

import java.util.List;

import org.reportcycle.notification.OutboxMessage.Status;
import org.reportcycle.system.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The outbox page: every email, its state, how many failed for good, and whether SMTP is configured at all. */
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
        List<OutboxMessage> messages = outbox.recent(user, 500);
        model.addAttribute("messages", messages);
        model.addAttribute("failedCount", messages.stream().filter(m -> m.status() == Status.FAILED).count());
        model.addAttribute("smtpConfigured", sender.configured());
        return "outbox";
    }
}

package org.reportcycle.notification;

import java.time.LocalDate;
import java.util.Locale;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.Retrying;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The outbox page: every email, its state, how many failed for good, whether SMTP is configured at all and since
 * when this node cannot reach it; the office sends a failed email again from here.
 */
@Controller
class OutboxPage {

    private final Outbox outbox;
    private final OutboxSearch search;
    private final OutboxSender sender;
    private final PageMessages messages;
    private final Retrying retrying;

    OutboxPage(Outbox outbox, OutboxSearch search, OutboxSender sender, PageMessages messages, Retrying retrying) {
        this.outbox = outbox;
        this.search = search;
        this.sender = sender;
        this.messages = messages;
        this.retrying = retrying;
    }

    @GetMapping("/outbox")
    String show(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String recipient,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        OutboxSearch.Filter filter = new OutboxSearch.Filter(status, kind, recipient, from, to, page);
        OutboxSearch.Found found = search.find(user, filter);
        model.addAttribute("messages", found.messages());
        model.addAttribute("found", found);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", search.kinds());
        model.addAttribute("failedCount", outbox.failedCount());
        model.addAttribute("smtpConfigured", sender.configured());
        model.addAttribute("unreachableSince", sender.unreachableSince().orElse(null));
        model.addAttribute("canResend", user.isOffice());
        return "outbox";
    }

    @PostMapping("/outbox/{id}/resend")
    String resend(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            OutboxMessage m = retrying.run(() -> outbox.resend(user, id));
            redirect.addFlashAttribute("flash", messages.message("outbox.flash.resent", locale, m.recipientEmail()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/outbox";
    }
}

package org.reportcycle.operations;

import java.util.Locale;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.Retrying;
import org.reportcycle.system.Role;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 故障与失败任务: the list for administrators and the office; only administrators see and use 重试. */
@Controller
class IncidentsPage {

    private final Incidents incidents;
    private final Retrying retrying;
    private final MessageSource messages;
    private final PageMessages pageMessages;

    IncidentsPage(Incidents incidents, Retrying retrying, MessageSource messages, PageMessages pageMessages) {
        this.incidents = incidents;
        this.retrying = retrying;
        this.messages = messages;
        this.pageMessages = pageMessages;
    }

    @GetMapping("/admin/incidents")
    String show(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
        model.addAttribute(
                "incidents",
                incidents.all(user).stream()
                        .map(f -> IncidentView.of(f, messages, locale))
                        .toList());
        model.addAttribute("mayRetry", user.has(Role.ADMIN));
        return "incidents";
    }

    /** A row that needs no retry any more comes back as a refusal on the list, as on 发件箱. */
    @PostMapping("/admin/incidents/{id}/retry")
    String retry(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String id,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            IncidentView v = IncidentView.of(retrying.run(() -> incidents.retry(user, id)), messages, locale);
            redirect.addFlashAttribute(
                    "flash", pageMessages.message("incidents.retried", locale, v.activity(), v.subject()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", pageMessages.message(e, locale));
        }
        return "redirect:/admin/incidents";
    }
}

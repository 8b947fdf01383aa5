package org.reportcycle.cycle;

import java.util.List;
import java.util.Locale;

import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.Periods;
import org.reportcycle.system.Role;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of cycles, where the office opens one and closes collection. Bad input and conflicts come
 * back as a message on the page; a refusal (403) or an unknown period (404) is the error page with its status.
 */
@Controller
class CyclePages {

    private final CycleService cycles;
    private final PageMessages messages;
    private final WorkingDays workingDays;
    private final Retrying retrying;

    CyclePages(CycleService cycles, PageMessages messages, WorkingDays workingDays, Retrying retrying) {
        this.retrying = retrying;
        this.cycles = cycles;
        this.messages = messages;
        this.workingDays = workingDays;
    }

    /** The office and administrators are warned when this or next year has no calendar data. */
    private void calendarWarning(CurrentUser user, Model model) {
        boolean concerned = user.isOffice() || user.has(Role.ADMIN);
        model.addAttribute("calendarMissing", concerned ? workingDays.missingYears() : List.of());
    }

    @GetMapping("/cycles")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("cycles", cycles.all());
        model.addAttribute("canOpen", user.isOffice());
        calendarWarning(user, model);
        return "cycles";
    }

    @PostMapping("/cycles")
    String open(@AuthenticationPrincipal CurrentUser user, @RequestParam String period, RedirectAttributes redirect,
            Locale locale) {
        try {
            retrying.run(() -> cycles.open(user, period.trim()));
            redirect.addFlashAttribute("flash", messages.message("cycle.opened", locale, Periods.label(period.trim())));
            return "redirect:/cycles/" + period.trim();
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
            return "redirect:/cycles";
        }
    }

    @PostMapping("/cycles/{period}/close-collection")
    String close(@AuthenticationPrincipal CurrentUser user, @PathVariable String period, RedirectAttributes redirect,
            Locale locale) {
        try {
            int missing = retrying.run(() -> cycles.closeCollection(user, period)).size();
            redirect.addFlashAttribute("flash", messages.message("cycle.closed", locale, missing));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/cycles/" + period;
    }
}

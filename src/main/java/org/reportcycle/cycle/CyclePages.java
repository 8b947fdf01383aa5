package org.reportcycle.cycle;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.reportcycle.calendar.WorkingDays;
import org.reportcycle.system.Confirmation;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Retrying;
import org.reportcycle.system.Role;
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
 * The period is taken as text and parsed here, so that a period that is no month is such a message too.
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
    String open(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String period,
            @RequestParam(defaultValue = "false") boolean backfill,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ReportingPeriod p = ReportingPeriod.parse(period.trim());
            retrying.run(() -> cycles.open(user, p, backfill));
            redirect.addFlashAttribute(
                    "flash",
                    backfill
                            ? messages.message("cycle.opened.backfill", locale, p.label())
                            : messages.message("cycle.opened", locale, p.label()));
            return "redirect:/cycles/" + p;
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
            return "redirect:/cycles";
        }
    }

    /** First post: which departments become 未报送; the confirmed post closes. */
    @PostMapping("/cycles/{period}/close-collection")
    String close(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ReportingPeriod p = ReportingPeriod.parse(period);
            if (!confirmed) {
                return closing(cycles.wouldBeMissing(user, p), p, request, locale)
                        .render(model);
            }
            int missing = retrying.run(() -> cycles.closeCollection(user, p)).size();
            redirect.addFlashAttribute("flash", messages.message("cycle.closed", locale, missing));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/cycles/" + period;
    }

    private Confirmation closing(
            List<String> missing, ReportingPeriod period, HttpServletRequest request, Locale locale) {
        Confirmation c = Confirmation.of(
                messages.message("confirm.close.title", locale, period.label()),
                "/cycles/" + period + "/close-collection",
                "/cycles/" + period,
                messages.message("confirm.close.button", locale),
                request);
        return missing.isEmpty()
                ? c.line(messages.message("confirm.close.none", locale))
                : c.line(messages.message("confirm.close.missing", locale, missing.size(), String.join("、", missing)))
                        .line(messages.message("confirm.close.after", locale));
    }

    /** First post: what cancelling removes; the confirmed post cancels and the month may be opened again. */
    @PostMapping("/cycles/{period}/cancel")
    String cancel(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ReportingPeriod p = ReportingPeriod.parse(period);
            if (!confirmed) {
                cycles.cancellable(user, p);
                return Confirmation.of(
                                messages.message("confirm.cancel.title", locale, p.label()),
                                "/cycles/" + p + "/cancel",
                                "/cycles/" + p,
                                messages.message("confirm.cancel.button", locale),
                                request)
                        .line(messages.message("confirm.cancel.what", locale, p.label(), cycles.reportCount(p)))
                        .line(messages.message("confirm.cancel.after", locale))
                        .render(model);
            }
            retrying.run(() -> cycles.cancel(user, p));
            redirect.addFlashAttribute("flash", messages.message("cycle.cancelled", locale, p.label()));
            return "redirect:/cycles";
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
            return "redirect:/cycles/" + period;
        }
    }
}

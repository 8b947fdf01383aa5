package org.reportcycle.monitoring;

import java.util.List;
import java.util.Locale;
import org.reportcycle.bulletin.BulletinDistributions;
import org.reportcycle.submission.SubmissionUrging;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.ReportingPeriod;
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
 * The office's cycle page: where each department stands, with its ladder colour, and once the issue is published
 * how far its distribution has got while it is not complete; the office reminds (催办) here.
 */
@Controller
class CyclePage {

    private final ProgressService progress;
    private final SubmissionUrging urging;
    private final PageMessages messages;
    private final Retrying retrying;
    private final BulletinDistributions distributions;

    CyclePage(
            ProgressService progress,
            SubmissionUrging urging,
            PageMessages messages,
            Retrying retrying,
            BulletinDistributions distributions) {
        this.retrying = retrying;
        this.distributions = distributions;
        this.progress = progress;
        this.urging = urging;
        this.messages = messages;
    }

    @GetMapping("/cycles/{period}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable ReportingPeriod period, Model model) {
        model.addAttribute("progress", progress.progress(user, period));
        model.addAttribute("canAct", user.isOffice());
        model.addAttribute("distribution", distributions.ofPeriod(user, period).orElse(null));
        return "cycle";
    }

    @PostMapping("/cycles/{period}/urge")
    String urge(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            @RequestParam(required = false) List<String> departments,
            @RequestParam(required = false) String message,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ReportingPeriod p = ReportingPeriod.parse(period);
            SubmissionUrging.Result r = retrying.run(() -> urging.urge(user, p, departments, message));
            redirect.addFlashAttribute(
                    "flash",
                    r.skipped().isEmpty()
                            ? messages.message("cycle.urged", locale, r.urgedNames())
                            : messages.message("cycle.urged.skipped", locale, r.urgedNames(), r.skippedNames()));
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/cycles/" + period;
    }
}

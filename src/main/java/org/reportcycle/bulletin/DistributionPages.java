package org.reportcycle.bulletin;

import java.util.Locale;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.Retrying;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The bulletin page's 重新发送失败的邮件 button: the failed emails go back to the outbox. */
@Controller
class DistributionPages {

    private final BulletinDistributions distributions;
    private final PageMessages messages;
    private final Retrying retrying;

    DistributionPages(BulletinDistributions distributions, PageMessages messages, Retrying retrying) {
        this.distributions = distributions;
        this.messages = messages;
        this.retrying = retrying;
    }

    @PostMapping("/bulletins/{period}/distribution/resend")
    String resend(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            BulletinDistributions.Resent r = retrying.run(() -> distributions.resendFailed(user, period));
            redirect.addFlashAttribute("flash", messages.message("bulletin.flash.resent", locale, r.resent()));
            return "redirect:/bulletins/" + r.key();
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
            return "redirect:/bulletins/" + period;
        }
    }
}

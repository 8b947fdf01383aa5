package org.reportcycle.bulletin;

import java.util.List;
import java.util.Locale;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.Retrying;
import org.reportcycle.system.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The special issues page: every special issue, and the office's form to start one. */
@Controller
@RequestMapping("/special-issues")
class SpecialIssuePages {

    private final SpecialIssues specialIssues;
    private final PageMessages messages;
    private final Retrying retrying;

    SpecialIssuePages(SpecialIssues specialIssues, PageMessages messages, Retrying retrying) {
        this.retrying = retrying;
        this.specialIssues = specialIssues;
        this.messages = messages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("issues", specialIssues.list(user));
        return "special-issues";
    }

    @PostMapping
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String title,
            @RequestParam(required = false) String intro,
            Model model,
            Locale locale) {
        user.requireRole(Role.OFFICE);
        try {
            BulletinView view =
                    retrying.run(() -> specialIssues.create(user, new SpecialIssueDraft(title, intro, List.of())));
            return "redirect:/bulletins/" + view.bulletin().key() + "/compile";
        } catch (InvalidInputException e) {
            messages.show(model, e, locale);
            model.addAttribute("title", title);
            model.addAttribute("intro", intro);
            return list(user, model);
        }
    }
}

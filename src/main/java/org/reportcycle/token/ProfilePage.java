package org.reportcycle.token;

import java.util.Locale;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.reportcycle.system.PageMessages;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 个人设置: the person's API tokens, made and revoked with plain forms (post, redirect, get). A new token goes to
 * the page after the redirect as a flash attribute, so it is shown once and a reload does not show it again.
 */
@Controller
class ProfilePage {

    private final ApiTokens tokens;
    private final PageMessages messages;

    ProfilePage(ApiTokens tokens, PageMessages messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/profile")
    String show(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute(
                "tokens",
                tokens.list(user).stream()
                        .map(t -> TokenView.of(t, tokens.now()))
                        .toList());
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        if (!model.containsAttribute("days")) {
            model.addAttribute("days", Integer.toString(ApiTokens.DEFAULT_DAYS));
        }
        return "profile";
    }

    @PostMapping("/profile/tokens")
    String create(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String days,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ApiTokens.Created created = tokens.create(user, name, days(days));
            redirect.addFlashAttribute("newToken", created.plaintext());
            redirect.addFlashAttribute("newTokenName", created.token().name());
            return "redirect:/profile";
        } catch (InvalidInputException e) {
            messages.show(model, onTheForm(e), locale);
            model.addAttribute("name", name);
            model.addAttribute("days", days);
            return show(user, model);
        }
    }

    @PostMapping("/profile/tokens/{id}/revoke")
    String revoke(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            RedirectAttributes redirect,
            Locale locale) {
        ApiToken revoked = tokens.revoke(user, id);
        redirect.addFlashAttribute("flash", messages.message("profile.tokens.revoked", locale, revoked.name()));
        return "redirect:/profile";
    }

    /** The form names its days field apart from the calendar's {@code days}, whose label is a list of dates. */
    private static InvalidInputException onTheForm(InvalidInputException e) {
        return new InvalidInputException(e.problems().stream()
                .map(p -> p.field().equals("days") ? new FieldProblem("tokenDays", p.messageKey(), p.args()) : p)
                .toList());
    }

    /** Left empty, the default; anything but a whole number is refused on the form. */
    private static Integer days(String days) {
        if (days == null || days.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(days.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("tokenDays", "error.type.number");
        }
    }
}

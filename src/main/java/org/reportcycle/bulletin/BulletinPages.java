package org.reportcycle.bulletin;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.notification.NoticeKey;
import org.reportcycle.notification.Outbox;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.NotFoundException;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.ReportingPeriod;
import org.reportcycle.system.Retrying;
import org.reportcycle.system.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bulletin pages: preview, compile (the office) and sign-off (the signer). The address's {@code {period}} is
 * the bulletin's key, a month or a special issue's {@code special-<id>}, so it stays text.
 */
@Controller
@RequestMapping("/bulletins/{period}")
class BulletinPages {

    private final BulletinCompiler compiler;
    private final BulletinEditor editor;
    private final BulletinSignOff signOff;
    private final BulletinArchive archive;
    private final Outbox outbox;
    private final PageMessages messages;
    private final OrganizationDirectory directory;
    private final Retrying retrying;
    private final SignOffConfirmation signOffConfirmation;
    private final PendingAssembly assembly;

    BulletinPages(
            BulletinCompiler compiler,
            BulletinEditor editor,
            BulletinSignOff signOff,
            BulletinArchive archive,
            Outbox outbox,
            PageMessages messages,
            OrganizationDirectory directory,
            Retrying retrying,
            SignOffConfirmation signOffConfirmation,
            PendingAssembly assembly) {
        this.assembly = assembly;
        this.retrying = retrying;
        this.signOffConfirmation = signOffConfirmation;
        this.archive = archive;
        this.outbox = outbox;
        this.compiler = compiler;
        this.editor = editor;
        this.signOff = signOff;
        this.messages = messages;
        this.directory = directory;
    }

    @ModelAttribute("names")
    Map<String, String> departmentNames() {
        return directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
    }

    @GetMapping
    String preview(@AuthenticationPrincipal CurrentUser user, @PathVariable String period, Model model) {
        BulletinView view;
        try {
            view = compiler.view(user, period);
        } catch (NotFoundException e) {
            return assembling(user, period, "/bulletins/" + period, model, e);
        }
        show(user, view, model);
        return "bulletin";
    }

    /** While the draft is assembled in the background those who oversee the cycle are told so, not "unknown". */
    private String assembling(CurrentUser user, String key, String page, Model model, NotFoundException notFound) {
        // Only a month's bulletin is assembled; any other key that is not found was parsed as a period already.
        if (!user.oversees() || Bulletin.specialId(key).isPresent() || !assembly.pending(ReportingPeriod.parse(key))) {
            throw notFound;
        }
        model.addAttribute("period", key);
        model.addAttribute("page", page);
        return "assembling";
    }

    private void show(CurrentUser user, BulletinView view, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("formats", archive.formats(view.bulletin()));
        model.addAttribute("signerName", archive.signerName(view.bulletin()));
        if (user.oversees() && view.bulletin().status() == BulletinStatus.PUBLISHED) {
            model.addAttribute(
                    "deliveries",
                    outbox.deliveries(NoticeKey.distributionOf(view.bulletin().id())));
            model.addAttribute(
                    "distribution",
                    outbox.tally(NoticeKey.distributionOf(view.bulletin().id())));
        }
    }

    @GetMapping("/compile")
    String compile(@AuthenticationPrincipal CurrentUser user, @PathVariable String period, Model model) {
        user.requireRole(Role.OFFICE);
        BulletinView view;
        try {
            view = compiler.view(user, period);
        } catch (NotFoundException e) {
            return assembling(user, period, "/bulletins/" + period + "/compile", model, e);
        }
        model.addAttribute("view", view);
        model.addAttribute("form", BulletinForm.of(view));
        model.addAttribute("merges", editor.undoableMerges(view));
        return "compile";
    }

    @PostMapping("/compile")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            @ModelAttribute("form") BulletinForm form,
            @RequestParam String action,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        user.requireRole(Role.OFFICE);
        form.move(action);
        try {
            BulletinView saved = retrying.run(() -> editor.edit(user, period, form.edit()));
            // Said first, so that a refused sending still tells the editor the edits were kept.
            redirect.addFlashAttribute("flash", messages.message("bulletin.flash.saved", locale));
            if (action.equals("send")) {
                retrying.run(() ->
                        signOff.sendToSignOff(user, period, saved.bulletin().version()));
                redirect.addFlashAttribute("flash", messages.message("bulletin.flash.sent", locale));
                return "redirect:/bulletins/" + period;
            }
            if (action.equals("preview")) {
                return "redirect:/bulletins/" + period;
            }
            if (action.startsWith("unmerge-")) {
                retrying.run(() -> editor.unmerge(user, period, mergeId(action)));
                redirect.addFlashAttribute("flash", messages.message("bulletin.flash.unmerged", locale));
            }
        } catch (InvalidInputException e) {
            messages.show(model, e, locale);
            BulletinView view = compiler.view(user, period);
            model.addAttribute("view", view);
            model.addAttribute("merges", editor.undoableMerges(view));
            return "compile";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/bulletins/" + period + "/compile";
    }

    private static long mergeId(String action) {
        try {
            return Long.parseLong(action.substring("unmerge-".length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 送签 from the preview, for the version the office has just read. */
    @PostMapping("/send-to-sign-off")
    String sendFromPreview(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        user.requireRole(Role.OFFICE);
        try {
            retrying.run(() -> signOff.sendToSignOff(user, period, version));
            redirect.addFlashAttribute("flash", messages.message("bulletin.flash.sent", locale));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refusal", String.join("；", messages.problems(e, locale)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/bulletins/" + period;
    }

    @GetMapping("/sign-off")
    String signOffPage(@AuthenticationPrincipal CurrentUser user, @PathVariable String period, Model model) {
        BulletinView view = compiler.view(user, period);
        show(user, view, model);
        // The rounds carry the signer's comments, which only those who oversee the cycle read.
        model.addAttribute("signOffRounds", user.oversees() ? signOff.rounds(view.bulletin()) : List.of());
        return "sign-off";
    }

    /** Approving takes two posts: the first says to whom the bulletin will go; returning takes one. */
    @PostMapping("/sign-off")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            @RequestParam int version,
            @RequestParam String decision,
            @RequestParam(required = false) String comment,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            if ("approve".equals(decision) && !confirmed) {
                return signOffConfirmation
                        .of(user, period, version, request, locale)
                        .render(model);
            }
            if ("approve".equals(decision)) {
                retrying.run(() -> signOff.approve(user, period, version));
            } else {
                retrying.run(() -> signOff.returnToOffice(user, period, version, comment));
            }
            redirect.addFlashAttribute(
                    "flash",
                    messages.message(
                            "approve".equals(decision) ? "bulletin.flash.approved" : "bulletin.flash.returned",
                            locale));
            return "redirect:/tasks";
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refusal", String.join("；", messages.problems(e, locale)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/bulletins/" + period + "/sign-off";
    }
}

package org.reportcycle.plan;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
import org.reportcycle.plan.ExtensionDecisions.ExtensionCase;
import org.reportcycle.system.ConflictException;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
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
 * One 延期申请 on a page of its own, the link of the leader's task and of its emails: the item and the request, and
 * for the responsible leader while it is pending one form (同意 or 不同意, one comment). Once decided, everyone
 * who may see it reads who decided, when and how. A head of another department finds no such request (404).
 */
@Controller
class ExtensionPage {

    private final ExtensionDecisions decisions;
    private final PlanExtensions extensions;
    private final OrganizationDirectory directory;
    private final PageMessages messages;
    private final Retrying retrying;

    ExtensionPage(
            ExtensionDecisions decisions,
            PlanExtensions extensions,
            OrganizationDirectory directory,
            PageMessages messages,
            Retrying retrying) {
        this.decisions = decisions;
        this.extensions = extensions;
        this.directory = directory;
        this.messages = messages;
        this.retrying = retrying;
    }

    @GetMapping("/plans/extensions/{id}")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ExtensionCase found = decisions.find(user, id);
        ExtensionRequest r = found.request();
        TrackedPlanItem item = found.item();
        model.addAttribute("request", r);
        model.addAttribute("item", item);
        model.addAttribute("leaderName", name(item.responsibleLeader()));
        model.addAttribute(
                "departmentNames",
                item.departments().stream().map(this::departmentName).collect(Collectors.joining("、")));
        model.addAttribute("requestingDepartment", departmentName(r.departmentCode()));
        model.addAttribute("requestedByName", name(r.requestedBy()));
        model.addAttribute("decidedByName", r.decidedBy() == null ? null : name(r.decidedBy()));
        model.addAttribute(
                "previousDeadline", Deadline.parse(r.previousDeadline()).text(item.planMonth()));
        model.addAttribute(
                "requestedDeadline", Deadline.parse(r.requestedDeadline()).text(item.planMonth()));
        model.addAttribute("requestedAt", zoned(r.requestedAt()));
        model.addAttribute("decidedAt", r.decidedAt() == null ? null : zoned(r.decidedAt()));
        model.addAttribute("due", zoned(found.due()));
        model.addAttribute("currentDeadline", item.deadline().text(item.planMonth()));
        model.addAttribute("canDecide", found.decidable(user));
        return "extension";
    }

    @PostMapping("/plans/extensions/{id}")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comment,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ExtensionRequest decided = retrying.run(() -> switch (decision == null ? "" : decision) {
                case "approve" -> extensions.approve(user, id, comment);
                case "refuse" -> extensions.refuse(user, id, comment);
                default -> throw new InvalidInputException("extensionDecision", "error.extension.decisionMissing");
            });
            redirect.addFlashAttribute(
                    "flash",
                    messages.message(
                            "plans.flash." + decided.status(),
                            locale,
                            Deadline.parse(decided.requestedDeadline()).label()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refusal", String.join("；", messages.problems(e, locale)));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/plans/extensions/" + id;
    }

    private static ZonedDateTime zoned(Instant at) {
        return at.atZone(PlanReminderPlanner.OFFICE_ZONE);
    }

    private String name(String username) {
        return directory.person(username).map(Person::name).orElse(username);
    }

    private String departmentName(String code) {
        return directory.department(code).map(Department::name).orElse(code);
    }
}

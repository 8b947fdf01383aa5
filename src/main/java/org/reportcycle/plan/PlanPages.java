package org.reportcycle.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.Leader;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.organization.Person;
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
 * 工作计划: the tracked plan items a user may see, with what each may do there. A head of an item's department asks
 * for an extension, its responsible leader follows the link to the request's own page, the office closes it. Bad
 * input comes back on the page with the form as typed; a conflict is a message after the redirect; a refusal (403)
 * is the error page.
 */
@Controller
class PlanPages {

    private final PlanTracking tracking;
    private final PlanExtensions extensions;
    private final ExtensionRequests requests;
    private final PlanReminderPlanner planner;
    private final OrganizationDirectory directory;
    private final PageMessages messages;
    private final Clock clock;
    private final Retrying retrying;
    private final PlanCloseConfirmation closeConfirmation;

    PlanPages(
            PlanTracking tracking,
            PlanExtensions extensions,
            ExtensionRequests requests,
            PlanReminderPlanner planner,
            OrganizationDirectory directory,
            PageMessages messages,
            Clock clock,
            Retrying retrying,
            PlanCloseConfirmation closeConfirmation) {
        this.retrying = retrying;
        this.closeConfirmation = closeConfirmation;
        this.tracking = tracking;
        this.extensions = extensions;
        this.requests = requests;
        this.planner = planner;
        this.directory = directory;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/plans")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String period,
            Model model,
            Locale locale) {
        return render(user, period, model, locale);
    }

    @PostMapping("/plans/{id}/extensions")
    String requestExtension(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String newDeadline,
            @RequestParam(required = false) String period,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            ExtensionRequest request = retrying.run(() -> extensions.request(user, id, reason, newDeadline));
            redirect.addFlashAttribute(
                    "flash",
                    messages.message(
                            "plans.flash.requested",
                            locale,
                            Deadline.parse(request.requestedDeadline()).label()));
        } catch (InvalidInputException e) {
            messages.show(model, e, locale);
            model.addAttribute("formItem", id);
            model.addAttribute("formReason", reason);
            model.addAttribute("formDeadline", newDeadline);
            return render(user, period, model, locale);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return back(period, redirect);
    }

    /** First post: the item and that no reminder follows; the confirmed post closes it. */
    @PostMapping("/plans/{id}/close")
    String close(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String period,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            if (!confirmed) {
                String back = period == null || period.isBlank()
                        ? "/plans"
                        : "/plans?period=" + URLEncoder.encode(period.strip(), StandardCharsets.UTF_8);
                return closeConfirmation.of(user, id, back, request, locale).render(model);
            }
            TrackedPlanItem item = retrying.run(() -> tracking.close(user, id));
            redirect.addFlashAttribute("flash", messages.message("plans.flash.closed", locale, item.title()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return back(period, redirect);
    }

    private static String back(String period, RedirectAttributes redirect) {
        if (period != null && !period.isBlank()) {
            redirect.addAttribute("period", period.strip());
        }
        return "redirect:/plans";
    }

    private String render(CurrentUser user, String period, Model model, Locale locale) {
        List<TrackedPlanItem> items;
        try {
            items = tracking.visible(user, period);
        } catch (InvalidInputException e) {
            messages.show(model, e, locale);
            items = List.of();
        }
        Map<String, String> leaders =
                directory.leaders().stream().collect(Collectors.toMap(Leader::username, Leader::name));
        Map<String, String> departments =
                directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name));
        LocalDate today = LocalDate.now(clock.withZone(PlanReminderPlanner.OFFICE_ZONE));
        model.addAttribute("period", period == null ? "" : period.strip());
        model.addAttribute(
                "rows",
                items.stream()
                        .map(item -> row(user, item, leaders, departments, today))
                        .toList());
        return "plans";
    }

    private PlanRow row(
            CurrentUser user,
            TrackedPlanItem item,
            Map<String, String> leaders,
            Map<String, String> departments,
            LocalDate today) {
        boolean open = item.status() == TrackedPlanItem.Status.OPEN;
        ExtensionRequest pending = open
                ? requests.of(item.id()).stream()
                        .filter(r -> r.status() == ExtensionRequest.Status.PENDING)
                        .findFirst()
                        .orElse(null)
                : null;
        boolean head = item.departments().stream().anyMatch(user::headOf);
        return new PlanRow(
                item,
                leaders.getOrDefault(item.responsibleLeader(), item.responsibleLeader()),
                item.departments().stream()
                        .map(d -> departments.getOrDefault(d, d))
                        .collect(Collectors.joining("、")),
                item.nextReminderAt() == null ? null : item.nextReminderAt().atZone(PlanReminderPlanner.OFFICE_ZONE),
                pending,
                pending == null ? null : name(pending.requestedBy()),
                pending == null
                        ? null
                        : Deadline.parse(pending.requestedDeadline()).text(item.planMonth()),
                open && head && pending == null && !today.isAfter(planner.dueDay(item.deadline())),
                open && user.isOffice(),
                pending != null && user.username().equals(item.responsibleLeader()));
    }

    private String name(String username) {
        return directory.person(username).map(Person::name).orElse(username);
    }

    /** One line of the page: the item, names as people read them, and what the user may do with it. */
    record PlanRow(
            TrackedPlanItem item,
            String leaderName,
            String departmentNames,
            ZonedDateTime nextReminderAt,
            ExtensionRequest pending,
            String pendingBy,
            String pendingDeadline,
            boolean canRequest,
            boolean canClose,
            boolean canDecide) {}
}

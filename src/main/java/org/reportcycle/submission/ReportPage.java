package org.reportcycle.submission;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.Leader;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.Confirmation;
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
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The department report page: the head fills and submits it, and may withdraw it until the office reviewed it;
 * the office accepts or returns it.
 */
@Controller
@RequestMapping("/reports/{period}/{department}")
class ReportPage {

    private final SubmissionService service;
    private final SubmissionReview review;
    private final OrganizationDirectory directory;
    private final PageMessages messages;
    private final Retrying retrying;
    private final ReviewQueue queue;

    ReportPage(
            SubmissionService service,
            SubmissionReview review,
            OrganizationDirectory directory,
            PageMessages messages,
            Retrying retrying,
            ReviewQueue queue) {
        this.queue = queue;
        this.retrying = retrying;
        this.service = service;
        this.review = review;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping
    String show(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            Model model) {
        Report report = service.report(user, period, department);
        ReportForm form = ReportForm.of(report);
        if (form.getCompletions().isEmpty()) {
            form.getCompletions().add(new ReportForm.CompletionRow());
        }
        return render(user, report, form, model);
    }

    @PostMapping
    String post(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @ModelAttribute("form") ReportForm form,
            @RequestParam String action,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        Report report = service.report(user, period, department);
        if (ReportFormRows.apply(form, action, () -> newPlanRow(department))) {
            return render(user, report, form, model);
        }
        boolean submit = "submit".equals(action);
        try {
            if (submit) {
                retrying.run(() -> service.submit(user, period, department, form.draft()));
            } else {
                retrying.run(() -> service.saveDraft(user, period, department, form.draft()));
            }
            redirect.addFlashAttribute(
                    "flash", messages.message(submit ? "report.flash.submitted" : "report.flash.saved", locale));
            return "redirect:/reports/" + period + "/" + department;
        } catch (InvalidInputException e) {
            messages.show(model, e, locale);
            return render(user, report, form, model);
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
            return "redirect:/reports/" + period + "/" + department;
        }
    }

    @PostMapping("/withdraw")
    String withdraw(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @RequestParam int version,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            retrying.run(() -> service.withdraw(user, period, department, version));
            redirect.addFlashAttribute("flash", messages.message("report.flash.withdrawn", locale));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
        }
        return "redirect:/reports/" + period + "/" + department;
    }

    /** First post: which department and period; the confirmed post accepts. */
    @PostMapping("/accept")
    String accept(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable ReportingPeriod period,
            @PathVariable String department,
            @RequestParam int version,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        if (!confirmed) {
            review.acceptable(user, period, department, version);
            String name = name(department);
            String report = "/reports/" + period + "/" + department;
            return Confirmation.of(
                            messages.message("confirm.accept.title", locale, name, period.label()),
                            report + "/accept",
                            report,
                            messages.message("confirm.accept.button", locale),
                            request)
                    .line(messages.message("confirm.accept.what", locale, name, period.label(), version))
                    .render(model);
        }
        retrying.run(() -> review.accept(user, period, department, version));
        return onward(period, department, "report.flash.accepted", redirect, locale);
    }

    @PostMapping("/return")
    String returnToDepartment(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String period,
            @PathVariable String department,
            @RequestParam int version,
            @RequestParam String comment,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            // Parsed here, so that a period that is no month comes back as a refusal, as other bad input does.
            ReportingPeriod p = ReportingPeriod.parse(period);
            retrying.run(() -> review.returnToDepartment(user, p, department, version, comment));
            return onward(p, department, "report.flash.returned", redirect, locale);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("refusal", String.join("；", messages.problems(e, locale)));
            return "redirect:/reports/" + period + "/" + department;
        }
    }

    /** After a decision the office goes on to the next report waiting for review, or back to the cycle. */
    private String onward(
            ReportingPeriod period, String decided, String done, RedirectAttributes redirect, Locale locale) {
        return queue.next(period, decided)
                .map(next -> {
                    redirect.addFlashAttribute(
                            "flash", messages.message(done + ".next", locale, name(decided), name(next)));
                    return "redirect:/reports/" + period + "/" + next;
                })
                .orElseGet(() -> {
                    redirect.addFlashAttribute("flash", messages.message(done, locale));
                    return "redirect:/cycles/" + period;
                });
    }

    private String name(String department) {
        return directory.department(department).map(Department::name).orElse(department);
    }

    private ReportForm.PlanRow newPlanRow(String department) {
        String leader = directory
                .department(department)
                .map(Department::responsibleLeader)
                .orElse(null);
        return ReportForm.PlanRow.presetFor(leader, department);
    }

    private String render(CurrentUser user, Report report, ReportForm form, Model model) {
        model.addAttribute("report", report);
        model.addAttribute(
                "rounds",
                service.rounds(
                        user, report.submission().period(), report.submission().departmentCode()));
        model.addAttribute("form", form);
        model.addAttribute(
                "editable",
                user.headOf(report.submission().departmentCode())
                        && report.submission().status().editable());
        model.addAttribute("reviewable", user.isOffice() && report.submission().status() == SubmissionStatus.SUBMITTED);
        model.addAttribute(
                "withdrawable",
                user.headOf(report.submission().departmentCode())
                        && report.submission().status() == SubmissionStatus.SUBMITTED);
        model.addAttribute("leaders", directory.leaders());
        model.addAttribute("departments", directory.departments());
        // The read-only view names plan items' leaders and departments as people read them, not by their codes.
        model.addAttribute(
                "leaderNames", directory.leaders().stream().collect(Collectors.toMap(Leader::username, Leader::name)));
        model.addAttribute(
                "departmentNames",
                directory.departments().stream().collect(Collectors.toMap(Department::code, Department::name)));
        return "report";
    }
}

package org.reportcycle.plan;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.stream.Collectors;
import org.reportcycle.organization.Department;
import org.reportcycle.organization.OrganizationDirectory;
import org.reportcycle.system.Confirmation;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.PageMessages;
import org.springframework.stereotype.Component;

/** What closing a plan item will do, for the office's second step: the item, and that no reminder follows. */
@Component
class PlanCloseConfirmation {

    private final PlanTracking tracking;
    private final OrganizationDirectory directory;
    private final PageMessages messages;

    PlanCloseConfirmation(PlanTracking tracking, OrganizationDirectory directory, PageMessages messages) {
        this.tracking = tracking;
        this.directory = directory;
        this.messages = messages;
    }

    Confirmation of(CurrentUser user, long id, String back, HttpServletRequest request, Locale locale) {
        TrackedPlanItem item = tracking.closable(user, id);
        String departments = item.departments().stream()
                .map(code -> directory.department(code).map(Department::name).orElse(code))
                .collect(Collectors.joining("、"));
        return Confirmation.of(
                        messages.message("confirm.planClose.title", locale, item.title()),
                        "/plans/" + id + "/close",
                        back,
                        messages.message("confirm.planClose.button", locale),
                        request)
                .line(messages.message(
                        "confirm.planClose.what",
                        locale,
                        item.title(),
                        departments,
                        item.deadline().label()));
    }
}

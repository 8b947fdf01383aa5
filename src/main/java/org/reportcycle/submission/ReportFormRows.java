package org.reportcycle.submission;

import java.util.function.Supplier;

/** The form's add and remove buttons, which change the rows without saving (pages need no JavaScript). */
final class ReportFormRows {

    private ReportFormRows() {}

    /** Applies a row action, a new plan row coming from {@code newPlan}; false if the action is not one (save or submit). */
    static boolean apply(ReportForm form, String action, Supplier<ReportForm.PlanRow> newPlan) {
        if (action.equals("addCompletion")) {
            form.getCompletions().add(new ReportForm.CompletionRow());
        } else if (action.equals("addPlan")) {
            form.getPlans().add(newPlan.get());
        } else if (action.startsWith("removeCompletion-")) {
            remove(form.getCompletions(), action);
        } else if (action.startsWith("removePlan-")) {
            remove(form.getPlans(), action);
        } else {
            return false;
        }
        return true;
    }

    private static void remove(java.util.List<?> rows, String action) {
        try {
            int index = Integer.parseInt(action.substring(action.indexOf('-') + 1));
            if (index >= 0 && index < rows.size()) {
                rows.remove(index);
            }
        } catch (NumberFormatException e) {
            // An unknown row is nothing to remove; the form is shown again as it was.
        }
    }
}

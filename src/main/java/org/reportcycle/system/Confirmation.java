package org.reportcycle.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.ui.Model;

/**
 * The second step of an action that cannot be undone (template {@code confirm.html}): what the action will do,
 * concretely, and a form re-posting the same fields with {@code confirmed=true}. A blocked confirmation says
 * why the action may not go ahead and offers only the way back.
 *
 * @param action the address the form posts to again, within the application
 * @param back   the page the 返回 link leads to
 */
public record Confirmation(
        String title,
        List<String> lines,
        List<String> names,
        List<String> notes,
        List<String> warnings,
        String action,
        List<Field> fields,
        String back,
        String button,
        boolean blocked) {

    /** The view name of the shared template. */
    public static final String VIEW = "confirm";

    public static final String CONFIRMED = "confirmed";

    /** The fields that are not the form's own: the CSRF token is written afresh, the confirmation added. */
    private static final Set<String> NOT_REPOSTED = Set.of("_csrf", CONFIRMED);

    public Confirmation {
        lines = List.copyOf(lines);
        names = List.copyOf(names);
        notes = List.copyOf(notes);
        warnings = List.copyOf(warnings);
        fields = List.copyOf(fields);
    }

    /** A confirmation re-posting every field of {@code request} to {@code action}. */
    public static Confirmation of(String title, String action, String back, String button, HttpServletRequest request) {
        List<Field> fields = new ArrayList<>();
        for (Map.Entry<String, String[]> e : request.getParameterMap().entrySet()) {
            if (!NOT_REPOSTED.contains(e.getKey())) {
                for (String value : e.getValue()) {
                    fields.add(new Field(e.getKey(), value));
                }
            }
        }
        return new Confirmation(title, List.of(), List.of(), List.of(), List.of(), action, fields, back, button, false);
    }

    public Confirmation line(String line) {
        return new Confirmation(
                title, append(lines, line), names, notes, warnings, action, fields, back, button, blocked);
    }

    /** The names the action concerns (recipients, departments), listed under the lines. */
    public Confirmation names(List<String> listed) {
        return new Confirmation(title, lines, listed, notes, warnings, action, fields, back, button, blocked);
    }

    /** A line said after the names. */
    public Confirmation note(String note) {
        return new Confirmation(
                title, lines, names, append(notes, note), warnings, action, fields, back, button, blocked);
    }

    public Confirmation warning(String warning) {
        return new Confirmation(
                title, lines, names, notes, append(warnings, warning), action, fields, back, button, blocked);
    }

    /** No second step: the action may not go ahead as it stands. */
    public Confirmation block(String why) {
        return new Confirmation(title, lines, names, notes, append(warnings, why), action, fields, back, button, true);
    }

    /** Puts it on the model; returns the view to render. */
    public String render(Model model) {
        model.addAttribute("confirmation", this);
        return VIEW;
    }

    private static List<String> append(List<String> list, String item) {
        List<String> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    /** One form field to post again. */
    public record Field(String name, String value) {}
}

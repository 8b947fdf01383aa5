package org.reportcycle.calendar;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.reportcycle.system.Confirmation;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.ReportCycleException;
import org.reportcycle.system.Retrying;
import org.reportcycle.system.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar page: a year's holidays and make-up workdays; an administrator replaces them as text, one day a
 * line ({@code 2026-10-01 休 国庆节}, {@code 2026-09-27 班 国庆节}); problems are shown per line.
 */
@Controller
class CalendarPage {

    static final String OFF = "休";
    static final String WORKED = "班";

    private static final Pattern ENTRY_FIELD = Pattern.compile("days\\[(\\d+)]\\..*");

    private final CalendarService calendar;
    private final WorkingDays workingDays;
    private final PageMessages messages;
    private final Clock clock;
    private final Retrying retrying;
    private final CalendarPreview preview;
    private final CalendarConfirmations confirmations;

    CalendarPage(
            CalendarService calendar,
            WorkingDays workingDays,
            PageMessages messages,
            Clock clock,
            Retrying retrying,
            CalendarPreview preview,
            CalendarConfirmations confirmations) {
        this.retrying = retrying;
        this.preview = preview;
        this.confirmations = confirmations;
        this.calendar = calendar;
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String thisYear() {
        return "redirect:/calendar/" + LocalDate.now(clock).getYear();
    }

    @GetMapping("/calendar/{year}")
    String year(@AuthenticationPrincipal CurrentUser user, @PathVariable String year, Model model) {
        List<CalendarDay> listed = calendar.listed(year);
        if (!model.containsAttribute("text")) {
            model.addAttribute("text", listed.stream().map(CalendarPage::line).collect(Collectors.joining("\n")));
        }
        show(user, CalendarService.parseYear(year), listed, model);
        return "calendar";
    }

    /**
     * First post: which deadlines would move and to when, refused when one would move to a time already past;
     * the confirmed post saves, after the same check.
     */
    @PostMapping("/calendar/{year}")
    String replace(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String year,
            @RequestParam String text,
            @RequestParam(defaultValue = "false") boolean confirmed,
            HttpServletRequest request,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        int number = CalendarService.parseYear(year);
        List<String> errors = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<DayEntry> entries = parse(text, lines, errors, locale);
        try {
            if (errors.isEmpty()) {
                Confirmation c = confirmations.of(number, preview.moves(user, year, entries), request, locale);
                if (!confirmed || c.blocked()) {
                    return c.render(model);
                }
                retrying.run(() -> calendar.replace(user, year, entries));
                redirect.addFlashAttribute("flash", messages.message("calendar.saved", locale, year));
                return "redirect:/calendar/" + number;
            }
            user.requireRole(Role.ADMIN);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> {
                Matcher m = ENTRY_FIELD.matcher(p.field());
                String message = messages.message(p.messageKey(), locale, p.args());
                errors.add(
                        m.matches()
                                ? messages.message(
                                        "calendar.line", locale, lines.get(Integer.parseInt(m.group(1))), message)
                                : message);
            });
        } catch (ReportCycleException e) {
            redirect.addFlashAttribute("refusal", messages.message(e, locale));
            return "redirect:/calendar/" + number;
        }
        model.addAttribute("errors", errors);
        model.addAttribute("text", text);
        show(user, number, calendar.listed(year), model);
        return "calendar";
    }

    private void show(CurrentUser user, int year, List<CalendarDay> listed, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("hasData", workingDays.hasData(year));
        model.addAttribute("days", listed);
        model.addAttribute("canEdit", user.has(Role.ADMIN));
    }

    /** Reads the lines; blank lines and lines starting with # are skipped. */
    private List<DayEntry> parse(String text, List<Integer> lines, List<String> errors, Locale locale) {
        List<DayEntry> entries = new ArrayList<>();
        String[] all = text.split("\\R", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int number = i + 1;
            String[] parts = line.split("\\s+", 3);
            if (parts.length < 3) {
                errors.add(messages.message(
                        "calendar.line", locale, number, messages.message("calendar.line.format", locale)));
                continue;
            }
            try {
                LocalDate.parse(parts[0]);
            } catch (DateTimeParseException e) {
                errors.add(messages.message(
                        "calendar.line", locale, number, messages.message("error.calendar.date", locale, parts[0])));
                continue;
            }
            if (!parts[1].equals(OFF) && !parts[1].equals(WORKED)) {
                errors.add(messages.message(
                        "calendar.line", locale, number, messages.message("calendar.line.mark", locale, parts[1])));
                continue;
            }
            entries.add(new DayEntry(parts[0], parts[1].equals(WORKED), parts[2]));
            lines.add(number);
        }
        return entries;
    }

    private static String line(CalendarDay day) {
        return day.date() + " " + (day.working() ? WORKED : OFF) + " " + day.name();
    }
}

package org.reportcycle.summary;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.system.CurrentUser;
import org.reportcycle.system.InvalidInputException;
import org.reportcycle.system.PageMessages;
import org.reportcycle.system.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The summaries page (工作总结) for the office: pick a range of months, or one of this year's quarters, halves or
 * the whole year, and download the Word draft; a bad range shows the form again with the problems.
 */
@Controller
@RequestMapping("/summaries")
class PeriodSummaryPage {

    private final PeriodSummaries summaries;
    private final PageMessages messages;
    private final Clock clock;

    PeriodSummaryPage(PeriodSummaries summaries, PageMessages messages, Clock clock) {
        this.summaries = summaries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView form(@AuthenticationPrincipal CurrentUser user) {
        user.requireRole(Role.OFFICE);
        YearMonth now = YearMonth.now(clock);
        return new ModelAndView("summaries", model(now.withMonth(1).toString(), now.toString()));
    }

    @GetMapping("/download")
    ModelAndView download(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            Locale locale) {
        try {
            return new ModelAndView(summaries.draft(user, from, to).view());
        } catch (InvalidInputException e) {
            ModelAndView page = new ModelAndView("summaries", model(from, to), HttpStatus.BAD_REQUEST);
            page.addObject("errors", messages.problems(e, locale));
            return page;
        }
    }

    private Map<String, Object> model(String from, String to) {
        int year = YearMonth.now(clock).getYear();
        List<Pick> picks = List.of(
                new Pick("q1", year, 1, 3),
                new Pick("q2", year, 4, 6),
                new Pick("q3", year, 7, 9),
                new Pick("q4", year, 10, 12),
                new Pick("h1", year, 1, 6),
                new Pick("h2", year, 7, 12),
                new Pick("year", year, 1, 12));
        return Map.of("from", from, "to", to, "year", year, "picks", picks);
    }

    /** A quick pick: its label key (summaries.pick.q1) and months. */
    record Pick(String key, String from, String to) {

        Pick(String key, int year, int first, int last) {
            this(
                    key,
                    YearMonth.of(year, first).toString(),
                    YearMonth.of(year, last).toString());
        }
    }
}

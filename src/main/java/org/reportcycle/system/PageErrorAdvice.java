package org.reportcycle.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page gets the office time zone and the current time; pages show a refusal as an error page with the right status, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 409);

    private final PageMessages messages;
    private final Clock clock;

    PageErrorAdvice(PageMessages messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("now")
    Instant now() {
        return clock.instant();
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return TimeConfiguration.OFFICE_ZONE;
    }

    /**
     * The container's error page, shown when the security filters refuse a page (no role, or a missing or expired
     * CSRF token) or the address is unknown: titled by its status, not as a system error.
     */
    @ModelAttribute
    void containerError(HttpServletRequest request, Model model, Locale locale) {
        if (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status
                && EXPLAINED.contains(status)) {
            model.addAttribute("errorTitle", messages.message("error.title." + status, locale));
            if (status == HttpServletResponse.SC_FORBIDDEN) {
                model.addAttribute("errorDetail", messages.message("error.forbidden.csrfOrRole", locale));
            }
        }
    }

    @ExceptionHandler(ReportCycleException.class)
    String refused(ReportCycleException e, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("zone", TimeConfiguration.OFFICE_ZONE);
        model.addAttribute("errorTitle", messages.message("error.title." + e.status().value(), locale));
        model.addAttribute("errorDetail", e instanceof InvalidInputException invalid
            ? String.join("；", messages.problems(invalid, locale)) : messages.message(e, locale));
        return "error";
    }

    /** A change lost to a concurrent one that no service turned into its own refusal: the page says so (409). */
    @ExceptionHandler({ConcurrencyFailureException.class, QueryTimeoutException.class, DuplicateKeyException.class})
    String lostRace(RuntimeException e, Model model, Locale locale, HttpServletResponse response) {
        return refused(new TransientConflictException(e), model, locale, response);
    }
}

package org.reportcycle.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page gets the office time zone and the current time; pages show a refusal as an error page with the right status, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

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

    @ExceptionHandler(ReportCycleException.class)
    String refused(ReportCycleException e, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("zone", TimeConfiguration.OFFICE_ZONE);
        model.addAttribute("errorTitle", messages.message("error.title." + e.status().value(), locale));
        model.addAttribute("errorDetail", e instanceof InvalidInputException invalid
            ? String.join("；", messages.problems(invalid, locale)) : messages.message(e, locale));
        return "error";
    }
}

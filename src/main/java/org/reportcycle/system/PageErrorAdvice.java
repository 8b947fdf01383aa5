package org.reportcycle.system;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/** Every page gets the office time zone and the current time; pages show a refusal as an error page with the right status, in the user's language. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorAdvice {

    /** The most rows a page form may send in one list (a report's completions, a bulletin's items). */
    static final int FORM_ROWS = 256;

    private final PageMessages messages;
    private final ErrorPages pages;
    private final Clock clock;
    private final PeriodNames periodNames;

    PageErrorAdvice(PageMessages messages, ErrorPages pages, Clock clock, PeriodNames periodNames) {
        this.periodNames = periodNames;
        this.messages = messages;
        this.pages = pages;
        this.clock = clock;
    }

    @ModelAttribute("now")
    Instant now() {
        return clock.instant();
    }

    /** Pages write periods as people read them: {@code ${periodNames.of(p)}}. */
    @ModelAttribute("periodNames")
    PeriodNames periodNames() {
        return periodNames;
    }

    @ModelAttribute("zone")
    ZoneId zone() {
        return TimeConfiguration.OFFICE_ZONE;
    }

    /** Form rows beyond this index are refused with a message (Spring would otherwise answer a server error). */
    @InitBinder
    void formRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(FORM_ROWS);
    }

    /** A form row index at or beyond the limit, or one that is no index at all ({@code items[x].title}). */
    @ExceptionHandler(InvalidPropertyException.class)
    ModelAndView invalidRow(InvalidPropertyException e, Locale locale) {
        boolean tooMany = e.getCause() instanceof IndexOutOfBoundsException
                && !e.getPropertyName().contains("[-");
        String detail = tooMany
                ? messages.message("error.form.tooManyRows", locale, FORM_ROWS)
                : messages.message("error.form.invalidField", locale, e.getPropertyName());
        return pages.page(HttpStatus.BAD_REQUEST, detail, locale);
    }

    @ExceptionHandler(ReportCycleException.class)
    String refused(ReportCycleException e, Model model, Locale locale, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("zone", TimeConfiguration.OFFICE_ZONE);
        model.addAttribute(
                "errorTitle", messages.message("error.title." + e.status().value(), locale));
        model.addAttribute(
                "errorDetail",
                e instanceof InvalidInputException invalid
                        ? String.join("；", messages.problems(invalid, locale))
                        : messages.message(e, locale));
        return "error";
    }

    /** A change lost to a concurrent one that no service turned into its own refusal: the page says so (409). */
    @ExceptionHandler({ConcurrencyFailureException.class, QueryTimeoutException.class, DuplicateKeyException.class})
    String lostRace(RuntimeException e, Model model, Locale locale, HttpServletResponse response) {
        return refused(new TransientConflictException(e), model, locale, response);
    }
}

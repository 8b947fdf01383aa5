package org.reportcycle.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The container's error page, for what no controller answered (a refusal of the security filters or the
 * firewall, an unknown address, a failure): a problem detail for an /api address, else the error page titled by
 * its status, never a system error for a refusal.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Map<Integer, String> DETAILS = Map.of(
            400,
            "error.request.rejected",
            401,
            "error.unauthorized",
            403,
            "error.forbidden.csrfOrRole",
            404,
            "error.route.unknown",
            405,
            "error.method.notAllowedHere",
            406,
            "error.mediaType.notAcceptableHere",
            415,
            "error.mediaType.unsupportedHere");

    private final Problems problems;
    private final PageMessages pageMessages;
    private final MessageSource messages;

    ErrorPages(Problems problems, PageMessages pageMessages, MessageSource messages) {
        this.problems = problems;
        this.pageMessages = pageMessages;
        this.messages = messages;
    }

    @RequestMapping("${server.error.path:${error.path:/error}}")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c && HttpStatus.resolve(c) != null
                ? HttpStatus.resolve(c)
                : HttpStatus.INTERNAL_SERVER_ERROR;
        String key = detailKey(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String u && Problems.api(u, request.getContextPath())) {
            problems.write(response, problems.of(status, key, new Object[] {status.value()}, List.of(), locale));
            return null;
        }
        return page(status, detail(key, new Object[] {status.value()}, List.of(), locale), locale);
    }

    /** The message of a status, when nothing more is known of the refusal. */
    static String detailKey(HttpStatus status) {
        return status.is5xxServerError() ? "error.server" : DETAILS.getOrDefault(status.value(), "error.status");
    }

    /** The error page with its status, title and message. */
    ModelAndView page(HttpStatus status, String detail, Locale locale) {
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("errorTitle", problems.title(status, locale));
        page.addObject("errorDetail", detail);
        return page;
    }

    /** The message; with field problems, each as the page names its field (版本：应为整数。). */
    String detail(String key, Object[] args, List<FieldProblem> fields, Locale locale) {
        if (fields.isEmpty()) {
            return messages.getMessage(key, args, locale);
        }
        return String.join("；", pageMessages.problems(new InvalidInputException(fields), locale));
    }
}

package org.reportcycle.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reportcycle.system.InvalidInputException.FieldProblem;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Builds the API's RFC 7807 problem details, titled by their status, in the user's language, and writes them with
 * their content type set, so that no {@code Accept} header can keep an error from being answered.
 */
@Component
class Problems {

    private final MessageSource messages;
    private final ObjectMapper json;

    Problems(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Whether the request is one of the API's (which answers JSON) rather than a page's. */
    static boolean api(HttpServletRequest request) {
        return api(request.getRequestURI(), request.getContextPath());
    }

    static boolean api(String uri, String contextPath) {
        String path = uri == null ? "" : uri.substring(Math.min(contextPath.length(), uri.length()));
        return path.equals("/api") || path.startsWith("/api/");
    }

    ProblemDetail of(HttpStatus status, String detailKey, Object[] args, List<FieldProblem> fields, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(detailKey, args, locale));
        problem.setTitle(title(status, locale));
        if (!fields.isEmpty()) {
            problem.setProperty(
                    "errors",
                    fields.stream()
                            .map(p -> Map.of(
                                    "field",
                                    p.field(),
                                    "message",
                                    messages.getMessage(p.messageKey(), p.args(), locale)))
                            .toList());
        }
        return problem;
    }

    ProblemDetail of(ReportCycleException e, Locale locale) {
        List<FieldProblem> fields = e instanceof InvalidInputException invalid ? invalid.problems() : List.of();
        return of(e.status(), e.messageKey(), e.args(), fields, locale);
    }

    /** The status's title; a status without its own title is titled by its class (输入有误 or 系统错误). */
    String title(HttpStatus status, Locale locale) {
        String title = messages.getMessage("error.title." + status.value(), null, null, locale);
        return title != null
                ? title
                : messages.getMessage(status.is4xxClientError() ? "error.title.400" : "error.title.500", null, locale);
    }

    static ResponseEntity<ProblemDetail> entity(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Writes the problem as the whole answer, replacing anything buffered before. */
    void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        if (!response.isCommitted()) {
            response.resetBuffer();
        }
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}

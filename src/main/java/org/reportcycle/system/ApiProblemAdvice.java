package org.reportcycle.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** Every refusal on the API is an RFC 7807 problem detail in the user's language. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final MessageSource messages;

    ApiProblemAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ReportCycleException.class)
    ProblemDetail refused(ReportCycleException e, Locale locale) {
        ProblemDetail problem = problem(e.status(), messages.getMessage(e.messageKey(), e.args(), locale), locale);
        if (e instanceof InvalidInputException invalid) {
            List<Map<String, String>> errors = invalid.problems().stream()
                .map(p -> Map.of("field", p.field(), "message", messages.getMessage(p.messageKey(), p.args(), locale)))
                .toList();
            problem.setProperty("errors", errors);
        }
        return problem;
    }

    @ExceptionHandler({HttpMessageNotReadableException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail unreadable(Exception e, Locale locale) {
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage("error.unreadable", null, locale), locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrent(OptimisticLockingFailureException e, Locale locale) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return problem(HttpStatus.CONFLICT, messages.getMessage("error.concurrent", null, locale), locale);
    }

    /** A lock wait or a unique key lost to a concurrent request that no service turned into its own answer. */
    @ExceptionHandler({PessimisticLockingFailureException.class, QueryTimeoutException.class,
        DuplicateKeyException.class})
    ProblemDetail lostRace(RuntimeException e, Locale locale) {
        log.info("Concurrent change refused: {}", e.toString());
        return problem(HttpStatus.CONFLICT, messages.getMessage("error.concurrent", null, locale), locale);
    }

    private ProblemDetail problem(HttpStatus status, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(messages.getMessage("error.title." + status.value(), null, locale));
        return problem;
    }
}

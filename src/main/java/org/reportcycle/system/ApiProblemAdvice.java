package org.reportcycle.system;

import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal on the API is an RFC 7807 problem detail in the user's language. Its content type is set here, so
 * that a client accepting only other types (a file download's {@code Accept}) still reads why it was refused.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    private final Problems problems;

    ApiProblemAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ReportCycleException.class)
    ResponseEntity<ProblemDetail> refused(ReportCycleException e, Locale locale) {
        return Problems.entity(problems.of(e, locale));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(OptimisticLockingFailureException e, Locale locale) {
        log.info("Concurrent change refused: {}", e.getMessage());
        return Problems.entity(problems.of(HttpStatus.CONFLICT, "error.concurrent", null, List.of(), locale));
    }

    /** A lock wait or a unique key lost to a concurrent request that no service turned into its own answer. */
    @ExceptionHandler({
        PessimisticLockingFailureException.class,
        QueryTimeoutException.class,
        DuplicateKeyException.class
    })
    ResponseEntity<ProblemDetail> lostRace(RuntimeException e, Locale locale) {
        log.info("Concurrent change refused: {}", e.toString());
        return Problems.entity(problems.of(HttpStatus.CONFLICT, "error.concurrent", null, List.of(), locale));
    }
}

package org.reportcycle.system;

import java.util.List;
import org.springframework.http.HttpStatus;

/** Input that cannot be accepted (400); lists every problem found, each naming its field. */
public class InvalidInputException extends ReportCycleException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalid");
        this.problems = List.copyOf(problems);
    }

    public InvalidInputException(String field, String messageKey, Object... args) {
        this(List.of(new FieldProblem(field, messageKey, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    /** One problem: the field (as the form or JSON names it), a message key and its arguments. */
    public record FieldProblem(String field, String messageKey, Object... args) {}
}

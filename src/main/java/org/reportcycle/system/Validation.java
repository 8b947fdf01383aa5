package org.reportcycle.system;

import java.util.ArrayList;
import java.util.List;
import org.reportcycle.system.InvalidInputException.FieldProblem;

/** Collects every problem of one input, so the user sees them all at once; throws if there were any. */
public final class Validation {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation require(boolean ok, String field, String messageKey, Object... args) {
        if (!ok) {
            problems.add(new FieldProblem(field, messageKey, args));
        }
        return this;
    }

    /** Required text of at most {@code max} characters. */
    public Validation text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "error.field.required"));
        } else {
            optionalText(value, field, max);
        }
        return this;
    }

    /** At most {@code max} characters, and no NUL, which no database column can keep. */
    public Validation optionalText(String value, String field, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "error.field.tooLong", max, value.length()));
        } else if (value != null && value.indexOf('\u0000') >= 0) {
            problems.add(new FieldProblem(field, "error.field.nul"));
        }
        return this;
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}

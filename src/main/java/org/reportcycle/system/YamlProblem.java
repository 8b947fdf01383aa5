package org.reportcycle.system;

/**
 * What is wrong in a YAML file, and where: the file, the line (1 for the first, 0 when the file cannot be read)
 * and the place ({@code file}, {@code syntax}, or the field's path such as {@code users[2].email}). The module
 * that reads the file turns it into its own exception.
 */
public class YamlProblem extends RuntimeException {

    private final String file;
    private final int line;
    private final String place;
    private final String problem;

    public YamlProblem(String file, int line, String place, String problem) {
        super("%s, line %d (%s): %s".formatted(file, line, place, problem));
        this.file = file;
        this.line = line;
        this.place = place;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public String place() {
        return place;
    }

    public String problem() {
        return problem;
    }
}

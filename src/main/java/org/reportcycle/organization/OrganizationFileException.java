package org.reportcycle.organization;

/** The organisation file cannot be used: names the file, the place in it and the problem. */
class OrganizationFileException extends RuntimeException {

    OrganizationFileException(String file, int line, String place, String problem) {
        super("%s, line %d (%s): %s".formatted(file, line, place, problem));
    }
}

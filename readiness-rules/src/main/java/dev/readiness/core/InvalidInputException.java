package dev.readiness.core;

import java.util.Optional;

/**
 * A user's input is wrong: a contract, a report, a parameter. Carries where (file, line), what is wrong and how to
 * fix it, so that the build can print one paragraph instead of a stack trace.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Location location;
    private final String problem;
    private final String fix;

    public InvalidInputException(Location location, String problem, String fix) {
        super(render(location, problem, fix));
        this.location = location;
        this.problem = problem;
        this.fix = fix;
    }

    public InvalidInputException(String problem, String fix) {
        this(null, problem, fix);
    }

    public Optional<Location> location() {
        return Optional.ofNullable(location);
    }

    public String problem() {
        return problem;
    }

    public String fix() {
        return fix;
    }

    private static String render(Location location, String problem, String fix) {
        String where = location == null ? "" : location + ": ";
        return where + problem + (fix == null || fix.isEmpty() ? "" : "\n  Fix: " + fix);
    }
}

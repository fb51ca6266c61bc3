package dev.readiness.api;

import dev.readiness.core.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found wrong: what (with the measured and the expected value), where, and how to fix it.
 *
 * @param message what is wrong, e.g. "line coverage is 0.62, the contract requires at least 0.70"
 * @param location the file and line to change, when there is one
 * @param hint how to fix it, e.g. the command to run or the element to add
 * @param advisory true for a finding that asks for tidying rather than signals a violation (a waiver on a rule that
 *     holds): it makes the rule WARN at most
 */
public record Finding(String message, Optional<Location> location, String hint, boolean advisory) {

    public Finding {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        hint = hint == null ? "" : hint;
    }

    public static Finding of(String message) {
        return new Finding(message, Optional.empty(), "", false);
    }

    public Finding at(Location where) {
        return new Finding(message, Optional.ofNullable(where), hint, advisory);
    }

    public Finding hint(String how) {
        return new Finding(message, location, how, advisory);
    }

    public Finding asAdvisory() {
        return new Finding(message, location, hint, true);
    }
}

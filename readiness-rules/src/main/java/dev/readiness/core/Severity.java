package dev.readiness.core;

import java.util.Locale;
import java.util.Optional;

/** How much a violated rule matters; set per rule in the contract, never by the rule itself. */
public enum Severity {
    /** A violation fails the build. */
    ERROR,
    /** A violation is reported; it fails the build only in the release gate. */
    WARN,
    /** The rule does not run. */
    OFF;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> parse(String text) {
        for (Severity severity : values()) {
            if (severity.key().equals(text)) {
                return Optional.of(severity);
            }
        }
        return Optional.empty();
    }

    /** True when this severity checks less than {@code other}: {@code off} is weaker than {@code warn}, which is weaker than {@code error}. */
    public boolean isWeakerThan(Severity other) {
        return ordinal() > other.ordinal();
    }
}

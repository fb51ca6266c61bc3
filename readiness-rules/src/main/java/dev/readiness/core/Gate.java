package dev.readiness.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which bar the build is held to. */
public enum Gate {
    /** Every build: release-only rules are skipped, warnings stay warnings. */
    DEFAULT,
    /** A release: release-only rules run and every warning fails. */
    RELEASE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Gate> parse(String text) {
        return Arrays.stream(values()).filter(g -> g.key().equals(text)).findFirst();
    }

    public static String validKeys() {
        return Arrays.stream(values()).map(Gate::key).collect(Collectors.joining(", "));
    }
}

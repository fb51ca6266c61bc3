package dev.readiness.rules;

import java.util.Locale;
import java.util.Set;

/** Recognises the values a template or a hurried author leaves in place of a real one. */
public final class Placeholders {

    private static final Set<String> WORDS = Set.of("todo", "tbd", "tba", "changeme", "change-me", "change me",
            "fixme", "xxx", "n/a", "none", "unknown", "?");

    private Placeholders() {
    }

    /** True for empty text, {@code TODO}, {@code TBD}, {@code changeme} and the like, and text starting with {@code TODO}. */
    public static boolean isPlaceholder(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return text.isEmpty() || WORDS.contains(text) || text.startsWith("todo") || text.startsWith("tbd")
                || text.startsWith("<") && text.endsWith(">");
    }
}

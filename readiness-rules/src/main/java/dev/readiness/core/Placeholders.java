package dev.readiness.core;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Recognises the values a template or a hurried author leaves in place of a real one. */
public final class Placeholders {

    private static final Set<String> WORDS = Set.of("todo", "tbd", "tba", "changeme", "change-me", "change me",
            "fixme", "xxx", "n/a", "none", "unknown", "?");

    /** "TODO: ask Ana", "tbd - engineering": the word, not a name that starts with its letters ("todor.ivanov"). */
    private static final Pattern LEADING_WORD = Pattern.compile("^(todo|tbd)(?![\\p{L}\\p{N}]).*", Pattern.DOTALL);

    private Placeholders() {
    }

    /** True for empty text, {@code TODO}, {@code TBD}, {@code changeme} and the like, and text starting with the word {@code TODO}. */
    public static boolean isPlaceholder(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return text.isEmpty() || WORDS.contains(text) || LEADING_WORD.matcher(text).matches()
                || text.startsWith("<") && text.endsWith(">");
    }
}

package dev.readiness.core;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the valid name closest to a misspelt one, for "did you mean" hints. */
public final class Suggestions {

    private Suggestions() {
    }

    public static Optional<String> closest(String wrong, Collection<String> valid) {
        return valid.stream()
                .min(Comparator.comparingInt((String v) -> distance(wrong, v)).thenComparing(Comparator.naturalOrder()))
                .filter(v -> distance(wrong, v) <= Math.max(3, v.length() / 2));
    }

    /** {@code "; did you mean 'x'?"} or an empty string, to append to a sentence about {@code wrong}. */
    public static String didYouMean(String wrong, Collection<String> valid) {
        return closest(wrong, valid).map(v -> "; did you mean \"" + v + "\"?").orElse("");
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = Character.toLowerCase(a.charAt(i - 1)) == Character.toLowerCase(b.charAt(j - 1)) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}

package dev.readiness.core;

import java.util.Objects;

/**
 * A pattern over names in which {@code *} stands for any characters, none included, and every other character for
 * itself: {@code org.apache.*:*}, {@code com.acme.churn.Legacy*}. Used for a waiver's {@code subjects}, which match
 * whole subjects (coordinates, paths, class names) whatever separators they hold. Matching takes time proportional to
 * the pattern's length times the name's at worst, never more, whatever the pattern.
 */
public final class Wildcard {

    private final String text;

    private Wildcard(String text) {
        this.text = Objects.requireNonNull(text, "text");
    }

    public static Wildcard of(String text) {
        return new Wildcard(text);
    }

    public String text() {
        return text;
    }

    /**
     * The greedy two-pointer match: on a mismatch after a {@code *}, the star takes one more character and matching
     * resumes there. A later star makes earlier choices final, so the pattern is never re-tried from an older star.
     */
    public boolean matches(String candidate) {
        int p = 0;
        int c = 0;
        int star = -1;
        int resume = 0;
        while (c < candidate.length()) {
            if (p < text.length() && text.charAt(p) == '*') {
                star = p++;
                resume = c;
            } else if (p < text.length() && text.charAt(p) == candidate.charAt(c)) {
                p++;
                c++;
            } else if (star >= 0) {
                p = star + 1;
                c = ++resume;
            } else {
                return false;
            }
        }
        while (p < text.length() && text.charAt(p) == '*') {
            p++;
        }
        return p == text.length();
    }

    @Override
    public String toString() {
        return text;
    }
}

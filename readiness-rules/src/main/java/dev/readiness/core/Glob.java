package dev.readiness.core;

import java.util.Arrays;

/**
 * A path or name pattern with {@code **} (any number of segments), {@code *} (within one segment) and {@code ?} (one
 * character). The one glob matcher of the product: file patterns use {@code /} as separator, class patterns
 * {@code .}.
 * <p>
 * Matching simulates the pattern's automaton over all its positions at once, one candidate character at a time, so it
 * takes time proportional to the pattern's length times the candidate's at worst, whatever the pattern: a contract's
 * {@code **&#47;**&#47;*a*a*a*b} cannot stall the build the way a backtracking regular expression would.
 */
public final class Glob {

    /** A character that stands for itself. */
    private static final byte LITERAL = 0;
    /** {@code ?}: one character other than the separator. */
    private static final byte ONE = 1;
    /** {@code *}: any characters other than the separator, none included. */
    private static final byte STAR = 2;
    /** {@code **} not followed by the separator: any characters, separators included. */
    private static final byte ANY = 3;
    /** {@code **} followed by the separator: nothing, or any characters ending with the separator. */
    private static final byte SEGMENTS = 4;

    private final String text;
    private final char separator;
    private final byte[] kinds;
    private final char[] literals;

    private Glob(String text, char separator) {
        this.text = text;
        this.separator = separator;
        byte[] k = new byte[text.length()];
        char[] l = new char[text.length()];
        int n = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                boolean followedBySeparator = i + 2 < text.length() && text.charAt(i + 2) == separator;
                k[n++] = followedBySeparator ? SEGMENTS : ANY;
                i += followedBySeparator ? 3 : 2;
            } else {
                k[n] = c == '*' ? STAR : c == '?' ? ONE : LITERAL;
                l[n++] = c;
                i++;
            }
        }
        this.kinds = Arrays.copyOf(k, n);
        this.literals = Arrays.copyOf(l, n);
    }

    /** A file pattern over paths relative to a base directory, with {@code /} between segments. */
    public static Glob ofPath(String text) {
        return new Glob(text.replace('\\', '/'), '/');
    }

    /** A pattern over qualified class names such as {@code com.acme.model.**}. */
    public static Glob ofClassName(String text) {
        return new Glob(text, '.');
    }

    /**
     * Whether the whole candidate matches. {@code at[i]} says that the pattern's first {@code i} tokens can match what
     * has been read so far; {@code inside[i]} that a {@code **}{@code /} token {@code i} has begun to consume segments,
     * which only the separator ends. Star tokens loop on themselves; those that match the empty text are left without
     * reading (see {@link #closeOver}).
     */
    public boolean matches(String candidate) {
        int n = kinds.length;
        boolean[] at = new boolean[n + 1];
        boolean[] inside = new boolean[n];
        boolean[] nextAt = new boolean[n + 1];
        boolean[] nextInside = new boolean[n];
        at[0] = true;
        closeOver(at);
        for (int c = 0; c < candidate.length(); c++) {
            char ch = candidate.charAt(c);
            boolean any = false;
            for (int i = 0; i < n; i++) {
                if (!at[i] && !inside[i]) {
                    continue;
                }
                switch (kinds[i]) {
                    case LITERAL -> {
                        if (literals[i] == ch) {
                            nextAt[i + 1] = any = true;
                        }
                    }
                    case ONE -> {
                        if (ch != separator) {
                            nextAt[i + 1] = any = true;
                        }
                    }
                    case STAR -> {
                        if (ch != separator) {
                            nextAt[i] = any = true;
                        }
                    }
                    case ANY -> nextAt[i] = any = true;
                    default -> {
                        // SEGMENTS: any character goes on inside; the separator may also end the segments.
                        nextInside[i] = any = true;
                        if (ch == separator) {
                            nextAt[i + 1] = true;
                        }
                    }
                }
            }
            if (!any) {
                return false;
            }
            closeOver(nextAt);
            boolean[] swap = at;
            at = nextAt;
            nextAt = swap;
            swap = inside;
            inside = nextInside;
            nextInside = swap;
            Arrays.fill(nextAt, false);
            Arrays.fill(nextInside, false);
        }
        return at[n];
    }

    /** Star tokens match the empty text too: from one, the token after it is reached without reading. */
    private void closeOver(boolean[] states) {
        for (int i = 0; i < kinds.length; i++) {
            if (states[i] && kinds[i] >= STAR) {
                states[i + 1] = true;
            }
        }
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}

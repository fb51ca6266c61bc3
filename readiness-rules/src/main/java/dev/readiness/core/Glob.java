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

    // The same automaton as bit sets, one bit per token, for patterns of at most 63 tokens (nearly all): bit i of a
    // state is at[i], and each character is a handful of word operations (the shift-and method).
    private final boolean small;
    /** Per ASCII character, the literal tokens it matches. */
    private final long[] asciiLiterals;
    /** Literal tokens of other characters, and their bits. */
    private final char[] otherChars;
    private final long[] otherLiterals;
    private final long ones;
    private final long stars;
    private final long anys;
    private final long segments;
    /** Tokens that may match the empty text: every kind of star. */
    private final long empties;

    // Text every match holds, looked for before the automaton runs: each literal token reads exactly its character, so
    // the literals before the first wildcard start a match, those after the last one end it, and each run of literals
    // in between appears in it whole. Most candidates of a pattern such as **&#47;*.ipynb fail on these at once.
    private final String prefix;
    private final String suffix;
    /** The longest run of literals between the first and last wildcard; empty when there is none. */
    private final String inner;

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
        this.small = n < Long.SIZE;
        long[] ascii = new long[128];
        StringBuilder others = new StringBuilder();
        long[] otherBits = new long[n];
        long oneBits = 0;
        long starBits = 0;
        long anyBits = 0;
        long segmentBits = 0;
        for (int t = 0; small && t < n; t++) {
            long bit = 1L << t;
            switch (kinds[t]) {
                case LITERAL -> {
                    char c = literals[t];
                    if (c < 128) {
                        ascii[c] |= bit;
                    } else {
                        int at = others.indexOf(String.valueOf(c));
                        if (at < 0) {
                            at = others.length();
                            others.append(c);
                        }
                        otherBits[at] |= bit;
                    }
                }
                case ONE -> oneBits |= bit;
                case STAR -> starBits |= bit;
                case ANY -> anyBits |= bit;
                default -> segmentBits |= bit;
            }
        }
        this.asciiLiterals = ascii;
        this.otherChars = others.toString().toCharArray();
        this.otherLiterals = Arrays.copyOf(otherBits, otherChars.length);
        this.ones = oneBits;
        this.stars = starBits;
        this.anys = anyBits;
        this.segments = segmentBits;
        this.empties = starBits | anyBits | segmentBits;
        int first = 0;
        while (first < n && kinds[first] == LITERAL) {
            first++;
        }
        int last = n;
        while (last > first && kinds[last - 1] == LITERAL) {
            last--;
        }
        this.prefix = new String(literals, 0, first);
        this.suffix = first == n ? "" : new String(literals, last, n - last);
        String longest = "";
        int run = first;
        for (int t = first; t <= last; t++) {
            if (t == last || kinds[t] != LITERAL) {
                if (t - run > longest.length()) {
                    longest = new String(literals, run, t - run);
                }
                run = t + 1;
            }
        }
        this.inner = longest;
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
        if (!candidate.startsWith(prefix) || !candidate.endsWith(suffix) || !candidate.contains(inner)) {
            return false;
        }
        return small ? matchesByBits(candidate) : matchesByArrays(candidate);
    }

    /** {@link #matchesByArrays}'s automaton with its state in two words: {@code at} and {@code inside}. */
    private boolean matchesByBits(String candidate) {
        long at = closeOver(1L);
        long inside = 0;
        for (int c = 0; c < candidate.length(); c++) {
            char ch = candidate.charAt(c);
            long literal = ch < 128 ? asciiLiterals[ch] : otherLiteral(ch);
            long within = (at | inside) & segments;
            long next = (at & literal) << 1 | at & anys;
            if (ch == separator) {
                next |= within << 1;
            } else {
                next |= (at & ones) << 1 | at & stars;
            }
            inside = within;
            at = closeOver(next);
            if (at == 0 && inside == 0) {
                return false;
            }
        }
        return (at & 1L << kinds.length) != 0;
    }

    private long otherLiteral(char ch) {
        for (int i = 0; i < otherChars.length; i++) {
            if (otherChars[i] == ch) {
                return otherLiterals[i];
            }
        }
        return 0;
    }

    /** Star tokens match the empty text too: from one, the token after it is reached without reading, and so on. */
    private long closeOver(long at) {
        long before;
        do {
            before = at;
            at |= (at & empties) << 1;
        } while (at != before);
        return at;
    }

    private boolean matchesByArrays(String candidate) {
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

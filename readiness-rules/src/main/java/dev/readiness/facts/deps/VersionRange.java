package dev.readiness.facts.deps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A Maven version range: {@code [1.0,2.0)}, {@code [1.0,)}, {@code (,2.17.1)}, {@code [1.5]} (exactly 1.5), or
 * several joined by commas ({@code (,1.0],[1.2,)}). A plain version ({@code 1.5}) is read as exactly that version, as
 * a pattern of {@code dependencies.banned} means it; Maven itself treats it as a soft requirement.
 */
public final class VersionRange {

    private record Bound(Version version, boolean inclusive) {
    }

    private record Interval(Optional<Bound> lower, Optional<Bound> upper) {
        boolean contains(Version version) {
            if (lower.isPresent()) {
                int c = version.compareTo(lower.get().version());
                if (c < 0 || (c == 0 && !lower.get().inclusive())) {
                    return false;
                }
            }
            if (upper.isPresent()) {
                int c = version.compareTo(upper.get().version());
                return c < 0 || (c == 0 && upper.get().inclusive());
            }
            return true;
        }
    }

    private final String text;
    private final List<Interval> intervals;

    private VersionRange(String text, List<Interval> intervals) {
        this.text = text;
        this.intervals = List.copyOf(intervals);
    }

    /** True when the text is a range rather than one version: it starts with {@code [} or {@code (}. */
    public static boolean isRange(String version) {
        String v = version.trim();
        return v.startsWith("[") || v.startsWith("(");
    }

    /** {@code LATEST} and {@code RELEASE}: versions that mean whatever the repository has today. */
    public static boolean isDynamic(String version) {
        String v = version.trim();
        return v.equals("LATEST") || v.equals("RELEASE");
    }

    /**
     * Parses a range or a single version.
     *
     * @throws IllegalArgumentException naming what is wrong, when the text is not a range
     */
    public static VersionRange parse(String text) {
        String spec = text.trim();
        if (spec.isEmpty()) {
            throw new IllegalArgumentException("an empty version range");
        }
        if (!isRange(spec)) {
            if (spec.contains(",") || spec.contains("]") || spec.contains(")")) {
                throw new IllegalArgumentException("\"" + text + "\" is neither a version nor a range such as [1.0,2.0)");
            }
            Bound exact = new Bound(Version.parse(spec), true);
            return new VersionRange(spec, List.of(new Interval(Optional.of(exact), Optional.of(exact))));
        }
        List<Interval> intervals = new ArrayList<>();
        String rest = spec;
        while (!rest.isEmpty()) {
            char open = rest.charAt(0);
            if (open != '[' && open != '(') {
                throw new IllegalArgumentException("\"" + text + "\": expected [ or ( at \"" + rest + "\"");
            }
            int close = indexOfClose(rest);
            if (close < 0) {
                throw new IllegalArgumentException("\"" + text + "\" has an unclosed range; close it with ] or )");
            }
            intervals.add(interval(text, rest.substring(0, close + 1)));
            rest = rest.substring(close + 1).trim();
            if (rest.startsWith(",")) {
                rest = rest.substring(1).trim();
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException("\"" + text + "\" ends with a comma");
                }
            } else if (!rest.isEmpty()) {
                throw new IllegalArgumentException("\"" + text + "\": ranges must be separated by commas");
            }
        }
        return new VersionRange(spec, intervals);
    }

    private static int indexOfClose(String text) {
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ']' || c == ')') {
                return i;
            }
            if (c == '[' || c == '(') {
                return -1;
            }
        }
        return -1;
    }

    private static Interval interval(String whole, String part) {
        boolean lowerInclusive = part.charAt(0) == '[';
        boolean upperInclusive = part.charAt(part.length() - 1) == ']';
        String inner = part.substring(1, part.length() - 1).trim();
        int comma = inner.indexOf(',');
        if (comma < 0) {
            if (!lowerInclusive || !upperInclusive || inner.isEmpty()) {
                throw new IllegalArgumentException("\"" + whole + "\": a single version must be written [1.0]");
            }
            Bound exact = new Bound(Version.parse(inner), true);
            return new Interval(Optional.of(exact), Optional.of(exact));
        }
        if (inner.indexOf(',', comma + 1) >= 0) {
            throw new IllegalArgumentException("\"" + whole + "\": " + part + " has more than two bounds");
        }
        String lower = inner.substring(0, comma).trim();
        String upper = inner.substring(comma + 1).trim();
        Optional<Bound> low = lower.isEmpty() ? Optional.empty() : Optional.of(new Bound(Version.parse(lower), lowerInclusive));
        Optional<Bound> high = upper.isEmpty() ? Optional.empty() : Optional.of(new Bound(Version.parse(upper), upperInclusive));
        // A missing bound is open whatever its bracket: Maven reads [,2.17.1) as (,2.17.1).
        if (low.isPresent() && high.isPresent()) {
            int order = high.get().version().compareTo(low.get().version());
            if (order < 0 || order == 0 && !(lowerInclusive && upperInclusive)) {
                throw new IllegalArgumentException("\"" + whole + "\": the range " + part + " is empty (its lower bound "
                        + lower + " is not below its upper bound " + upper + ")");
            }
        }
        return new Interval(low, high);
    }

    /**
     * The one version a range allows when its bounds are the same and inclusive ({@code [1.0]}, {@code [1.0,1.0]}):
     * it pins that version, yet Maven still resolves it through the repository's metadata.
     */
    public Optional<String> exactVersion() {
        if (!isRange(text) || intervals.size() != 1) {
            return Optional.empty();
        }
        Interval only = intervals.get(0);
        if (only.lower().isPresent() && only.upper().isPresent() && only.lower().get().inclusive()
                && only.upper().get().inclusive()
                && only.lower().get().version().compareTo(only.upper().get().version()) == 0) {
            return Optional.of(only.lower().get().version().toString());
        }
        return Optional.empty();
    }

    /** {@link #exactVersion()} of the text, empty when it is no range or not readable as one. */
    public static Optional<String> exactVersion(String text) {
        try {
            return parse(text).exactVersion();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public boolean contains(Version version) {
        for (Interval interval : intervals) {
            if (interval.contains(version)) {
                return true;
            }
        }
        return false;
    }

    public boolean contains(String version) {
        return contains(Version.parse(version));
    }

    @Override
    public String toString() {
        return text;
    }
}

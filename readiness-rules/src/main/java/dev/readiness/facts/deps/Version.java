package dev.readiness.facts.deps;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A version ordered the way Maven orders them ({@code ComparableVersion}): {@code 1.0-alpha < 1.0-beta <
 * 1.0-milestone < 1.0-rc < 1.0-SNAPSHOT < 1.0 < 1.0-sp}, unknown qualifiers after those; trailing zeros do not count
 * ({@code 1 == 1.0 == 1.0.0 == 1-ga}); numbers compare as numbers ({@code 1.9 < 1.10}). Written here rather than
 * borrowed from maven-artifact because the rules stay free of Maven types.
 */
public final class Version implements Comparable<Version> {

    private static final List<String> QUALIFIERS = List.of("alpha", "beta", "milestone", "rc", "snapshot", "", "sp");
    private static final Map<String, String> ALIASES = Map.of("ga", "", "final", "", "release", "", "cr", "rc");
    private static final String RELEASE_INDEX = String.valueOf(QUALIFIERS.indexOf(""));

    private final String text;
    private final ListItem items;

    private Version(String text) {
        this.text = text;
        this.items = items(text);
    }

    public static Version parse(String text) {
        return new Version(text.trim());
    }

    public static int compare(String left, String right) {
        return parse(left).compareTo(parse(right));
    }

    /** True for {@code 1.0-SNAPSHOT} and for a deployed snapshot's timestamped form {@code 1.0-20250101.120000-3}. */
    public static boolean isSnapshot(String version) {
        return version.endsWith("-SNAPSHOT") || isTimestamped(version);
    }

    /**
     * Ends with {@code -yyyyMMdd.HHmmss-N}, read from the end: a check every node of a dependency graph makes, so it
     * compiles no regular expression.
     */
    private static boolean isTimestamped(String version) {
        int end = version.length();
        int buildStart = end;
        while (buildStart > 0 && isDigit(version.charAt(buildStart - 1))) {
            buildStart--;
        }
        // "-" build number, "-" 8 digits "." 6 digits before it: 17 characters
        int start = buildStart - 17;
        if (buildStart == end || start < 0 || version.charAt(buildStart - 1) != '-' || version.charAt(start) != '-'
                || version.charAt(start + 9) != '.') {
            return false;
        }
        for (int i = start + 1; i < buildStart - 1; i++) {
            if (i != start + 9 && !isDigit(version.charAt(i))) {
                return false;
            }
        }
        // As the regular expression .*-\d{8}\.\d{6}-\d+ it replaces: no line terminator before the suffix.
        for (int i = 0; i < start; i++) {
            char c = version.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    @Override
    public int compareTo(Version other) {
        return items.compareTo(other.items);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        return items.toString().hashCode();
    }

    /** The version as written. */
    @Override
    public String toString() {
        return text;
    }

    private interface Item {
        int compareTo(Item other);

        boolean isNull();
    }

    private record NumberItem(BigInteger value) implements Item {
        @Override
        public int compareTo(Item other) {
            if (other == null) {
                return value.signum() == 0 ? 0 : 1;
            }
            if (other instanceof NumberItem number) {
                return value.compareTo(number.value);
            }
            return 1; // a number is newer than a qualifier (1.1 > 1-sp) or a sub-list (1.1 > 1-1)
        }

        @Override
        public boolean isNull() {
            return value.signum() == 0;
        }

        @Override
        public String toString() {
            return value.toString();
        }
    }

    private record StringItem(String value) implements Item {
        static StringItem of(String value, boolean followedByDigit) {
            if (followedByDigit && value.length() == 1) {
                // 1.0-a1 means alpha-1, b beta, m milestone
                value = switch (value.charAt(0)) {
                    case 'a' -> "alpha";
                    case 'b' -> "beta";
                    case 'm' -> "milestone";
                    default -> value;
                };
            }
            return new StringItem(ALIASES.getOrDefault(value, value));
        }

        private static String comparable(String qualifier) {
            int index = QUALIFIERS.indexOf(qualifier);
            return index == -1 ? QUALIFIERS.size() + "-" + qualifier : String.valueOf(index);
        }

        @Override
        public int compareTo(Item other) {
            if (other == null) {
                return comparable(value).compareTo(RELEASE_INDEX);
            }
            if (other instanceof StringItem string) {
                return comparable(value).compareTo(comparable(string.value));
            }
            return -1; // a qualifier is older than a number or a sub-list
        }

        @Override
        public boolean isNull() {
            return comparable(value).equals(RELEASE_INDEX);
        }

        @Override
        public String toString() {
            return value;
        }
    }

    private static final class ListItem extends ArrayList<Item> implements Item {
        private static final long serialVersionUID = 1L;

        @Override
        public boolean isNull() {
            return isEmpty();
        }

        void normalize() {
            for (int i = size() - 1; i >= 0; i--) {
                Item last = get(i);
                if (last.isNull()) {
                    remove(i); // 1.0.0 -> 1, 1-ga -> 1
                } else if (!(last instanceof ListItem)) {
                    break;
                }
            }
        }

        @Override
        public int compareTo(Item other) {
            if (other == null) {
                return isEmpty() ? 0 : get(0).compareTo(null);
            }
            if (other instanceof NumberItem) {
                return -1;
            }
            if (other instanceof StringItem) {
                return 1;
            }
            Iterator<Item> left = iterator();
            Iterator<Item> right = ((ListItem) other).iterator();
            while (left.hasNext() || right.hasNext()) {
                Item l = left.hasNext() ? left.next() : null;
                Item r = right.hasNext() ? right.next() : null;
                int result = l == null ? (r == null ? 0 : -r.compareTo(null)) : l.compareTo(r);
                if (result != 0) {
                    return result;
                }
            }
            return 0;
        }

        @Override
        public boolean equals(Object other) {
            return this == other;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("[");
            for (Item item : this) {
                if (text.length() > 1) {
                    text.append(item instanceof ListItem ? '-' : '.');
                }
                text.append(item);
            }
            return text.append(']').toString();
        }
    }

    private static ListItem items(String version) {
        String text = version.toLowerCase(Locale.ROOT);
        ListItem root = new ListItem();
        ListItem list = root;
        Deque<ListItem> stack = new ArrayDeque<>();
        stack.push(list);
        boolean isDigit = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '.') {
                list.add(i == start ? new NumberItem(BigInteger.ZERO) : item(isDigit, text.substring(start, i)));
                start = i + 1;
            } else if (c == '-') {
                list.add(i == start ? new NumberItem(BigInteger.ZERO) : item(isDigit, text.substring(start, i)));
                start = i + 1;
                ListItem sub = new ListItem();
                list.add(sub);
                list = sub;
                stack.push(list);
            } else if (Character.isDigit(c)) {
                if (!isDigit && i > start) {
                    // a qualifier followed by digits: alpha1 is alpha-1
                    list.add(StringItem.of(text.substring(start, i), true));
                    start = i;
                    ListItem sub = new ListItem();
                    list.add(sub);
                    list = sub;
                    stack.push(list);
                }
                isDigit = true;
            } else {
                if (isDigit && i > start) {
                    // digits followed by a qualifier: 1rc is 1-rc
                    list.add(item(true, text.substring(start, i)));
                    start = i;
                    ListItem sub = new ListItem();
                    list.add(sub);
                    list = sub;
                    stack.push(list);
                }
                isDigit = false;
            }
        }
        if (text.length() > start) {
            list.add(item(isDigit, text.substring(start)));
        }
        while (!stack.isEmpty()) {
            stack.pop().normalize();
        }
        return root;
    }

    private static Item item(boolean isDigit, String text) {
        return isDigit ? new NumberItem(new BigInteger(text)) : StringItem.of(text, false);
    }
}

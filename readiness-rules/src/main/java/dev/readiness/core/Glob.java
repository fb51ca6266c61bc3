package dev.readiness.core;

import java.util.regex.Pattern;

/**
 * A path or name pattern with {@code **} (any number of segments), {@code *} (within one segment) and {@code ?} (one
 * character). The one glob matcher of the product: file patterns use {@code /} as separator, class patterns
 * {@code .}.
 */
public final class Glob {

    private final String text;
    private final Pattern pattern;

    private Glob(String text, char separator) {
        this.text = text;
        this.pattern = Pattern.compile(toRegex(text, separator));
    }

    /** A file pattern over paths relative to a base directory, with {@code /} between segments. */
    public static Glob ofPath(String text) {
        return new Glob(text.replace('\\', '/'), '/');
    }

    /** A pattern over qualified class names such as {@code com.acme.model.**}. */
    public static Glob ofClassName(String text) {
        return new Glob(text, '.');
    }

    public boolean matches(String candidate) {
        return pattern.matcher(candidate).matches();
    }

    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }

    private static String toRegex(String glob, char separator) {
        String sep = Pattern.quote(String.valueOf(separator));
        String notSep = "[^" + (separator == '/' ? "/" : "\\.") + "]";
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean followedBySeparator = i + 2 < glob.length() && glob.charAt(i + 2) == separator;
                if (followedBySeparator) {
                    // "**/" matches zero or more whole segments
                    regex.append("(?:.*").append(sep).append(")?");
                    i += 3;
                } else {
                    regex.append(".*");
                    i += 2;
                }
            } else if (c == '*') {
                regex.append(notSep).append('*');
                i++;
            } else if (c == '?') {
                regex.append(notSep);
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}

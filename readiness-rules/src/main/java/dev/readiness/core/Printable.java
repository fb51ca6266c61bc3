package dev.readiness.core;

/**
 * Text from evidence (test names, failure messages, file names, contract keys) made safe for every report and the
 * log: control characters other than tab and line breaks, and halves of a character without their other half, are
 * written as {@code \\u001b}. Raw, an ESC or BEL makes a JUnit XML file not well-formed and moves a terminal's cursor.
 */
public final class Printable {

    private Printable() {
    }

    public static String of(String text) {
        int first = firstUnprintable(text);
        if (first < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
        for (int i = first; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (unprintable(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static int firstUnprintable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (unprintable(c)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean unprintable(char c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
                || c >= 0x7f && c <= 0x9f
                || Character.isSurrogate(c)
                || c == '\ufffe' || c == '\uffff';
    }
}

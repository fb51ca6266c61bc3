package dev.readiness.core;

import java.util.Map;

/**
 * Line and column of every key and value in a JSON document, by JSON Pointer ({@code /rules/coverage.core/line}),
 * so that errors found after parsing still name the line.
 */
public final class JsonLocations {

    private final Map<String, int[]> positions;

    private JsonLocations(Map<String, int[]> positions) {
        this.positions = positions;
    }

    static JsonLocations empty() {
        return new JsonLocations(Map.of());
    }

    /** Positions by JSON Pointer, as {@link JsonTrees} records them while it reads a document. */
    static JsonLocations of(Map<String, int[]> positions) {
        return new JsonLocations(positions);
    }

    /** Line of the key or element at this pointer, or of its nearest ancestor that has one; 0 when unknown. */
    public int line(String pointer) {
        return position(pointer)[0];
    }

    public int column(String pointer) {
        return position(pointer)[1];
    }

    private int[] position(String pointer) {
        String current = pointer;
        while (true) {
            int[] found = positions.get(current);
            if (found != null) {
                return found;
            }
            if (current.isEmpty()) {
                return new int[] {0, 0};
            }
            current = current.substring(0, current.lastIndexOf('/'));
        }
    }

    /** A JSON Pointer segment for a key: {@code ~} and {@code /} escaped. */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    public static String pointer(String... keys) {
        StringBuilder pointer = new StringBuilder();
        for (String key : keys) {
            pointer.append('/').append(escape(key));
        }
        return pointer.toString();
    }
}

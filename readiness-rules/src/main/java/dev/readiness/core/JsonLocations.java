package dev.readiness.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
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

    /** Walks a parser positioned before the document and records where each value starts. */
    public static JsonLocations index(JsonParser parser) throws IOException {
        Map<String, int[]> positions = new HashMap<>();
        Deque<Frame> stack = new ArrayDeque<>();
        String pendingName = null;
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.FIELD_NAME) {
                pendingName = parser.currentName();
                Frame frame = stack.peek();
                record(positions, frame.pointer + "/" + escape(pendingName), parser.currentTokenLocation());
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                stack.pop();
                continue;
            }
            String pointer;
            Frame parent = stack.peek();
            if (parent == null) {
                pointer = "";
            } else if (parent.array) {
                pointer = parent.pointer + "/" + parent.nextIndex++;
                record(positions, pointer, parser.currentTokenLocation());
            } else {
                pointer = parent.pointer + "/" + escape(pendingName);
            }
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (parent == null) {
                    record(positions, pointer, parser.currentTokenLocation());
                }
                stack.push(new Frame(pointer, token == JsonToken.START_ARRAY));
            }
        }
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

    private static void record(Map<String, int[]> positions, String pointer, JsonLocation location) {
        positions.putIfAbsent(pointer, new int[] {location.getLineNr(), location.getColumnNr()});
    }

    private static final class Frame {
        final String pointer;
        final boolean array;
        int nextIndex;

        Frame(String pointer, boolean array) {
            this.pointer = pointer;
            this.array = array;
        }
    }
}

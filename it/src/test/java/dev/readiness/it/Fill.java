package dev.readiness.it;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a person does after {@code readiness:init}: replaces each placeholder of the contract with a value, and nothing
 * else. A placeholder is a text starting with {@code TODO} or an empty {@code rules.coverage.core.include}; each is named
 * by its dotted path as {@code init} lists it ({@code owners.science}, {@code operations.failureModes.0.mode}). Every
 * placeholder must get a value and every value must replace a placeholder, so a scenario proves that filling them in is
 * all the contract needs; comments and every other byte stay as written.
 */
final class Fill {

    private static final JsonFactory JSON = JsonFactory.builder().enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
    private static final String PLACEHOLDER = "TODO";
    private static final String CORE_INCLUDE = "rules.coverage.core.include";

    private Fill() {
    }

    /** A span of the text to replace. */
    private record Span(int start, int end) {
    }

    static void apply(Path file, Map<String, JsonNode> values) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        Map<String, Span> placeholders = placeholders(text);
        TreeSet<String> unfilled = new TreeSet<>(placeholders.keySet());
        unfilled.removeAll(values.keySet());
        TreeSet<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(placeholders.keySet());
        if (!unfilled.isEmpty() || !unknown.isEmpty()) {
            throw new AssertionError(file + ": placeholders without a value " + unfilled + ", values for no placeholder "
                    + unknown + "; placeholders are " + placeholders.keySet());
        }
        List<Map.Entry<String, Span>> spans = new ArrayList<>(placeholders.entrySet());
        spans.sort((a, b) -> Integer.compare(b.getValue().start(), a.getValue().start()));
        StringBuilder filled = new StringBuilder(text);
        for (Map.Entry<String, Span> span : spans) {
            filled.replace(span.getValue().start(), span.getValue().end(), values.get(span.getKey()).toString());
        }
        Files.writeString(file, filled.toString(), StandardCharsets.UTF_8);
    }

    static Map<String, Span> placeholders(String text) throws IOException {
        Map<String, Span> found = new LinkedHashMap<>();
        try (JsonParser parser = JSON.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING && parser.getText().startsWith(PLACEHOLDER)) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    found.put(path(parser.getParsingContext()), new Span(start, (int) parser.currentLocation().getCharOffset()));
                } else if (token == JsonToken.START_ARRAY && path(parser.getParsingContext().getParent()).equals(CORE_INCLUDE)) {
                    int start = (int) parser.currentTokenLocation().getCharOffset();
                    if (parser.nextToken() == JsonToken.END_ARRAY) {
                        found.put(CORE_INCLUDE, new Span(start, (int) parser.currentLocation().getCharOffset()));
                    }
                }
            }
        }
        return found;
    }

    private static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            parts.add(0, c.inArray() ? Integer.toString(c.getCurrentIndex()) : c.getCurrentName());
        }
        return String.join(".", parts);
    }
}

package dev.readiness.facts.env;

import dev.readiness.core.Location;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The Maven Wrapper's {@code .mvn/wrapper/maven-wrapper.properties}: which Maven {@code ./mvnw} downloads, and the
 * checksum it verifies the download with.
 *
 * @param file the properties file
 * @param values each property with the line that sets it
 */
public record MavenWrapper(Path file, Map<String, Value> values) {

    /** Where the wrapper keeps its settings, relative to the repository root. */
    public static final String PROPERTIES = ".mvn/wrapper/maven-wrapper.properties";

    public MavenWrapper {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** A property's value and the line it is set on (0 when the line is not known). */
    public record Value(String text, int line) {
    }

    public Optional<Value> value(String key) {
        Value value = values.get(key);
        return value == null || value.text().isBlank() ? Optional.empty() : Optional.of(value);
    }

    public Location locate(String key) {
        return Location.of(file, values.containsKey(key) ? values.get(key).line() : 0);
    }

    /** The properties as {@link Properties} reads them (escapes, continuations), each with its line. */
    public static MavenWrapper parse(Path file, String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (IOException | IllegalArgumentException e) {
            // A malformed escape: keep what the line scan below finds.
        }
        List<String> lines = text.lines().toList();
        Map<String, Value> values = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(properties.stringPropertyNames());
        keys.sort(null);
        for (String key : keys) {
            values.put(key, new Value(properties.getProperty(key).trim(), lineOf(lines, key)));
        }
        return new MavenWrapper(file, values);
    }

    private static int lineOf(List<String> lines, String key) {
        int found = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (sets(lines.get(i), key)) {
                // The last setting wins, as in Properties.
                found = i + 1;
            }
        }
        return found;
    }

    /**
     * Whether the line sets the key: after leading whitespace, the key, then a separator ({@code =}, {@code :} or
     * whitespace) or the end of the line.
     */
    static boolean sets(String line, String key) {
        for (int at = 0; at <= line.length(); at++) {
            if (line.startsWith(key, at)) {
                int after = at + key.length();
                if (after == line.length() || isSpace(line.charAt(after)) || line.charAt(after) == '='
                        || line.charAt(after) == ':') {
                    return true;
                }
            }
            if (at == line.length() || !isSpace(line.charAt(at))) {
                return false;
            }
        }
        return false;
    }

    /** Whitespace as in regular expressions' {@code \s}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

package dev.readiness.readers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.Workspace;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads JSON data files (a schema, a sample, a metrics file, the baseline) into {@link JsonFile}s, with the line of
 * each value.
 *
 * <p>Data files are read as strict JSON: no comments, no trailing commas, no duplicate keys. Unlike the contract,
 * which people write, these files are what production parsers see; a sample that only a lenient reader accepts
 * proves nothing.
 */
public final class JsonFiles {

    /** Reads and parses a file; missing evidence names the file, and for malformed JSON the line. */
    public static Evidence<JsonFile> read(Workspace workspace, Path file) {
        Evidence<String> text = workspace.readText(file);
        if (text instanceof Evidence.Missing<String> missing) {
            return Evidence.missing(missing.reason(), missing.hint(), missing.location().orElse(Location.of(file)));
        }
        return parse(file, text.value());
    }

    /**
     * Reads a file one of the product's goals writes (a baseline, a lock): a bounded, UTF-8 JSON object whose
     * {@code versionKey} holds {@code version}. Missing evidence names the file, what is wrong, and {@code fix}, the
     * goal that writes it again.
     *
     * @param what the kind of file, for messages ({@code "baseline"})
     * @param shape the expected top level, for messages ({@code {"lockVersion": 1, ...}})
     */
    public static Evidence<JsonFile> readGenerated(Path file, String versionKey, int version, String what, String shape,
            String fix) {
        if (!java.nio.file.Files.isRegularFile(file)) {
            return Evidence.missing(file + (java.nio.file.Files.isDirectory(file) ? " is a directory" : " is not a regular file")
                    + ", not a " + what, "delete it, then " + fix, Location.of(file));
        }
        String text;
        try {
            if (java.nio.file.Files.size(file) > Workspace.MAX_TEXT_BYTES) {
                return Evidence.missing(file + " is larger than " + (Workspace.MAX_TEXT_BYTES >> 20) + " MiB, not a " + what,
                        fix, Location.of(file));
            }
            text = java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            return Evidence.missing(file + " is not UTF-8 text, not a " + what, fix, Location.of(file));
        } catch (java.io.IOException e) {
            return Evidence.missing("cannot read " + file + ": " + Workspace.why(e), "check the file's permissions",
                    Location.of(file));
        }
        Evidence<JsonFile> json = parse(file, text);
        if (!json.isPresent()) {
            return json;
        }
        JsonNode tree = json.value().tree();
        JsonNode found = tree.path(versionKey);
        if (!found.isInt() || found.intValue() != version) {
            return Evidence.missing(file + " is not a readiness " + what + " of version " + version + " (expected " + shape
                    + ")", fix, json.value().locate(tree.has(versionKey) ? "/" + versionKey : ""));
        }
        return json;
    }

    /** Parses text read from {@code file}. */
    public static Evidence<JsonFile> parse(Path file, String text) {
        try {
            JsonTrees.Parsed parsed = JsonTrees.read(JsonTrees.STRICT, text);
            if (parsed.tree() == null) {
                return Evidence.missing(file + " is empty, not JSON", "write a JSON document into it", Location.of(file, 1));
            }
            return Evidence.of(new JsonFile(file, parsed.tree(), parsed.locations()));
        } catch (StreamConstraintsException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            return Evidence.missing(file + " exceeds a limit of the JSON reader: " + firstLine(e.getOriginalMessage()),
                    "check that this is the right file; data files this check reads nest at most "
                            + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels and hold no string longer than "
                            + StreamReadConstraints.DEFAULT_MAX_STRING_LEN + " characters or number longer than "
                            + StreamReadConstraints.DEFAULT_MAX_NUM_LEN + " digits",
                    Location.of(file, line));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            return Evidence.missing(file + " is not valid JSON: " + firstLine(e.getOriginalMessage()),
                    "correct the JSON at that position (strict JSON: no comments or trailing commas)",
                    new Location(file, line, column));
        } catch (IOException e) {
            return Evidence.missing("cannot read " + file + ": " + e.getMessage(), "check the file's permissions",
                    Location.of(file));
        }
    }

    private JsonFiles() {
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}

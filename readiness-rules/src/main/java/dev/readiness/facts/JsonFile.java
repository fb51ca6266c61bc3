package dev.readiness.facts;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.Location;
import java.nio.file.Path;

/**
 * A JSON data file (a schema, a sample, a metrics file, the baseline) with the line of each value, so that a finding
 * inside it names the line.
 *
 * @param file where it was read from
 * @param tree its content
 * @param locations where each value is
 */
public record JsonFile(Path file, JsonNode tree, JsonLocations locations) {

    /** The file and line of the value at a JSON Pointer ({@code /items/0/id}), or of its nearest ancestor. */
    public Location locate(String pointer) {
        return new Location(file, locations.line(pointer), locations.column(pointer));
    }
}

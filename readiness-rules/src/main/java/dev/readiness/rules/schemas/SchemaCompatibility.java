package dev.readiness.rules.schemas;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** How a JSON Schema changed between two releases, judged for clients (input) or consumers (output). */
public final class SchemaCompatibility {

    public enum Role { INPUT, OUTPUT }

    public enum Kind { BREAKING, UNCERTAIN, COMPATIBLE }

    /**
     * One change.
     *
     * @param pointer where in the current schema, a JSON Pointer
     * @param kind whether it breaks the schema's users
     * @param change what changed, e.g. "merchant is now required"
     * @param before what the earlier schema did, e.g. "accepted requests without it"
     */
    public record Change(String pointer, Kind kind, String change, String before) {
    }

    private SchemaCompatibility() {
    }

    /** The changes from {@code previous} to {@code current}, for the schema's role. */
    public static List<Change> compare(JsonNode previous, JsonNode current, Role role) {
        Set<String> before = new HashSet<>();
        previous.path("required").forEach(name -> before.add(name.asText()));
        List<Change> changes = new ArrayList<>();
        for (JsonNode name : current.path("required")) {
            if (!before.contains(name.asText())) {
                changes.add(new Change("/required", role == Role.INPUT ? Kind.BREAKING : Kind.COMPATIBLE,
                        name.asText() + " is now required", "accepted " + (role == Role.INPUT ? "requests" : "documents")
                        + " without it"));
            }
        }
        return changes;
    }
}

package dev.readiness.facts;

import com.networknt.schema.Schema;
import dev.readiness.contract.Contract.SchemaDeclaration;
import dev.readiness.core.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema the contract declares, as read: its file, and either the compiled schema or why it is not a valid JSON
 * Schema. Read once per module; {@code schemas.declared} reports the problems, {@code schemas.samples} validates
 * samples with the compiled schema.
 *
 * @param index its position in {@code schemas}
 * @param file the schema file, when its path resolves
 * @param schema the compiled schema, when the file is a valid JSON Schema
 * @param problems why it is not, each with file and line; empty when {@code schema} is present
 */
public record DeclaredSchema(int index, SchemaDeclaration declaration, Optional<Path> file, Optional<Schema> schema,
        List<Problem> problems) {

    /** Problems per schema file or sample are capped; the rest are counted. */
    public static final int MAX_ERRORS = 10;

    public DeclaredSchema {
        Objects.requireNonNull(declaration, "declaration");
        problems = List.copyOf(problems);
    }

    /** Why a declared schema cannot be used: what is wrong, where, and how to fix it. */
    public record Problem(String message, Optional<Location> location, String hint) {
        public Problem {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(location, "location");
            hint = hint == null ? "" : hint;
        }

        public static Problem of(String message, Location location, String hint) {
            return new Problem(message, Optional.ofNullable(location), hint);
        }
    }

    /** Its {@code name}, or its file's path when it has none. */
    public String displayName() {
        return declaration.name().isBlank() ? declaration.schema() : declaration.name();
    }
}

package dev.readiness.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.contract.Contract;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The handoff manifest: what a deploy pipeline or an auditor needs to trust a module's handoff without rebuilding it.
 * {@code readiness:check} writes it and attaches it to the project (classifier {@code readiness}, type {@code json}),
 * so that {@code mvn install} and {@code mvn deploy} put it beside the jar; the next release is checked against it.
 *
 * @param manifestVersion the format, {@link #FORMAT_VERSION}
 * @param project the module's coordinates
 * @param built when the module was built: {@code project.build.outputTimestamp} when set, so that a reproducible build
 *     writes the same manifest twice
 * @param commit the Git commit the build ran on, when it ran in a Git checkout
 * @param verdict {@code PASS} or {@code FAIL}
 * @param gate the gate the build was held to and why
 * @param rules every rule's status
 * @param contract the merged contract and its digest
 * @param owners who answers for the data product
 * @param resources what it needs to run
 * @param failureModes how it is expected to fail
 * @param schemas each declared schema with its content and its valid samples
 * @param metrics the measured metrics; empty when the contract names no metrics files or they could not be read
 * @param lock the dependency lock file's digest; empty when the module has none
 */
public record Manifest(int manifestVersion, Project project, Optional<String> built, Optional<String> commit,
        String verdict, Gate gate, List<RuleStatus> rules, MergedContract contract, Contract.Owners owners,
        Map<String, String> resources, List<Contract.FailureMode> failureModes, List<Schema> schemas,
        Optional<SortedMap<String, Double>> metrics, Optional<Lock> lock) {

    /** The manifest format this plugin writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The Maven classifier and type the manifest is attached with. */
    public static final String CLASSIFIER = "readiness";
    public static final String TYPE = "json";
    /** The JSON Schema of the format, shipped in the plugin jar. */
    public static final String SCHEMA_FILE = "readiness-handoff.schema.json";
    public static final String SCHEMA_ID = "https://readiness.dev/schema/" + SCHEMA_FILE;

    public Manifest {
        rules = List.copyOf(rules);
        resources = Collections.unmodifiableMap(new LinkedHashMap<>(resources));
        failureModes = List.copyOf(failureModes);
        schemas = List.copyOf(schemas);
        if (metrics.isPresent()) {
            metrics = Optional.of(Collections.unmodifiableSortedMap(new TreeMap<>(metrics.get())));
        }
    }

    public record Project(String groupId, String artifactId, String version) {
        public String coordinates() {
            return groupId + ":" + artifactId + ":" + version;
        }
    }

    public record Gate(String name, String reason) {
    }

    public record RuleStatus(String rule, String status, String severity, String message) {
    }

    /**
     * @param sha256 the hex SHA-256 of {@code merged} as written in the manifest (compact JSON, UTF-8)
     * @param merged the contract with everything it extends merged in
     */
    public record MergedContract(String sha256, ObjectNode merged) {
    }

    /**
     * A declared schema as it was released.
     *
     * @param name its name in the contract
     * @param role {@code input} or {@code output}
     * @param file its path in the module
     * @param content the schema document; empty when it could not be read (schemas.declared reports why)
     * @param validSamples the documents it was shown to accept
     */
    public record Schema(String name, String role, String file, Optional<JsonNode> content, List<Sample> validSamples) {
        public Schema {
            validSamples = List.copyOf(validSamples);
        }

        /** The schema's name, or its file when it has none, as the rules name it. */
        public String displayName() {
            return name.isBlank() ? file : name;
        }
    }

    /** A sample document with the path it was read from, relative to the module. */
    public record Sample(String file, JsonNode content) {
    }

    /** The lock file, relative to the module, and its hex SHA-256. */
    public record Lock(String file, String sha256) {
    }

    /** The schema of this name, if the manifest has one. */
    public Optional<Schema> schema(String name) {
        return schemas.stream().filter(s -> s.displayName().equals(name)).findFirst();
    }
}

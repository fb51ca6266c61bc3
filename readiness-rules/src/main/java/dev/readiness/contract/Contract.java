package dev.readiness.contract;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The handoff contract as declared in {@code readiness.json}, after {@code extends} is merged. Absent sections are
 * empty, never null; rules decide whether empty is acceptable.
 *
 * @param contract the format version: 1, or 2 for the rules that arrived with format 2
 * @param extendsRef the contract this one extends, or empty
 * @param owners who answers for the data product
 * @param entryPoint the class that runs it, or empty
 * @param operations resources, failure modes and the runtime
 * @param schemas input and output schemas with their samples
 * @param metrics measured quality and the bar it must meet
 * @param rules rule id to its raw settings (a severity string or an object), bound to typed options by the engine
 * @param waivers time-limited exceptions
 */
public record Contract(
        int contract,
        String extendsRef,
        Owners owners,
        String entryPoint,
        Operations operations,
        List<SchemaDeclaration> schemas,
        Metrics metrics,
        Map<String, JsonNode> rules,
        List<Waiver> waivers) {

    /** The newest contract format this plugin reads; every format from 1 on is read. */
    public static final int VERSION = 2;
    public static final int FIRST_VERSION = 1;

    @JsonCreator
    public Contract(
            @JsonProperty("contract") Integer contract,
            @JsonProperty("$schema") String schemaUri,
            @JsonProperty("extends") String extendsRef,
            @JsonProperty("owners") Owners owners,
            @JsonProperty("entryPoint") String entryPoint,
            @JsonProperty("operations") Operations operations,
            @JsonProperty("schemas") List<SchemaDeclaration> schemas,
            @JsonProperty("metrics") Metrics metrics,
            @JsonProperty("rules") Map<String, JsonNode> rules,
            @JsonProperty("waivers") List<Waiver> waivers) {
        this(contract == null ? 0 : contract, extendsRef, owners, entryPoint, operations, schemas, metrics, rules, waivers);
    }

    public Contract {
        extendsRef = extendsRef == null ? "" : extendsRef;
        owners = owners == null ? Owners.NONE : owners;
        entryPoint = entryPoint == null ? "" : entryPoint.trim();
        operations = operations == null ? Operations.NONE : operations;
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        metrics = metrics == null ? Metrics.NONE : metrics;
        rules = rules == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        waivers = waivers == null ? List.of() : List.copyOf(waivers);
    }

    public Optional<String> entryPointClass() {
        return entryPoint.isEmpty() ? Optional.empty() : Optional.of(entryPoint);
    }

    /** The {@code owners} section: the people and the rota that answer for the data product. */
    public record Owners(String science, String engineering, String oncall) {
        static final Owners NONE = new Owners(null, null, null);

        @JsonCreator
        public Owners(
                @JsonProperty("science") String science,
                @JsonProperty("engineering") String engineering,
                @JsonProperty("oncall") String oncall) {
            this.science = science == null ? "" : science;
            this.engineering = engineering == null ? "" : engineering;
            this.oncall = oncall == null ? "" : oncall;
        }
    }

    /** The {@code operations} section: what the product needs to run and how it fails. */
    public record Operations(Map<String, String> resources, List<FailureMode> failureModes, Runtime runtime) {
        static final Operations NONE = new Operations(null, null, null);

        @JsonCreator
        public Operations(
                @JsonProperty("resources") Map<String, String> resources,
                @JsonProperty("failureModes") List<FailureMode> failureModes,
                @JsonProperty("runtime") Runtime runtime) {
            this.resources = resources == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resources));
            this.failureModes = failureModes == null ? List.of() : List.copyOf(failureModes);
            this.runtime = runtime == null ? Runtime.NONE : runtime;
        }

        public Operations(Map<String, String> resources, List<FailureMode> failureModes) {
            this(resources, failureModes, null);
        }
    }

    /** The {@code operations.runtime} section: what the product runs on, such as the Java major version. */
    public record Runtime(OptionalInt java) {
        static final Runtime NONE = new Runtime((Integer) null);

        @JsonCreator
        public Runtime(@JsonProperty("java") Integer java) {
            this(java == null ? OptionalInt.empty() : OptionalInt.of(java));
        }
    }

    /** One expected way the product fails, how it is noticed and what is done about it. */
    public record FailureMode(String mode, String detection, String mitigation) {
        @JsonCreator
        public FailureMode(
                @JsonProperty("mode") String mode,
                @JsonProperty("detection") String detection,
                @JsonProperty("mitigation") String mitigation) {
            this.mode = mode == null ? "" : mode;
            this.detection = detection == null ? "" : detection;
            this.mitigation = mitigation == null ? "" : mitigation;
        }
    }

    /** One declared input or output schema with its golden samples. */
    public record SchemaDeclaration(String name, String role, String schema, Samples samples) {
        @JsonCreator
        public SchemaDeclaration(
                @JsonProperty("name") String name,
                @JsonProperty("role") String role,
                @JsonProperty("schema") String schema,
                @JsonProperty("samples") Samples samples) {
            this.name = name == null ? "" : name;
            this.role = role == null ? "" : role;
            this.schema = schema == null ? "" : schema;
            this.samples = samples == null ? Samples.NONE : samples;
        }
    }

    /** Glob patterns of sample documents a schema must accept ({@code valid}) and reject ({@code invalid}). */
    public record Samples(List<String> valid, List<String> invalid) {
        static final Samples NONE = new Samples(null, null);

        @JsonCreator
        public Samples(@JsonProperty("valid") List<String> valid, @JsonProperty("invalid") List<String> invalid) {
            this.valid = valid == null ? List.of() : List.copyOf(valid);
            this.invalid = invalid == null ? List.of() : List.copyOf(invalid);
        }
    }

    /** The {@code metrics} section: where measured metrics are, the bar they must meet, and the baseline. */
    public record Metrics(List<String> files, Map<String, Threshold> thresholds, String baseline, double maxRegression) {
        static final Metrics NONE = new Metrics(null, null, null, null);
        public static final String DEFAULT_BASELINE = "readiness-baseline.json";
        public static final double DEFAULT_MAX_REGRESSION = 0.05;

        @JsonCreator
        public Metrics(
                @JsonProperty("files") List<String> files,
                @JsonProperty("thresholds") Map<String, Threshold> thresholds,
                @JsonProperty("baseline") String baseline,
                @JsonProperty("maxRegression") Double maxRegression) {
            this(files == null ? List.of() : List.copyOf(files),
                    thresholds == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(thresholds)),
                    baseline == null || baseline.isBlank() ? DEFAULT_BASELINE : baseline,
                    maxRegression == null ? DEFAULT_MAX_REGRESSION : maxRegression);
        }
    }

    /** A metric's acceptance bounds; either may be absent. */
    public record Threshold(Optional<Double> min, Optional<Double> max) {
        @JsonCreator
        public Threshold(@JsonProperty("min") Double min, @JsonProperty("max") Double max) {
            this(Optional.ofNullable(min), Optional.ofNullable(max));
        }
    }

    /**
     * A time-limited exception to one rule, or to some of its findings: with {@code subjects} (globs, {@code *} for any
     * characters) only the findings whose subject matches are waived. Fields stay as written; {@code contract.waivers}
     * judges them.
     */
    public record Waiver(String rule, String reason, String owner, String expires, List<String> subjects) {
        @JsonCreator
        public Waiver(
                @JsonProperty("rule") String rule,
                @JsonProperty("reason") String reason,
                @JsonProperty("owner") String owner,
                @JsonProperty("expires") String expires,
                @JsonProperty("subjects") List<String> subjects) {
            this.rule = rule == null ? "" : rule.trim();
            this.reason = reason == null ? "" : reason.trim();
            this.owner = owner == null ? "" : owner.trim();
            this.expires = expires == null ? "" : expires.trim();
            this.subjects = subjects == null ? List.of() : subjects.stream().map(String::trim).toList();
        }

        /** A waiver of the whole rule. */
        public Waiver(String rule, String reason, String owner, String expires) {
            this(rule, reason, owner, expires, null);
        }

        /** True when the waiver names no subjects and so covers every finding of its rule. */
        public boolean wholeRule() {
            return subjects.isEmpty();
        }
    }
}

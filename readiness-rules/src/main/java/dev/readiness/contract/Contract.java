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
 * @param signoffs who signed which clause, when, with what evidence (format 2)
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
        List<Waiver> waivers,
        List<Signoff> signoffs) {

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
            @JsonProperty("waivers") List<Waiver> waivers,
            @JsonProperty("signoffs") List<Signoff> signoffs) {
        this(contract == null ? 0 : contract, extendsRef, owners, entryPoint, operations, schemas, metrics, rules, waivers,
                signoffs);
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
        signoffs = signoffs == null ? List.of() : List.copyOf(signoffs);
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

    /**
     * The {@code operations} section: what the product needs to run, how it fails, and (format 2) what it runs on, how
     * it is watched, how drift is noticed and how it is retrained.
     */
    public record Operations(Map<String, String> resources, List<FailureMode> failureModes, Runtime runtime,
            Monitoring monitoring, List<DriftCheck> drift, Retraining retraining) {
        static final Operations NONE = new Operations(null, null, null, null, null, null);

        @JsonCreator
        public Operations(
                @JsonProperty("resources") Map<String, String> resources,
                @JsonProperty("failureModes") List<FailureMode> failureModes,
                @JsonProperty("runtime") Runtime runtime,
                @JsonProperty("monitoring") Monitoring monitoring,
                @JsonProperty("drift") List<DriftCheck> drift,
                @JsonProperty("retraining") Retraining retraining) {
            this.resources = resources == null ? Map.of()
                    : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(resources));
            this.failureModes = failureModes == null ? List.of() : List.copyOf(failureModes);
            this.runtime = runtime == null ? Runtime.NONE : runtime;
            this.monitoring = monitoring == null ? Monitoring.NONE : monitoring;
            this.drift = drift == null ? List.of() : List.copyOf(drift);
            this.retraining = retraining == null ? Retraining.NONE : retraining;
        }

        public Operations(Map<String, String> resources, List<FailureMode> failureModes) {
            this(resources, failureModes, null, null, null, null);
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

    /**
     * One expected way the product fails, how it is noticed and what is done about it, and (format 2) the test that
     * proves the mitigation: {@code com.acme.ScoreCliTest} or {@code com.acme.ScoreCliTest#rejectsMalformedRequest}.
     */
    public record FailureMode(String mode, String detection, String mitigation, String test) {
        @JsonCreator
        public FailureMode(
                @JsonProperty("mode") String mode,
                @JsonProperty("detection") String detection,
                @JsonProperty("mitigation") String mitigation,
                @JsonProperty("test") String test) {
            this.mode = mode == null ? "" : mode;
            this.detection = detection == null ? "" : detection;
            this.mitigation = mitigation == null ? "" : mitigation;
            this.test = test == null ? "" : test.trim();
        }

        public FailureMode(String mode, String detection, String mitigation) {
            this(mode, detection, mitigation, null);
        }
    }

    /** {@code operations.monitoring}: the dashboard engineering watches and the alerts that page someone. */
    public record Monitoring(String dashboard, List<Alert> alerts) {
        static final Monitoring NONE = new Monitoring(null, null);

        @JsonCreator
        public Monitoring(@JsonProperty("dashboard") String dashboard, @JsonProperty("alerts") List<Alert> alerts) {
            this.dashboard = dashboard == null ? "" : dashboard.trim();
            this.alerts = alerts == null ? List.of() : List.copyOf(alerts);
        }
    }

    /** An alert: its name, the condition that fires it and who or what it pages ({@code route}). */
    public record Alert(String name, String condition, String route) {
        @JsonCreator
        public Alert(@JsonProperty("name") String name, @JsonProperty("condition") String condition,
                @JsonProperty("route") String route) {
            this.name = name == null ? "" : name.trim();
            this.condition = condition == null ? "" : condition.trim();
            this.route = route == null ? "" : route.trim();
        }
    }

    /**
     * One drift check of {@code operations.drift}: the watched {@code signal} (an input property or a metric), the
     * {@code method} (PSI, KS, mean shift), the {@code threshold} past which it acts, and the {@code action}.
     */
    public record DriftCheck(String signal, String method, Optional<JsonNode> threshold, String action) {
        @JsonCreator
        public DriftCheck(@JsonProperty("signal") String signal, @JsonProperty("method") String method,
                @JsonProperty("threshold") JsonNode threshold, @JsonProperty("action") String action) {
            this(signal == null ? "" : signal.trim(), method == null ? "" : method.trim(),
                    threshold == null || threshold.isNull() || threshold.isMissingNode() ? Optional.empty()
                            : Optional.of(threshold),
                    action == null ? "" : action.trim());
        }
    }

    /**
     * {@code operations.retraining}: how often ({@code cadence}, an ISO-8601 duration such as {@code P30D}) or on what
     * ({@code trigger}) the model is retrained, who does it and where it runs.
     */
    public record Retraining(String cadence, String trigger, String owner, String where) {
        static final Retraining NONE = new Retraining(null, null, null, null);

        @JsonCreator
        public Retraining(@JsonProperty("cadence") String cadence, @JsonProperty("trigger") String trigger,
                @JsonProperty("owner") String owner, @JsonProperty("where") String where) {
            this.cadence = cadence == null ? "" : cadence.trim();
            this.trigger = trigger == null ? "" : trigger.trim();
            this.owner = owner == null ? "" : owner.trim();
            this.where = where == null ? "" : where.trim();
        }

        /** True when the contract has no retraining section at all. */
        public boolean absent() {
            return cadence.isEmpty() && trigger.isEmpty() && owner.isEmpty() && where.isEmpty();
        }
    }

    /**
     * A sign-off of one clause: {@code by} a person, on {@code date} ({@code YYYY-MM-DD}), with {@code evidence} (a
     * URL to the review). Fields stay as written; {@code contract.signoffs} judges them.
     */
    public record Signoff(String clause, String by, String date, String evidence) {
        @JsonCreator
        public Signoff(@JsonProperty("clause") String clause, @JsonProperty("by") String by,
                @JsonProperty("date") String date, @JsonProperty("evidence") String evidence) {
            this.clause = clause == null ? "" : clause.trim();
            this.by = by == null ? "" : by.trim();
            this.date = date == null ? "" : date.trim();
            this.evidence = evidence == null ? "" : evidence.trim();
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

        // Written out, as in Samples: a record's generated equals and hashCode are linked on their first call, and
        // the check keys the module's schemas by their declarations (docs/architecture.md).
        @Override
        public boolean equals(Object other) {
            return other instanceof SchemaDeclaration that && name.equals(that.name) && role.equals(that.role)
                    && schema.equals(that.schema) && samples.equals(that.samples);
        }

        @Override
        public int hashCode() {
            return ((name.hashCode() * 31 + role.hashCode()) * 31 + schema.hashCode()) * 31 + samples.hashCode();
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

        @Override
        public boolean equals(Object other) {
            return other instanceof Samples that && valid.equals(that.valid) && invalid.equals(that.invalid);
        }

        @Override
        public int hashCode() {
            return valid.hashCode() * 31 + invalid.hashCode();
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

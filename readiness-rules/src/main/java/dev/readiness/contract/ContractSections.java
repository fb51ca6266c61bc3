package dev.readiness.contract;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The top-level keys of {@code readiness.json} and the keys inside them, each declared once with its shape and what it
 * is for. The contract's JSON Schema, the schema's descriptions and {@code readiness:init}'s section comments are all
 * derived from this declaration; {@link Contract} binds the same keys, and a test keeps the two in step.
 */
public final class ContractSections {

    /** Where the published JSON Schema of the contract lives; contracts name it in {@code "$schema"}. */
    public static final String SCHEMA_ID = "https://readiness.dev/schema/readiness.schema.json";

    /** The sections in the order a contract lists them. */
    public static final List<Key> SECTIONS = sections();

    private ContractSections() {
    }

    /**
     * A key of the contract.
     *
     * @param name the key as written in {@code readiness.json}
     * @param shape what its value may be
     * @param description what it is for, shown by editors and in {@code init}'s comments
     */
    public record Key(String name, Shape shape, String description) {
        public Key {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(shape, "shape");
            Objects.requireNonNull(description, "description");
        }
    }

    /** What a value may be. */
    public sealed interface Shape {
    }

    /**
     * A string.
     *
     * @param minLength the least number of characters, 0 for any string
     * @param pattern a regular expression the whole string must match; empty for any
     */
    public record Text(int minLength, Optional<String> pattern) implements Shape {
    }

    /** An integer from {@code min} to {@code max}, inclusive. */
    public record Whole(int min, int max) implements Shape {
    }

    /** A number, within the bounds where they are given. */
    public record Decimal(Optional<Double> min, Optional<Double> max) implements Shape {
    }

    /** One of these strings. */
    public record OneOf(List<String> values) implements Shape {
        public OneOf {
            values = List.copyOf(values);
        }
    }

    /** A list of values of one shape. */
    public record ListOf(Shape items) implements Shape {
    }

    /** An object whose keys are names chosen by the user, each value either a string or a number. */
    public record Quantities() implements Shape {
    }

    /** An object whose keys are names chosen by the user, each value of one shape. */
    public record MapOf(Shape values) implements Shape {
    }

    /** An object of exactly these keys (no others), of which {@code required} must be present. */
    public record Fields(List<Key> keys, List<String> required) implements Shape {
        public Fields {
            keys = List.copyOf(keys);
            required = List.copyOf(required);
        }
    }

    /** The rule settings, whose keys are the rule ids and whose shapes come from the rules' descriptors. */
    public record RuleSettings() implements Shape {
    }

    /** The description of a top-level key. */
    public static String description(String section) {
        return SECTIONS.stream().filter(k -> k.name().equals(section)).findFirst().map(Key::description)
                .orElseThrow(() -> new IllegalArgumentException("no contract section " + section));
    }

    /** Each section's description by key, in contract order. */
    public static Map<String, String> descriptions() {
        Map<String, String> descriptions = new LinkedHashMap<>();
        SECTIONS.forEach(key -> descriptions.put(key.name(), key.description()));
        return java.util.Collections.unmodifiableMap(descriptions);
    }

    private static List<Key> sections() {
        Shape nonEmpty = text();
        Shape day = new Text(0, Optional.of("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        return List.of(
                key("$schema", new Text(0, Optional.empty()), "The JSON Schema of this file, for editors: " + SCHEMA_ID),
                key("contract", new Whole(Contract.FIRST_VERSION, Contract.VERSION), "The contract format version, "
                        + Contract.FIRST_VERSION + " to " + Contract.VERSION + ": rules that arrived with a later format "
                        + "are off for an earlier one, so a plugin upgrade never fails a contract that passed."),
                key("extends", nonEmpty, "Another contract merged under this one (a path relative to this file, "
                        + "classpath: or https:); objects merge key by key and this file wins."),
                key("owners", fields(
                        key("science", nonEmpty, "The data scientist (or science team) who owns the model."),
                        key("engineering", nonEmpty, "The engineering team that runs the service."),
                        key("oncall", nonEmpty, "Where on-call is paged: a rota URL or address.")),
                        "Who answers for the data product: the data scientist, the engineering team and the on-call "
                                + "rota (a paging URL)."),
                key("entryPoint", nonEmpty, "The fully qualified class that runs the data product (a class with a main "
                        + "method); it must be compiled into the build output."),
                key("operations", fields(
                        key("resources", new Quantities(), "Resource quantities by name: at least cpu and memory "
                                + "(\"2\", \"500m\", \"4Gi\", \"512Mi\"); gpu and disk are common."),
                        key("failureModes", new ListOf(fields(
                                key("mode", nonEmpty, "What goes wrong."),
                                key("detection", nonEmpty, "How it is noticed: the alert, probe or check."),
                                key("mitigation", nonEmpty, "What is done about it."),
                                key("test", new Text(0, Optional.of("^[^#\\s]+(#[^#\\s]+)?$")), "The test that provokes "
                                        + "this failure and checks the mitigation, com.acme.ScoreCliTest or "
                                        + "com.acme.ScoreCliTest#rejectsMalformedRequest; it must run and pass in the "
                                        + "build."))),
                                "The expected ways the product fails."),
                        key("monitoring", fields(
                                key("dashboard", nonEmpty, "The URL of the dashboard engineering watches."),
                                key("alerts", new ListOf(fields(
                                        key("name", nonEmpty, "The alert's name, as the paging tool shows it."),
                                        key("condition", nonEmpty, "What fires it, e.g. 5xx rate > 1% for 5m."),
                                        key("route", nonEmpty, "Who or what is paged: a rota URL, team or channel."))),
                                        "The alerts that page someone.")),
                                "Contract format 2: the dashboard and the alerts (documentation.monitoring)."),
                        key("drift", new ListOf(fields(
                                key("signal", nonEmpty, "What is watched: a top-level property of an input schema or a "
                                        + "metric of metrics.thresholds."),
                                key("method", nonEmpty, "How: PSI, KS, mean shift..."),
                                key("threshold", number(), "The value past which the action is taken."),
                                key("action", nonEmpty, "What is done then."))),
                                "Contract format 2: the drift checks (documentation.drift)."),
                        key("retraining", fields(
                                key("cadence", nonEmpty, "How often, as an ISO-8601 period or duration: P30D, P1W, PT12H."),
                                key("trigger", nonEmpty, "What starts a retraining, instead of or besides a cadence."),
                                key("owner", nonEmpty, "Who retrains the model."),
                                key("where", nonEmpty, "Where it runs: the pipeline, job or repository.")),
                                "Contract format 2: when, by whom and where the model is retrained "
                                        + "(documentation.retraining)."),
                        key("runtime", fields(
                                key("java", new Whole(6, 99), "The Java major version the product runs on (17, 21); "
                                        + "environment.java checks that the bytecode release is at most this.")),
                                "What the product runs on (contract format 2).")),
                        "What the product needs to run (resources as Kubernetes-style quantities), how it is expected "
                                + "to fail (failure modes with detection, mitigation and the test that proves it), and, "
                                + "from contract format 2, what it runs on (runtime: the Java version), how it is "
                                + "watched (monitoring), how drift is noticed (drift) and how it is retrained "
                                + "(retraining)."),
                key("schemas", new ListOf(fields(
                        key("name", nonEmpty, "A name for the schema, such as score-request."),
                        key("role", new OneOf(List.of("input", "output")), "Whether the product reads (input) or writes "
                                + "(output) documents of this schema."),
                        key("schema", nonEmpty, "The JSON Schema file, relative to the module."),
                        key("samples", fields(
                                key("valid", new ListOf(nonEmpty), "Globs of documents the schema must accept."),
                                key("invalid", new ListOf(nonEmpty), "Globs of documents the schema must reject.")),
                                "Golden sample documents."))),
                        "The input and output JSON Schemas, with golden samples that must validate (valid) or be "
                                + "rejected (invalid); paths relative to the module."),
                key("metrics", fields(
                        key("files", new ListOf(nonEmpty), "JSON files of metrics, relative to the module: objects of "
                                + "numbers (nested keys joined by '.') or JMH results."),
                        key("thresholds", new MapOf(fields(
                                key("min", number(), "The lowest acceptable value (for metrics where higher is better)."),
                                key("max", number(), "The highest acceptable value (for metrics where lower is "
                                        + "better)."))),
                                "Acceptance bounds by metric name."),
                        key("baseline", nonEmpty, "The recorded baseline file (default "
                                + Contract.Metrics.DEFAULT_BASELINE + "), written by mvn readiness:baseline."),
                        key("maxRegression", new Decimal(Optional.of(0.0), Optional.of(1.0)), "Largest allowed relative "
                                + "regression against the baseline, from 0 to 1 (default "
                                + Contract.Metrics.DEFAULT_MAX_REGRESSION + ").")),
                        "Measured quality and speed: the files the build writes its metrics to, the acceptance "
                                + "thresholds, the recorded baseline and the largest allowed regression against it."),
                key("rules", new RuleSettings(), "Per rule: a severity (\"error\", \"warn\", \"off\") or an object of its "
                        + "options; rules not named run with their defaults."),
                key("signoffs", new ListOf(required(List.of("clause", "by", "date", "evidence"),
                        key("clause", nonEmpty, "The clause signed, e.g. security-review."),
                        key("by", nonEmpty, "The person who signed."),
                        key("date", day, "The day it was signed, YYYY-MM-DD; valid for "
                                + "rules.contract.signoffs.maxAgeDays (365)."),
                        key("evidence", nonEmpty, "A URL of the review, ticket or document."))),
                        "Contract format 2: who signed which clause (a security review, the model card), when, and the "
                                + "link to the review; rules.contract.signoffs.required lists the clauses that must be "
                                + "signed."),
                key("waivers", new ListOf(required(List.of("rule", "reason", "owner", "expires"),
                        key("rule", nonEmpty, "The rule id the waiver applies to."),
                        key("reason", nonEmpty, "Why the rule may fail for now, with the ticket that fixes it."),
                        key("owner", nonEmpty, "Who answers for the waiver."),
                        key("expires", day, "The last day the waiver holds, YYYY-MM-DD."),
                        key("subjects", new ListOf(nonEmpty), "Waive only the findings whose subject matches one of "
                                + "these patterns (* for any characters), such as a groupId:artifactId, a file or a "
                                + "class; without subjects the waiver covers every finding of the rule."))),
                        "Time-limited exceptions: a waiver turns a rule's FAIL or WARN into WAIVED until it expires "
                                + "(inclusive); with subjects, only the findings they match. contract.waivers is never "
                                + "waived."));
    }

    private static Key key(String name, Shape shape, String description) {
        return new Key(name, shape, description);
    }

    private static Text text() {
        return new Text(1, Optional.empty());
    }

    private static Decimal number() {
        return new Decimal(Optional.empty(), Optional.empty());
    }

    private static Fields fields(Key... keys) {
        return new Fields(Arrays.asList(keys), List.of());
    }

    private static Fields required(List<String> required, Key... keys) {
        return new Fields(Arrays.asList(keys), required);
    }
}

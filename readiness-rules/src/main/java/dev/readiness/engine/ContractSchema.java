package dev.readiness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Option;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.JsonValues;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of {@code readiness.json}, for editors and for tools that check a contract before a
 * build. The {@code rules} section is derived from the registered rules' descriptors, so a new rule or option appears
 * in the schema without anyone retyping it.
 *
 * <p>The plugin's build runs {@link #main(String[])} to ship {@code readiness.schema.json} in the plugin jar. To write
 * the schema of a set of rules that includes third-party rule jars, run the same class with those jars on the class
 * path: {@code java -cp readiness-rules.jar:...:acme-rules.jar dev.readiness.engine.ContractSchema out.json}.
 */
public final class ContractSchema {

    /** Where the published schema lives; contracts name it in {@code "$schema"}. */
    public static final String ID = "https://readiness.dev/schema/readiness.schema.json";
    public static final String FILE_NAME = "readiness.schema.json";
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /**
     * What each top-level key of the contract is for, in the order a contract lists them. The schema's descriptions
     * and {@code readiness:init}'s section comments both come from here.
     */
    public static final Map<String, String> SECTIONS = sections();

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ContractSchema() {
    }

    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("$schema", "The JSON Schema of this file, for editors: " + ID);
        sections.put("contract", "The contract format version, " + Contract.FIRST_VERSION + " to " + Contract.VERSION
                + ": rules that arrived with a later format are off for an earlier one, so a plugin upgrade never fails "
                + "a contract that passed.");
        sections.put("extends", "Another contract merged under this one (a path relative to this file, classpath: "
                + "or https:); objects merge key by key and this file wins.");
        sections.put("owners", "Who answers for the data product: the data scientist, the engineering team and the "
                + "on-call rota (a paging URL).");
        sections.put("entryPoint", "The fully qualified class that runs the data product (a class with a main "
                + "method); it must be compiled into the build output.");
        sections.put("operations", "What the product needs to run (resources as Kubernetes-style quantities), how it "
                + "is expected to fail (failure modes with detection, mitigation and the test that proves it), and, from "
                + "contract format 2, what it runs on (runtime: the Java version), how it is watched (monitoring), how "
                + "drift is noticed (drift) and how it is retrained (retraining).");
        sections.put("schemas", "The input and output JSON Schemas, with golden samples that must validate (valid) or be "
                + "rejected (invalid); paths relative to the module.");
        sections.put("metrics", "Measured quality and speed: the files the build writes its metrics to, the acceptance "
                + "thresholds, the recorded baseline and the largest allowed regression against it.");
        sections.put("rules", "Per rule: a severity (\"error\", \"warn\", \"off\") or an object of its options; rules not "
                + "named run with their defaults.");
        sections.put("signoffs", "Contract format 2: who signed which clause (a security review, the model card), "
                + "when, and the link to the review; rules.contract.signoffs.required lists the clauses that must be signed.");
        sections.put("waivers", "Time-limited exceptions: a waiver turns a rule's FAIL or WARN into WAIVED until it "
                + "expires (inclusive); with subjects, only the findings they match. contract.waivers is never waived.");
        return java.util.Collections.unmodifiableMap(sections);
    }

    /** The schema of a contract checked with these rules. */
    public static ObjectNode generate(RuleRegistry registry) {
        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("$id", ID);
        schema.put("title", "readiness.json");
        schema.put("description", "The handoff contract of a data product, checked by readiness-maven-plugin at mvn verify.");
        schema.put("type", "object");
        schema.putArray("required").add("contract");
        schema.put("additionalProperties", false);
        ObjectNode properties = schema.putObject("properties");
        properties.set("$schema", described("$schema", string()));
        ObjectNode version = JSON.objectNode().put("type", "integer").put("minimum", Contract.FIRST_VERSION)
                .put("maximum", Contract.VERSION);
        properties.set("contract", described("contract", version));
        properties.set("extends", described("extends", nonEmptyString()));
        properties.set("owners", described("owners", object(
                "science", described(nonEmptyString(), "The data scientist (or science team) who owns the model."),
                "engineering", described(nonEmptyString(), "The engineering team that runs the service."),
                "oncall", described(nonEmptyString(), "Where on-call is paged: a rota URL or address."))));
        properties.set("entryPoint", described("entryPoint", nonEmptyString()));
        properties.set("operations", described("operations", object(
                "resources", described(JSON.objectNode().put("type", "object")
                                .set("additionalProperties", JSON.objectNode().set("type", JSON.arrayNode().add("string").add("number"))),
                        "Resource quantities by name: at least cpu and memory (\"2\", \"500m\", \"4Gi\", \"512Mi\"); "
                                + "gpu and disk are common."),
                "failureModes", described(array(object(
                        "mode", described(nonEmptyString(), "What goes wrong."),
                        "detection", described(nonEmptyString(), "How it is noticed: the alert, probe or check."),
                        "mitigation", described(nonEmptyString(), "What is done about it."),
                        "test", described(JSON.objectNode().put("type", "string").put("pattern", "^[^#\\s]+(#[^#\\s]+)?$"),
                                "The test that provokes this failure and checks the mitigation, com.acme.ScoreCliTest or "
                                + "com.acme.ScoreCliTest#rejectsMalformedRequest; it must run and pass in the build."))),
                        "The expected ways the product fails."),
                "monitoring", described(object(
                        "dashboard", described(nonEmptyString(), "The URL of the dashboard engineering watches."),
                        "alerts", described(array(object(
                                "name", described(nonEmptyString(), "The alert's name, as the paging tool shows it."),
                                "condition", described(nonEmptyString(), "What fires it, e.g. 5xx rate > 1% for 5m."),
                                "route", described(nonEmptyString(), "Who or what is paged: a rota URL, team or channel."))),
                                "The alerts that page someone.")),
                        "Contract format 2: the dashboard and the alerts (documentation.monitoring)."),
                "drift", described(array(object(
                        "signal", described(nonEmptyString(), "What is watched: a top-level property of an input schema "
                                + "or a metric of metrics.thresholds."),
                        "method", described(nonEmptyString(), "How: PSI, KS, mean shift..."),
                        "threshold", described(number(), "The value past which the action is taken."),
                        "action", described(nonEmptyString(), "What is done then."))),
                        "Contract format 2: the drift checks (documentation.drift)."),
                "retraining", described(object(
                        "cadence", described(nonEmptyString(), "How often, as an ISO-8601 period or duration: P30D, P1W, PT12H."),
                        "trigger", described(nonEmptyString(), "What starts a retraining, instead of or besides a cadence."),
                        "owner", described(nonEmptyString(), "Who retrains the model."),
                        "where", described(nonEmptyString(), "Where it runs: the pipeline, job or repository.")),
                        "Contract format 2: when, by whom and where the model is retrained (documentation.retraining)."),
                "runtime", described(object(
                        "java", described(JSON.objectNode().put("type", "integer").put("minimum", 6).put("maximum", 99),
                                "The Java major version the product runs on (17, 21); environment.java checks that the "
                                        + "bytecode release is at most this.")),
                        "What the product runs on (contract format 2)."))));
        ObjectNode samples = object(
                "valid", described(array(nonEmptyString()), "Globs of documents the schema must accept."),
                "invalid", described(array(nonEmptyString()), "Globs of documents the schema must reject."));
        ObjectNode declaration = object(
                "name", described(nonEmptyString(), "A name for the schema, such as score-request."),
                "role", described(JSON.objectNode().put("type", "string").set("enum", JSON.arrayNode().add("input").add("output")),
                        "Whether the product reads (input) or writes (output) documents of this schema."),
                "schema", described(nonEmptyString(), "The JSON Schema file, relative to the module."),
                "samples", described(samples, "Golden sample documents."));
        properties.set("schemas", described("schemas", array(declaration)));
        ObjectNode threshold = object(
                "min", described(number(), "The lowest acceptable value (for metrics where higher is better)."),
                "max", described(number(), "The highest acceptable value (for metrics where lower is better)."));
        properties.set("metrics", described("metrics", object(
                "files", described(array(nonEmptyString()), "JSON files of metrics, relative to the module: objects of "
                        + "numbers (nested keys joined by '.') or JMH results."),
                "thresholds", described(JSON.objectNode().put("type", "object").set("additionalProperties", threshold),
                        "Acceptance bounds by metric name."),
                "baseline", described(nonEmptyString(), "The recorded baseline file (default "
                        + Contract.Metrics.DEFAULT_BASELINE + "), written by mvn readiness:baseline."),
                "maxRegression", described(JSON.objectNode().put("type", "number").put("minimum", 0).put("maximum", 1),
                        "Largest allowed relative regression against the baseline, from 0 to 1 (default "
                                + Contract.Metrics.DEFAULT_MAX_REGRESSION + ")."))));
        properties.set("rules", described("rules", rules(registry)));
        ObjectNode signoff = object(
                "clause", described(nonEmptyString(), "The clause signed, e.g. security-review."),
                "by", described(nonEmptyString(), "The person who signed."),
                "date", described(JSON.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                        "The day it was signed, YYYY-MM-DD; valid for rules.contract.signoffs.maxAgeDays (365)."),
                "evidence", described(nonEmptyString(), "A URL of the review, ticket or document."));
        signoff.set("required", JSON.arrayNode().add("clause").add("by").add("date").add("evidence"));
        properties.set("signoffs", described("signoffs", array(signoff)));
        ObjectNode waiver = object(
                "rule", described(nonEmptyString(), "The rule id the waiver applies to."),
                "reason", described(nonEmptyString(), "Why the rule may fail for now, with the ticket that fixes it."),
                "owner", described(nonEmptyString(), "Who answers for the waiver."),
                "expires", described(JSON.objectNode().put("type", "string").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"),
                        "The last day the waiver holds, YYYY-MM-DD."),
                "subjects", described(array(nonEmptyString()), "Waive only the findings whose subject matches one of "
                        + "these patterns (* for any characters), such as a groupId:artifactId, a file or a class; "
                        + "without subjects the waiver covers every finding of the rule."));
        waiver.set("required", JSON.arrayNode().add("rule").add("reason").add("owner").add("expires"));
        properties.set("waivers", described("waivers", array(waiver)));
        ObjectNode severity = schema.putObject("$defs").putObject("severity");
        severity.put("type", "string");
        ArrayNode levels = severity.putArray("enum");
        Arrays.stream(Severity.values()).forEach(s -> levels.add(s.key()));
        severity.put("description", "error: a violation fails the build; warn: it is reported; off: the rule does not run.");
        return schema;
    }

    private static ObjectNode rules(RuleRegistry registry) {
        ObjectNode rules = JSON.objectNode().put("type", "object");
        ObjectNode byId = rules.putObject("properties");
        for (RuleDescriptor rule : registry.descriptors()) {
            ObjectNode settings = JSON.objectNode().put("type", "object").put("additionalProperties", false);
            ObjectNode options = settings.putObject("properties");
            options.set("severity", JSON.objectNode().put("$ref", "#/$defs/severity")
                    .put("description", "Default: " + rule.defaultSeverity().key()
                            + (rule.sinceContract() > Contract.FIRST_VERSION ? " from contract format "
                                    + rule.sinceContract() + " on, off before" : "") + "."));
            options.set("reason", described(nonEmptyString(), "Why the rule is set this way, shown where the rule is "
                    + "reported as SKIPPED, e.g. \"library: no JSON API\"."));
            if (rule.releaseOnly()) {
                options.set("always", described(JSON.objectNode().put("type", "boolean"),
                        "Run this release-gate rule in every build, not only in the release gate.").put("default", false));
            }
            for (Option<?> option : rule.options()) {
                options.set(option.name(), optionSchema(option));
            }
            ObjectNode entry = JSON.objectNode();
            entry.put("description", describe(rule));
            ArrayNode oneOf = entry.putArray("oneOf");
            oneOf.addObject().put("$ref", "#/$defs/severity");
            oneOf.add(settings);
            byId.set(rule.id(), entry);
        }
        rules.put("additionalProperties", false);
        return rules;
    }

    private static <T> ObjectNode optionSchema(Option<T> option) {
        ObjectNode schema = (ObjectNode) JsonValues.toJson(option.type().schema());
        schema.put("description", option.description());
        schema.set("default", RuleSettings.writeDefault(option));
        return schema;
    }

    /** {@code [error] summary. rationale}, as editors show it on hover. */
    static String describe(RuleDescriptor rule) {
        String text = "[" + rule.defaultSeverity().key() + (rule.releaseOnly() ? ", release gate" : "") + "] "
                + sentence(rule.summary()) + " " + rule.rationale();
        return text.trim();
    }

    public static String sentence(String text) {
        String trimmed = text.trim();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }

    private static ObjectNode described(String section, ObjectNode schema) {
        return described(schema, SECTIONS.get(section));
    }

    private static ObjectNode described(ObjectNode schema, String description) {
        schema.put("description", description);
        return schema;
    }

    private static ObjectNode string() {
        return JSON.objectNode().put("type", "string");
    }

    private static ObjectNode nonEmptyString() {
        return string().put("minLength", 1);
    }

    private static ObjectNode number() {
        return JSON.objectNode().put("type", "number");
    }

    private static ObjectNode array(ObjectNode items) {
        ObjectNode array = JSON.objectNode().put("type", "array");
        array.set("items", items);
        return array;
    }

    /** A closed object of the given properties: name, schema, name, schema... */
    private static ObjectNode object(Object... nameThenSchema) {
        ObjectNode object = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        ObjectNode properties = object.putObject("properties");
        for (int i = 0; i < nameThenSchema.length; i += 2) {
            properties.set((String) nameThenSchema[i], (JsonNode) nameThenSchema[i + 1]);
        }
        return object;
    }

    /** The schema as the file ships it: indented, ending with a newline. */
    public static String render(RuleRegistry registry) {
        try {
            return MAPPER.writeValueAsString(generate(registry)) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the contract schema", e);
        }
    }

    /**
     * Writes the schema of the rules on the class path to the file named by the only argument. The plugin's build
     * runs this to put {@value #FILE_NAME} into the plugin jar.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ContractSchema <output file>, e.g. target/classes/" + FILE_NAME);
        }
        Path target = Path.of(args[0]);
        RuleRegistry registry = RuleRegistry.load(ContractSchema.class.getClassLoader());
        GeneratedFile.write(target, render(registry).getBytes(StandardCharsets.UTF_8));
        System.out.printf(Locale.ROOT, "readiness: wrote the contract schema of %d rules to %s%n", registry.ids().size(), target);
    }
}

package dev.readiness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.api.Option;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.ContractSections;
import dev.readiness.contract.JsonValues;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
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
    public static final String ID = ContractSections.SCHEMA_ID;
    public static final String FILE_NAME = "readiness.schema.json";
    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    /**
     * What each top-level key of the contract is for, in the order a contract lists them, as
     * {@link ContractSections} declares them.
     */
    public static final Map<String, String> SECTIONS = ContractSections.descriptions();

    private static final JsonNodeFactory JSON = JsonTrees.NODES;

    private ContractSchema() {
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
        for (ContractSections.Key section : ContractSections.SECTIONS) {
            properties.set(section.name(), schema(section, registry));
        }
        ObjectNode severity = schema.putObject("$defs").putObject("severity");
        severity.put("type", "string");
        ArrayNode levels = severity.putArray("enum");
        Arrays.stream(Severity.values()).forEach(s -> levels.add(s.key()));
        severity.put("description", "error: a violation fails the build; warn: it is reported; off: the rule does not run.");
        return schema;
    }

    /** The schema of a declared key, its description last. */
    private static ObjectNode schema(ContractSections.Key key, RuleRegistry registry) {
        return described(shape(key.shape(), registry), key.description());
    }

    private static ObjectNode shape(ContractSections.Shape shape, RuleRegistry registry) {
        if (shape instanceof ContractSections.Text text) {
            ObjectNode node = string();
            if (text.minLength() > 0) {
                node.put("minLength", text.minLength());
            }
            text.pattern().ifPresent(pattern -> node.put("pattern", pattern));
            return node;
        }
        if (shape instanceof ContractSections.Whole whole) {
            return JSON.objectNode().put("type", "integer").put("minimum", whole.min()).put("maximum", whole.max());
        }
        if (shape instanceof ContractSections.Decimal decimal) {
            ObjectNode node = number();
            decimal.min().ifPresent(min -> node.set("minimum", bound(min)));
            decimal.max().ifPresent(max -> node.set("maximum", bound(max)));
            return node;
        }
        if (shape instanceof ContractSections.OneOf oneOf) {
            ArrayNode values = JSON.arrayNode();
            oneOf.values().forEach(values::add);
            return string().set("enum", values);
        }
        if (shape instanceof ContractSections.ListOf list) {
            return array(shape(list.items(), registry));
        }
        if (shape instanceof ContractSections.Quantities) {
            return JSON.objectNode().put("type", "object")
                    .set("additionalProperties", JSON.objectNode().set("type", JSON.arrayNode().add("string").add("number")));
        }
        if (shape instanceof ContractSections.MapOf map) {
            return JSON.objectNode().put("type", "object").set("additionalProperties", shape(map.values(), registry));
        }
        if (shape instanceof ContractSections.Fields fields) {
            ObjectNode object = JSON.objectNode().put("type", "object").put("additionalProperties", false);
            ObjectNode properties = object.putObject("properties");
            fields.keys().forEach(key -> properties.set(key.name(), schema(key, registry)));
            if (!fields.required().isEmpty()) {
                ArrayNode required = object.putArray("required");
                fields.required().forEach(required::add);
            }
            return object;
        }
        if (shape instanceof ContractSections.RuleSettings) {
            return rules(registry);
        }
        throw new IllegalStateException("no schema for " + shape);
    }

    /** A whole bound as an integer ({@code 1}, not {@code 1.0}). */
    private static JsonNode bound(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? JSON.numberNode((long) value) : JSON.numberNode(value);
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

    /** The schema as the file ships it: indented, ending with a newline. */
    public static String render(RuleRegistry registry) {
        return JsonTrees.indented(generate(registry)) + "\n";
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

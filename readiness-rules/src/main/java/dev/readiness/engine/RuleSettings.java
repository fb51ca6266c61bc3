package dev.readiness.engine;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.api.Option;
import dev.readiness.api.Options;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.JsonValues;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Severity;
import dev.readiness.core.Suggestions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A rule's configuration from the contract's {@code rules} section: severity, {@code always}, typed options.
 *
 * @param always run a release-only rule in every build
 * @param offReason why the rule is off: the contract's {@code reason}, or that the rule is newer than the contract's
 *     format; empty when the contract gives none
 */
public record RuleSettings(Severity severity, boolean always, Options options, String offReason) {

    static final String SEVERITY = "severity";
    static final String ALWAYS = "always";
    static final String REASON = "reason";

    public RuleSettings {
        offReason = offReason == null ? "" : offReason;
    }

    public RuleSettings(Severity severity, boolean always, Options options) {
        this(severity, always, options, "");
    }

    /** Settings of a rule the contract does not mention, for a contract of the newest format. */
    public static RuleSettings defaults(RuleDescriptor rule) {
        return defaults(rule, Contract.VERSION);
    }

    /**
     * Settings of a rule the contract does not mention. A rule newer than the contract's format is off: upgrading the
     * plugin never fails a contract that passed, until the contract (or a policy) opts in.
     */
    public static RuleSettings defaults(RuleDescriptor rule, int contractVersion) {
        if (rule.sinceContract() > contractVersion) {
            return new RuleSettings(Severity.OFF, false, Options.defaults(), "new in contract format "
                    + rule.sinceContract() + ", off for a contract of format " + contractVersion + " (set \"contract\": "
                    + rule.sinceContract() + " to run it, or turn it on in \"rules\")");
        }
        return new RuleSettings(rule.defaultSeverity(), false, Options.defaults());
    }

    /**
     * Binds the {@code rules} section to the registered rules. An unknown rule id or option, a bad severity or a value
     * of the wrong type is an error naming the file, line and the closest valid name.
     */
    public static Map<String, RuleSettings> bind(LoadedContract contract, RuleRegistry registry) {
        Map<String, RuleSettings> settings = new LinkedHashMap<>();
        int version = contract.contract().contract();
        for (Rule rule : registry.rules()) {
            settings.put(rule.descriptor().id(), defaults(rule.descriptor(), version));
        }
        for (Map.Entry<String, JsonNode> entry : contract.contract().rules().entrySet()) {
            String id = entry.getKey();
            String pointer = LoadedContract.pointer("rules", id);
            Optional<Rule> rule = registry.rule(id);
            if (rule.isEmpty()) {
                throw new InvalidInputException(contract.locate(pointer),
                        "unknown rule id \"" + id + "\"" + Suggestions.didYouMean(id, registry.ids()),
                        "use one of the rule ids in the README's catalogue (mvn readiness:help -Ddetail lists them); "
                                + "a third-party rule needs its jar added as a dependency of the plugin");
            }
            settings.put(id, bindOne(rule.get().descriptor(), entry.getValue(), contract, pointer, version));
        }
        return settings;
    }

    private static RuleSettings bindOne(RuleDescriptor rule, JsonNode node, LoadedContract contract, String pointer,
            int version) {
        if (node.isTextual()) {
            return new RuleSettings(severity(node, contract, pointer), false, Options.defaults());
        }
        if (!node.isObject()) {
            throw new InvalidInputException(contract.locate(pointer),
                    "the setting of rule \"" + rule.id() + "\" must be a severity (\"error\", \"warn\", \"off\") or an object of options",
                    "write \"" + rule.id() + "\": \"warn\" or \"" + rule.id() + "\": { \"severity\": \"warn\" }");
        }
        // A rule newer than the contract's format that the contract configures is on unless it says otherwise.
        Severity severity = rule.defaultSeverity();
        boolean always = false;
        String reason = "";
        Map<String, Object> values = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = field.getKey();
            String optionPointer = pointer + "/" + dev.readiness.contract.LoadedContract.pointer(name).substring(1);
            if (name.equals(SEVERITY)) {
                severity = severity(field.getValue(), contract, optionPointer);
            } else if (name.equals(REASON)) {
                if (!field.getValue().isTextual() || field.getValue().asText().isBlank()) {
                    throw new InvalidInputException(contract.locate(optionPointer),
                            "\"rules." + rule.id() + ".reason\" must be a text saying why the rule is off",
                            "write \"reason\": \"library: no JSON API\", or remove it");
                }
                reason = field.getValue().asText().trim();
            } else if (name.equals(ALWAYS) && rule.releaseOnly()) {
                if (!field.getValue().isBoolean()) {
                    throw new InvalidInputException(contract.locate(optionPointer),
                            "\"rules." + rule.id() + ".always\" must be true or false", "write \"always\": true");
                }
                always = field.getValue().asBoolean();
            } else {
                Optional<Option<?>> option = rule.option(name);
                if (option.isEmpty()) {
                    throw unknownOption(rule, name, contract, optionPointer);
                }
                values.put(name, read(rule, option.get(), field.getValue(), contract, optionPointer));
            }
        }
        return new RuleSettings(severity, always, new Options(values), reason);
    }

    private static Object read(RuleDescriptor rule, Option<?> option, JsonNode value, LoadedContract contract, String pointer) {
        try {
            return option.type().read(JsonValues.toJava(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(contract.locate(pointer),
                    "\"rules." + rule.id() + "." + option.name() + "\" must be " + e.getMessage() + ", found "
                            + describe(value),
                    option.name() + ": " + option.description() + " (default " + writeDefault(option) + ")");
        }
    }

    static <T> JsonNode writeDefault(Option<T> option) {
        return JsonValues.toJson(option.type().write(option.defaultValue()));
    }

    private static InvalidInputException unknownOption(RuleDescriptor rule, String name, LoadedContract contract, String pointer) {
        List<String> valid = new ArrayList<>();
        valid.add(SEVERITY);
        valid.add(REASON);
        if (rule.releaseOnly()) {
            valid.add(ALWAYS);
        }
        rule.options().forEach(o -> valid.add(o.name()));
        return new InvalidInputException(contract.locate(pointer),
                "rule \"" + rule.id() + "\" has no option \"" + name + "\"" + Suggestions.didYouMean(name, valid),
                "its options are: " + String.join(", ", valid));
    }

    private static Severity severity(JsonNode node, LoadedContract contract, String pointer) {
        Optional<Severity> severity = node.isTextual() ? Severity.parse(node.asText()) : Optional.empty();
        if (severity.isEmpty()) {
            throw new InvalidInputException(contract.locate(pointer),
                    "severity must be \"error\", \"warn\" or \"off\", found " + describe(node),
                    "write one of \"error\", \"warn\", \"off\"");
        }
        return severity.get();
    }

    private static String describe(JsonNode node) {
        String text = JsonTrees.compactText(node);
        return text.length() > 60 ? text.substring(0, 57) + "..." : text;
    }
}

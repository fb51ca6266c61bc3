package dev.readiness.rules.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.ContractLayer;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.JsonValues;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * {@code contract.no-loosening}: a contract may tighten what it extends (the organisation's policy included) but not
 * loosen it: no weaker severity, lower minimum, higher maximum or removed list entry, unless a waiver of this rule
 * says who agreed and until when.
 */
public final class NoLoosening implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("contract.no-loosening")
            .severity(Severity.ERROR)
            .summary("A contract does not loosen what it extends (weaker severity, lower min, higher max, removed entry)")
            .because("The contract is binding: a platform team's policy holds for every project unless an exception "
                    + "is owned, explained and temporary.")
            .help("Keep each value at least as strict as the contract it extends, or add a waiver for "
                    + "contract.no-loosening with an owner, a reason and an expiry.")
            .pomPackaging()
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        LoadedContract contract = context.contract();
        if (contract.chain().size() < 2) {
            return Outcome.notApplicable("the contract extends no other contract");
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < contract.chain().size() - 1; i++) {
            Comparison comparison = new Comparison(contract, i, findings, source -> source.file()
                    .map(file -> context.facts().workspace().relative(file)).orElse(source.reference()));
            comparison.rules(context.catalogue());
            comparison.thresholds();
        }
        return Outcome.of(findings, "no contract loosens what it extends");
    }

    /** One contract of the chain against everything it extends. */
    private static final class Comparison {
        private final LoadedContract contract;
        private final int index;
        private final ContractLayer layer;
        private final ObjectNode base;
        private final ObjectNode declared;
        private final List<Finding> findings;
        private final Function<ContractSource, String> names;

        Comparison(LoadedContract contract, int index, List<Finding> findings, Function<ContractSource, String> names) {
            this.names = names;
            this.contract = contract;
            this.index = index;
            this.layer = contract.chain().get(index);
            this.base = contract.extendedBy(index);
            this.declared = contract.asDeclaredBy(index);
            this.findings = findings;
        }

        void rules(List<RuleDescriptor> catalogue) {
            JsonNode own = layer.tree().path("rules");
            for (RuleDescriptor rule : catalogue) {
                if (!own.has(rule.id())) {
                    continue;
                }
                String pointer = LoadedContract.pointer("rules", rule.id());
                if (contract.declaredBelow(index, pointer).isEmpty()) {
                    // Nothing this contract extends says anything about the rule: there is nothing to loosen.
                    continue;
                }
                JsonNode before = base.path("rules").path(rule.id());
                JsonNode after = declared.path("rules").path(rule.id());
                Severity severityBefore = severity(before, rule);
                Severity severityAfter = severity(after, rule);
                if (severityAfter.isWeakerThan(severityBefore)) {
                    loosened(pointer, "the severity of " + rule.id() + " is " + severityAfter.key() + ", weaker than "
                            + severityBefore.key(), "set it back to \"" + severityBefore.key() + "\"");
                }
                if (rule.releaseOnly() && before.path("always").asBoolean(false) && !after.path("always").asBoolean(false)) {
                    loosened(pointer, rule.id() + " no longer runs in every build, as \"always\": true asks",
                            "keep \"always\": true");
                }
                for (Option<?> option : rule.options()) {
                    option(rule, option, before.path(option.name()), after.path(option.name()), pointer);
                }
            }
        }

        private <T> void option(RuleDescriptor rule, Option<T> option, JsonNode beforeNode, JsonNode afterNode,
                String rulePointer) {
            T before = read(option, beforeNode);
            T after = read(option, afterNode);
            String name = "rules." + rule.id() + "." + option.name();
            String pointer = rulePointer + "/" + LoadedContract.pointer(option.name()).substring(1);
            switch (option.strictness()) {
                case HIGHER -> {
                    if (number(after) < number(before)) {
                        loosened(pointer, name + " is " + text(option, after) + ", lower than " + text(option, before),
                                "raise it to at least " + text(option, before));
                    }
                }
                case LOWER -> {
                    if (number(after) > number(before)) {
                        loosened(pointer, name + " is " + text(option, after) + ", higher than " + text(option, before),
                                "lower it to at most " + text(option, before));
                    }
                }
                case MORE -> {
                    for (Object entry : (List<?>) before) {
                        if (!((List<?>) after).contains(entry)) {
                            loosened(pointer, name + " drops " + entry + ", required",
                                    "keep " + entry + " in the list");
                        }
                    }
                }
                case FEWER -> {
                    for (Object entry : (List<?>) after) {
                        if (!((List<?>) before).contains(entry)) {
                            loosened(pointer, name + " adds the exclusion " + entry + ", not made",
                                    "remove " + entry);
                        }
                    }
                }
                case NEITHER -> {
                    // A path or a mode: changing it neither tightens nor loosens.
                }
            }
        }

        void thresholds() {
            JsonNode own = layer.tree().path("metrics").path("thresholds");
            Iterator<Map.Entry<String, JsonNode>> metrics = base.path("metrics").path("thresholds").fields();
            while (metrics.hasNext()) {
                Map.Entry<String, JsonNode> metric = metrics.next();
                if (!own.has(metric.getKey())) {
                    continue;
                }
                JsonNode before = metric.getValue();
                JsonNode after = declared.path("metrics").path("thresholds").path(metric.getKey());
                String pointer = LoadedContract.pointer("metrics", "thresholds", metric.getKey());
                if (before.path("min").isNumber()
                        && (!after.path("min").isNumber() || after.path("min").asDouble() < before.path("min").asDouble())) {
                    loosened(pointer + "/min", "the threshold " + metric.getKey() + ".min is " + after.path("min")
                            + ", lower than " + before.path("min"), "raise it to at least " + before.path("min"));
                }
                if (before.path("max").isNumber()
                        && (!after.path("max").isNumber() || after.path("max").asDouble() > before.path("max").asDouble())) {
                    loosened(pointer + "/max", "the threshold " + metric.getKey() + ".max is " + after.path("max")
                            + ", higher than " + before.path("max"), "lower it to at most " + before.path("max"));
                }
            }
            JsonNode regressionBefore = base.path("metrics").path("maxRegression");
            JsonNode regressionAfter = layer.tree().path("metrics").path("maxRegression");
            if (regressionBefore.isNumber() && regressionAfter.isNumber()
                    && regressionAfter.asDouble() > regressionBefore.asDouble()) {
                loosened("/metrics/maxRegression", "metrics.maxRegression is " + regressionAfter + ", higher than "
                        + regressionBefore, "lower it to at most " + regressionBefore);
            }
        }

        /** @param what the loosening, ending with the stricter value, e.g. "x is 0.6, lower than 0.8" */
        private void loosened(String pointer, String what, String fix) {
            String from = contract.declaredBelow(index, pointer).map(l -> names.apply(l.source()))
                    .orElse("the rule's defaults");
            findings.add(Finding.of(what + " in " + from + " (loosened by " + names.apply(layer.source()) + ")")
                    .at(layer.locate(pointer)).subject(pointer)
                    .hint(fix + ", or add a waiver for contract.no-loosening with an owner, a reason and an expiry"));
        }

        private static Severity severity(JsonNode node, RuleDescriptor rule) {
            JsonNode value = node.isObject() ? node.path("severity") : node;
            return value.isTextual() ? Severity.parse(value.asText()).orElse(rule.defaultSeverity()) : rule.defaultSeverity();
        }

        private static <T> T read(Option<T> option, JsonNode node) {
            if (node.isMissingNode() || node.isNull()) {
                return option.defaultValue();
            }
            try {
                return option.type().read(JsonValues.toJava(node));
            } catch (IllegalArgumentException e) {
                // A wrong type is the settings binder's error to report; judge against the default meanwhile.
                return option.defaultValue();
            }
        }

        private static double number(Object value) {
            if (value instanceof Boolean b) {
                return b ? 1 : 0;
            }
            return value instanceof Number n ? n.doubleValue() : 0;
        }

        private static <T> String text(Option<T> option, T value) {
            return JsonValues.toJson(option.type().write(value)).toString();
        }
    }
}

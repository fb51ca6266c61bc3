package dev.readiness.rules.documentation;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Placeholders;
import dev.readiness.core.Severity;
import dev.readiness.core.Suggestions;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code documentation.drift}: how a shift in the inputs or the metrics is noticed, on signals the contract declares.
 * A signal is a top-level property of a declared input schema or a metric of {@code metrics.thresholds}; the schema
 * files are read through the workspace as evidence, as {@code schemas.declared} reads them.
 */
public final class Drift implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("documentation.drift")
            .severity(Severity.ERROR)
            .summary("operations.drift has at least one check (signal, method, threshold, action) on a declared input "
                    + "property or metric")
            .because("What engineering inherits: a model degrades as its inputs drift away from the training data. "
                    + "Which signal is watched, how, past what threshold and what is then done is agreed before the "
                    + "handoff, on signals the contract declares.")
            .help("Declare \"operations\": {\"drift\": [{\"signal\": \"tenureMonths\", \"method\": \"PSI\", "
                    + "\"threshold\": 0.2, \"action\": \"page science, retrain\"}]}; a signal is a top-level property "
                    + "of an input schema or a metric of metrics.thresholds.")
            .sinceContract(2)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        LoadedContract contract = context.contract();
        List<Contract.DriftCheck> checks = contract.contract().operations().drift();
        String section = LoadedContract.pointer("operations", "drift");
        List<Finding> findings = new ArrayList<>();
        if (checks.isEmpty()) {
            return Outcome.violated(Finding.of("operations.drift declares no drift check")
                    .at(contract.locate(section))
                    .subject("operations.drift")
                    .hint("add {\"signal\": \"<input property or metric>\", \"method\": \"PSI\", \"threshold\": 0.2, "
                            + "\"action\": \"...\"} to operations.drift"));
        }
        Set<String> metrics = contract.contract().metrics().thresholds().keySet();
        Optional<Set<String>> properties = Optional.empty();
        for (int i = 0; i < checks.size(); i++) {
            Contract.DriftCheck check = checks.get(i);
            String at = section + "/" + i;
            String subject = Placeholders.isPlaceholder(check.signal()) ? "drift check " + (i + 1) : check.signal();
            String[][] fields = {{"signal", check.signal()}, {"method", check.method()}, {"action", check.action()}};
            for (String[] field : fields) {
                if (Placeholders.isPlaceholder(field[1])) {
                    findings.add(Finding.of("drift check " + (i + 1) + " has no " + field[0]
                                    + (field[1].isBlank() ? "" : " (\"" + field[1] + "\" is a placeholder)"))
                            .at(contract.locate(at))
                            .subject(subject)
                            .hint(hint(field[0])));
                }
            }
            if (check.threshold().isEmpty()) {
                findings.add(Finding.of("drift check " + (i + 1) + " has no threshold")
                        .at(contract.locate(at)).subject(subject).hint(hint("threshold")));
            } else if (!check.threshold().get().isNumber()) {
                findings.add(Finding.of("drift check " + (i + 1) + " has threshold " + check.threshold().get()
                                + ", not a number")
                        .at(contract.locate(at + "/threshold")).subject(subject).hint(hint("threshold")));
            }
            if (Placeholders.isPlaceholder(check.signal()) || metrics.contains(check.signal())) {
                continue;
            }
            if (properties.isEmpty()) {
                properties = Optional.of(inputProperties(context));
            }
            if (!properties.get().contains(check.signal())) {
                Set<String> known = new LinkedHashSet<>(properties.get());
                known.addAll(metrics);
                findings.add(Finding.of("drift check " + (i + 1) + " watches \"" + check.signal() + "\", which is neither "
                                + "a property of a declared input schema nor a metric of metrics.thresholds"
                                + Suggestions.didYouMean(check.signal(), known))
                        .at(contract.locate(at + "/signal"))
                        .subject(check.signal())
                        .hint(known.isEmpty() ? "declare the input schema (schemas, role input) or the metric (metrics.thresholds) it watches"
                                : "watch one of " + String.join(", ", known) + ", or declare the signal in an input schema or metrics.thresholds"));
            }
        }
        return Outcome.of(findings, checks.size() + " drift checks on declared signals");
    }

    /** The top-level {@code properties} of every declared input schema; a schema that cannot be read ends the rule. */
    private static Set<String> inputProperties(RuleContext context) {
        Workspace workspace = context.facts().workspace();
        List<Contract.SchemaDeclaration> schemas = context.contract().contract().schemas();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < schemas.size(); i++) {
            Contract.SchemaDeclaration schema = schemas.get(i);
            if (!schema.role().equals("input") || schema.schema().isBlank()) {
                continue;
            }
            Path file = workspace.resolve(schema.schema(), "schema",
                    context.contract().locate(LoadedContract.pointer("schemas", Integer.toString(i), "schema")));
            JsonFile json = context.require(context.facts().json(file));
            Iterator<String> properties = json.tree().path("properties").fieldNames();
            while (properties.hasNext()) {
                names.add(properties.next());
            }
        }
        return names;
    }

    private static String hint(String field) {
        return switch (field) {
            case "signal" -> "name the input property or metric watched, e.g. \"tenureMonths\" or \"auc\"";
            case "method" -> "name the method, e.g. \"PSI\", \"KS\" or \"mean shift\"";
            case "threshold" -> "write the threshold as a number, e.g. \"threshold\": 0.2";
            default -> "write what is done when the threshold is passed, e.g. \"page science, retrain\"";
        };
    }
}

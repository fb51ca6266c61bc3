package dev.readiness.rules.performance;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract.Threshold;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Suggestions;
import dev.readiness.facts.MetricValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code performance.thresholds}: every metric the contract puts a bar on meets it. */
public final class Thresholds implements Rule {

    /** A missing metric's finding lists the names that were found, up to this many. */
    static final int MAX_NAMES = 20;

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("performance.thresholds")
            .severity(Severity.ERROR)
            .summary("Every metric threshold in metrics.thresholds holds on the metrics read from metrics.files")
            .because("Performance baselines and acceptance thresholds: \"good enough to ship\" must be a number both "
                    + "sides agreed on, checked on every build, not a judgement made once in a notebook.")
            .help("Write the metrics to the files metrics.files names (a JSON object of numbers, or JMH's -rf json "
                    + "output) and declare \"thresholds\": {\"auc\": {\"min\": 0.85}, \"p99LatencyMs\": {\"max\": 50}}.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        LoadedContract contract = context.contract();
        Map<String, Threshold> thresholds = MeasuredMetrics.section(context).thresholds();
        if (thresholds.isEmpty()) {
            return Outcome.violated(Finding.of("the contract declares no performance thresholds (metrics.thresholds)")
                    .at(contract.locate("/metrics"))
                    .hint("agree on the acceptance bar and declare it, e.g. \"metrics\": {\"files\": "
                            + "[\"target/metrics.json\"], \"thresholds\": {\"auc\": {\"min\": 0.85}, "
                            + "\"p99LatencyMs\": {\"max\": 50}}}; the contract clause is performance baselines and "
                            + "acceptance thresholds"));
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, Threshold> entry : thresholds.entrySet()) {
            Threshold threshold = entry.getValue();
            Location at = contract.locate(MeasuredMetrics.thresholdPointer(entry.getKey()));
            if (threshold.min().isEmpty() && threshold.max().isEmpty()) {
                findings.add(Finding.of("the threshold for " + entry.getKey() + " sets neither min nor max").at(at)
                        .subject(entry.getKey())
                        .hint("add \"min\" (for a metric where higher is better) or \"max\" (where lower is better)"));
            } else if (threshold.min().isPresent() && threshold.max().isPresent()
                    && threshold.min().get() > threshold.max().get()) {
                findings.add(Finding.of("the threshold for " + entry.getKey() + " has min "
                                + MetricValues.format(threshold.min().get()) + " above max "
                                + MetricValues.format(threshold.max().get()) + ", which no value meets").at(at)
                        .subject(entry.getKey())
                        .hint("correct min or max"));
            }
        }
        if (!findings.isEmpty()) {
            return Outcome.violated(findings);
        }
        MetricValues measured = context.require(MeasuredMetrics.read(context));
        MetricValues metrics = measured;
        for (Map.Entry<String, Threshold> entry : thresholds.entrySet()) {
            String name = entry.getKey();
            Location at = contract.locate(MeasuredMetrics.thresholdPointer(name));
            Optional<Double> value = metrics.value(name);
            if (value.isEmpty()) {
                findings.add(Finding.of("the metric " + name + " is missing from "
                                + String.join(", ", MeasuredMetrics.section(context).files()) + "; found: " + found(metrics))
                        .at(at).subject(name)
                        .hint(Suggestions.closest(name, metrics.values().keySet()).map(c -> "did you mean \"" + c + "\"? ").orElse("")
                                + "make the build write " + name + " before the check, or correct the threshold's name"));
                continue;
            }
            double measuredValue = value.get();
            Optional<Double> min = entry.getValue().min();
            Optional<Double> max = entry.getValue().max();
            if (min.isPresent() && measuredValue < min.get()) {
                findings.add(Finding.of(name + " is " + MetricValues.format(measuredValue)
                                + ", the contract requires at least " + MetricValues.format(min.get()))
                        .at(at).subject(name)
                        .hint("improve " + name + " (read from " + source(context, metrics, name) + ") or, if both "
                                + "sides agree, lower its min"));
            }
            if (max.isPresent() && measuredValue > max.get()) {
                findings.add(Finding.of(name + " is " + MetricValues.format(measuredValue)
                                + ", the contract allows at most " + MetricValues.format(max.get()))
                        .at(at).subject(name)
                        .hint("bring " + name + " (read from " + source(context, metrics, name) + ") down or, if both "
                                + "sides agree, raise its max"));
            }
        }
        return Outcome.of(findings, "all " + thresholds.size() + " thresholds hold");
    }

    private static String found(MetricValues metrics) {
        if (metrics.values().isEmpty()) {
            return "no metrics at all";
        }
        List<String> names = List.copyOf(metrics.values().keySet());
        String listed = String.join(", ", names.subList(0, Math.min(MAX_NAMES, names.size())));
        return names.size() > MAX_NAMES ? listed + " and " + (names.size() - MAX_NAMES) + " more" : listed;
    }

    private static String source(RuleContext context, MetricValues metrics, String name) {
        return metrics.source(name).map(context.facts().workspace()::relative).orElse("the metrics files");
    }
}

package dev.readiness.rules.performance;

import dev.readiness.api.RuleContext;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.facts.MetricValues;
import java.util.List;

/** The metrics {@code metrics.files} names, with a bad path reported at its line in the contract. */
final class MeasuredMetrics {

    private MeasuredMetrics() {
    }

    static Evidence<MetricValues> read(RuleContext context) {
        LoadedContract contract = context.contract();
        List<String> files = contract.contract().metrics().files();
        if (files.isEmpty()) {
            return Evidence.missing("the contract names no metrics files (metrics.files)",
                    "add \"files\": [\"target/metrics.json\"] to \"metrics\", naming the JSON files your build writes "
                            + "its model and benchmark metrics to",
                    contract.locate("/metrics"));
        }
        for (int i = 0; i < files.size(); i++) {
            // Throws, with the contract line, for an absolute path or one that leaves the repository.
            context.facts().workspace().resolve(files.get(i), "metrics file",
                    contract.locate(LoadedContract.pointer("metrics", "files", Integer.toString(i))));
        }
        return context.facts().metrics(files);
    }

    static String thresholdPointer(String metric) {
        return LoadedContract.pointer("metrics", "thresholds", metric);
    }

    static Contract.Metrics section(RuleContext context) {
        return context.contract().contract().metrics();
    }
}

package dev.readiness.readers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.core.Evidence;
import dev.readiness.facts.MetricValues;
import dev.readiness.facts.Workspace;
import dev.readiness.testing.FuzzFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes as a metrics file (a JSON object or JMH's results) or as the baseline end as values or missing evidence,
 * never an exception; every value read is a finite number. Corpus: {@code MetricValuesFuzzTestInputs/}.
 */
class MetricValuesFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_metrics_file_or_baseline_is_read_or_missing_evidence(byte[] input) {
        Path file = FuzzFiles.write("metrics", "metrics.json", input);
        Workspace workspace = new Workspace(file.getParent(), file.getParent(), file.getParent().resolve("target"));
        Evidence<MetricValues> metrics = MetricFiles.read(workspace, List.of("metrics.json"));
        if (metrics.isPresent()) {
            metrics.value().values().forEach((name, value) -> {
                if (!Double.isFinite(value)) {
                    throw new AssertionError("metric " + name + " = " + value);
                }
            });
        }
        Evidence<BaselineFile.Baseline> baseline = new BaselineFile(file).read();
        if (baseline.isPresent()) {
            baseline.value().metrics().forEach((name, value) -> {
                if (!Double.isFinite(value)) {
                    throw new AssertionError("baseline metric " + name + " = " + value);
                }
            });
        }
    }
}

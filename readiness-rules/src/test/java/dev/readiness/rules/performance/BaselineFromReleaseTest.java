package dev.readiness.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.contract.Contract;
import dev.readiness.core.Evidence;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.PreviousRelease;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFromReleaseTest {

    private static final String CONTRACT = """
              "metrics": {
                "files": ["target/metrics.json"],
                "thresholds": { "auc": { "min": 0.85 }, "p99LatencyMs": { "max": 50 } },
                "baseline": "release",
                "maxRegression": 0.05
              }
            """;

    @TempDir
    Path dir;

    private final Baseline rule = new Baseline();

    private static Evidence<PreviousRelease> release(Optional<SortedMap<String, Double>> metrics) {
        return Evidence.of(PreviousRelease.of("1.0.0", new Manifest(Manifest.FORMAT_VERSION,
                new Manifest.Project("com.acme", "churn", "1.0.0"), Optional.empty(), Optional.empty(), "PASS",
                new Manifest.Gate("release", "the version is a release"), List.of(),
                new Manifest.MergedContract("", new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode()),
                new Contract.Owners(null, null, null), Map.of(), List.of(), List.of(), metrics, Optional.empty())));
    }

    private Outcome evaluate(String metrics, Evidence<PreviousRelease> previous) {
        return RuleHarness.in(dir).contractWith(CONTRACT).file("target/metrics.json", metrics).version("1.1.0-SNAPSHOT")
                .with(facts -> facts.previousRelease(() -> previous)).evaluate(rule);
    }

    @Test
    void compares_with_the_metrics_of_the_previous_release() {
        Outcome outcome = evaluate("{\"auc\": 0.80, \"p99LatencyMs\": 40}",
                release(Optional.of(new TreeMap<>(Map.of("auc", 0.90, "p99LatencyMs", 40.0)))));

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly("auc fell from 0.9 to 0.8 (-11.1%) "
                + "against release 1.0.0, more than the 5% metrics.maxRegression allows");
        assertThat(outcome.findings().get(0).hint()).contains("the next release compares with this one");
    }

    @Test
    void holds_within_the_allowed_regression_of_the_release() {
        Outcome outcome = evaluate("{\"auc\": 0.89, \"p99LatencyMs\": 41}",
                release(Optional.of(new TreeMap<>(Map.of("auc", 0.90, "p99LatencyMs", 40.0)))));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2 metrics within 5% of release 1.0.0");
    }

    @Test
    void does_not_apply_without_an_earlier_release_or_when_it_recorded_no_metrics() {
        Outcome none = evaluate("{\"auc\": 0.9}", Evidence.of(PreviousRelease.none("no release of com.acme:churn below "
                + "1.1.0-SNAPSHOT in central")));
        Outcome noMetrics = evaluate("{\"auc\": 0.9}", release(Optional.empty()));

        assertThat(none.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
        assertThat(none.message()).isEqualTo("metrics.baseline is \"release\" and there is nothing to compare with: "
                + "no release of com.acme:churn below 1.1.0-SNAPSHOT in central");
        assertThat(noMetrics.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
        assertThat(noMetrics.message()).contains("the handoff manifest of 1.0.0 recorded no metrics");
    }

    @Test
    void fails_when_the_repository_of_the_release_cannot_be_reached() {
        Outcome outcome = evaluate("{\"auc\": 0.9}", Evidence.missing("the repository nexus cannot be reached", "check"));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
    }
}

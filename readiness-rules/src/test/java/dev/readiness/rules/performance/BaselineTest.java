package dev.readiness.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.readers.BaselineFile;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineTest {

    private static final String CONTRACT = """
              "metrics": {
                "files": ["target/metrics.json"],
                "thresholds": { "auc": { "min": 0.85 }, "p99LatencyMs": { "max": 50 } },
                "maxRegression": 0.05
              }
            """;

    @TempDir
    Path dir;

    private final Baseline rule = new Baseline();

    /** Records the baseline from the current metrics file, as mvn readiness:baseline does. */
    private static void recordBaseline(RuleHarness module) throws IOException {
        new BaselineFile(module.path("readiness-baseline.json")).record(
                module.facts().metrics(List.of("target/metrics.json")).value(), LocalDate.of(2025, 6, 1));
    }

    @Test
    void does_not_apply_without_a_baseline_and_says_how_to_record_one() {
        RuleHarness module = RuleHarness.in(dir).contractWith(CONTRACT).file("target/metrics.json", "{\"auc\": 0.9}");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
        assertThat(outcome.message()).isEqualTo("no baseline recorded; run mvn readiness:baseline");
    }

    @Test
    void holds_when_no_metric_regressed_more_than_allowed() throws IOException {
        RuleHarness module = RuleHarness.in(dir).contractWith(CONTRACT)
                .file("target/metrics.json", "{\"auc\": 0.90, \"p99LatencyMs\": 40}");
        recordBaseline(module);
        RuleHarness later = RuleHarness.in(dir)
                .file("target/metrics.json", "{\"auc\": 0.86, \"p99LatencyMs\": 42}");

        Outcome outcome = later.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2 metrics within 5% of the baseline of 2025-06-01");
    }

    @Test
    void reports_a_metric_with_a_min_that_fell_and_one_with_a_max_that_rose() throws IOException {
        RuleHarness module = RuleHarness.in(dir).contractWith(CONTRACT)
                .file("target/metrics.json", "{\"auc\": 0.91, \"p99LatencyMs\": 40}");
        recordBaseline(module);
        RuleHarness later = RuleHarness.in(dir).file("target/metrics.json", "{\"auc\": 0.86, \"p99LatencyMs\": 44}");

        Outcome outcome = later.context().evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "auc fell from 0.91 to 0.86 (-5.5%) against the baseline of 2025-06-01 in readiness-baseline.json, "
                        + "more than the 5% metrics.maxRegression allows",
                "p99LatencyMs rose from 40 to 44 (+10.0%) against the baseline of 2025-06-01 in readiness-baseline.json, "
                        + "more than the 5% metrics.maxRegression allows");
        assertThat(outcome.findings().get(0).location().orElseThrow().line()).isEqualTo(later.contractLine("\"auc\""));
        assertThat(outcome.findings().get(0).hint()).contains("mvn readiness:baseline");
    }

    @Test
    void excluded_metrics_are_not_compared() throws IOException {
        RuleHarness module = RuleHarness.in(dir).contractWith(CONTRACT)
                .file("target/metrics.json", "{\"auc\": 0.91, \"p99LatencyMs\": 40}");
        recordBaseline(module);
        RuleHarness later = RuleHarness.in(dir).file("target/metrics.json", "{\"auc\": 0.91, \"p99LatencyMs\": 80}");

        Outcome outcome = later.context(new dev.readiness.api.Options(
                java.util.Map.of(Baseline.EXCLUDE.name(), List.of("p99*")))).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).startsWith("1 metrics within 5%");
    }

    @Test
    void an_improvement_is_not_a_regression() throws IOException {
        RuleHarness module = RuleHarness.in(dir).contractWith(CONTRACT)
                .file("target/metrics.json", "{\"auc\": 0.80, \"p99LatencyMs\": 80}");
        recordBaseline(module);
        RuleHarness later = RuleHarness.in(dir).file("target/metrics.json", "{\"auc\": 0.95, \"p99LatencyMs\": 20}");

        assertThat(later.context().evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void reads_the_baseline_file_the_contract_names() throws IOException {
        RuleHarness module = RuleHarness.in(dir)
                .contractWith(CONTRACT.replace("\"maxRegression\"", "\"baseline\": \"perf/baseline.json\", \"maxRegression\""))
                .file("target/metrics.json", "{\"auc\": 0.91}");
        new BaselineFile(module.path("perf/baseline.json")).record(
                module.facts().metrics(List.of("target/metrics.json")).value(), LocalDate.of(2025, 6, 1));
        RuleHarness later = RuleHarness.in(dir).file("target/metrics.json", "{\"auc\": 0.5}");

        assertThat(later.context().evaluate(rule).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("in perf/baseline.json"));
    }

    @Test
    void cannot_read_a_malformed_baseline() {
        RuleHarness module = RuleHarness.in(dir).contractWith(CONTRACT)
                .file("target/metrics.json", "{\"auc\": 0.91}")
                .file("readiness-baseline.json", "{\"baselineVersion\": 1,\n \"metrics\": {\"auc\": \"high\"}}");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.findings().get(0).location().orElseThrow().file()).isEqualTo(module.path("readiness-baseline.json"));
    }

    @Test
    void cannot_judge_a_max_regression_outside_0_to_1() {
        RuleHarness module = RuleHarness.in(dir).contractWith(CONTRACT.replace("0.05", "5"))
                .file("target/metrics.json", "{\"auc\": 0.91}")
                .file("readiness-baseline.json", "{\"baselineVersion\": 1, \"recorded\": \"2025-06-01\", \"metrics\": {}}");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).isEqualTo("metrics.maxRegression is 5, not a ratio from 0 to 1");
    }
}

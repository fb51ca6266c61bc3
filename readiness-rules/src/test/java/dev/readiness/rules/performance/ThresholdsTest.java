package dev.readiness.rules.performance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.InvalidInputException;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdsTest {

    @TempDir
    Path dir;

    private final Thresholds rule = new Thresholds();

    private RuleHarness module(String thresholds, String metrics) {
        return RuleHarness.in(dir)
                .contractWith("""
                          "metrics": {
                            "files": ["target/metrics.json"],
                            "thresholds": {
                        %s
                            }
                          }
                        """.formatted(thresholds))
                .file("target/metrics.json", metrics);
    }

    @Test
    void holds_when_every_threshold_is_met_bounds_included() {
        RuleHarness module = module("""
                      "auc": { "min": 0.85 },
                      "p99LatencyMs": { "max": 50 },
                      "recall": { "min": 0.6, "max": 0.9 }
                """, "{\"auc\": 0.85, \"p99LatencyMs\": 50, \"recall\": 0.75}");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("all 3 thresholds hold");
    }

    @Test
    void fails_when_a_metric_is_below_its_min_at_the_threshold_line() {
        RuleHarness module = module("""
                      "auc": { "min": 0.85 }
                """, "{\"auc\": 0.81}");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("auc is 0.81, the contract requires at least 0.85");
            assertThat(finding.location().orElseThrow().file()).isEqualTo(module.path("readiness.json"));
            assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("\"auc\""));
            assertThat(finding.hint()).contains("target/metrics.json");
        });
    }

    @Test
    void fails_when_a_metric_is_above_its_max() {
        RuleHarness module = module("""
                      "p99LatencyMs": { "max": 50 }
                """, "{\"p99LatencyMs\": 63.5}");

        assertThat(module.context().evaluate(rule).findings()).extracting(Finding::message)
                .containsExactly("p99LatencyMs is 63.5, the contract allows at most 50");
    }

    @Test
    void fails_when_a_metric_is_missing_and_lists_the_metrics_found() {
        RuleHarness module = module("""
                      "auc": { "min": 0.85 }
                """, "{\"acu\": 0.91, \"f1\": 0.8, \"label\": \"gbm\"}");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the metric auc is missing from target/metrics.json; found: acu, f1");
            assertThat(finding.hint()).startsWith("did you mean \"acu\"? ");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("\"auc\""));
        });
    }

    @Test
    void reads_nested_metrics_by_their_dotted_name() {
        RuleHarness module = module("""
                      "model.auc": { "min": 0.85 },
                      "latency.p99Ms": { "max": 50 }
                """, "{\"model\": {\"auc\": 0.9}, \"latency\": {\"p99Ms\": 51}}");

        assertThat(module.context().evaluate(rule).findings()).extracting(Finding::message)
                .containsExactly("latency.p99Ms is 51, the contract allows at most 50");
    }

    @Test
    void reads_jmh_results_by_benchmark_name() {
        RuleHarness module = RuleHarness.in(dir)
                .contractWith("""
                          "metrics": {
                            "files": ["target/jmh-result.json"],
                            "thresholds": {
                              "com.acme.churn.bench.ScoreBenchmark.scoreOne": { "max": 0.4 },
                              "com.acme.churn.bench.ScoreBenchmark.scoreBatch[batchSize=100]": { "min": 1000 }
                            }
                          }
                        """)
                .resource("/jmh/jmh-result.json", "target/jmh-result.json");

        assertThat(module.context().evaluate(rule).findings()).extracting(Finding::message)
                .containsExactly("com.acme.churn.bench.ScoreBenchmark.scoreOne is 0.412377, the contract allows at most 0.4");
    }

    @Test
    void fails_asking_for_thresholds_when_none_are_declared() {
        RuleHarness module = RuleHarness.in(dir).contractWith("""
                  "metrics": { "files": ["target/metrics.json"] }
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the contract declares no performance thresholds (metrics.thresholds)");
            assertThat(finding.hint()).contains("performance baselines and acceptance thresholds");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("\"metrics\""));
        });
    }

    @Test
    void fails_for_a_threshold_without_bounds_or_with_min_above_max() {
        RuleHarness module = module("""
                      "auc": { },
                      "recall": { "min": 0.9, "max": 0.6 }
                """, "{\"auc\": 0.9, \"recall\": 0.7}");

        assertThat(module.context().evaluate(rule).findings()).extracting(Finding::message).containsExactly(
                "the threshold for auc sets neither min nor max",
                "the threshold for recall has min 0.9 above max 0.6, which no value meets");
    }

    @Test
    void cannot_read_a_missing_metrics_file() {
        RuleHarness module = RuleHarness.in(dir).contractWith("""
                  "metrics": { "files": ["target/metrics.json"], "thresholds": { "auc": { "min": 0.85 } } }
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).contains("target/metrics.json does not exist");
    }

    @Test
    void cannot_read_metrics_without_metrics_files() {
        RuleHarness module = RuleHarness.in(dir).contractWith("""
                  "metrics": { "thresholds": { "auc": { "min": 0.85 } } }
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).isEqualTo("the contract names no metrics files (metrics.files)");
    }

    @Test
    void refuses_a_metrics_path_that_leaves_the_reactor_root_at_its_contract_line() {
        RuleHarness module = RuleHarness.in(dir.resolve("module")).contractWith("""
                  "metrics": {
                    "files": ["../../metrics.json"],
                    "thresholds": { "auc": { "min": 0.85 } }
                  }
                """);

        assertThatThrownBy(() -> module.context().evaluate(rule))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problem()).contains("leaves the project");
                    assertThat(e.location().orElseThrow().line()).isEqualTo(module.contractLine("../../metrics.json"));
                });
    }
}

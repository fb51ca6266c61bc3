package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.facts.Facts;
import dev.readiness.facts.MetricValues;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricValuesTest {

    @TempDir
    Path dir;

    @Test
    void reads_a_flat_object_of_numbers() {
        RuleHarness module = RuleHarness.in(dir).file("target/metrics.json", "{\"auc\": 0.91, \"p99LatencyMs\": 42}");

        Evidence<MetricValues> metrics = module.facts().metrics(List.of("target/metrics.json"));

        assertThat(metrics.value().values()).containsExactly(entry("auc", 0.91), entry("p99LatencyMs", 42.0));
        assertThat(metrics.value().source("auc")).contains(module.path("target/metrics.json"));
    }

    @Test
    void joins_nested_keys_with_dots_and_ignores_leaves_that_are_not_numbers() {
        RuleHarness module = RuleHarness.in(dir).file("target/metrics.json", """
                {"model": {"auc": 0.91, "name": "gbm-v3", "calibrated": true, "classes": [0, 1]},
                 "latency": {"ms": {"p50": 12, "p99": 48.5}},
                 "rows": null}
                """);

        MetricValues metrics = module.facts().metrics(List.of("target/metrics.json")).value();

        assertThat(metrics.values()).containsExactly(
                entry("latency.ms.p50", 12.0), entry("latency.ms.p99", 48.5), entry("model.auc", 0.91));
    }

    @Test
    void reads_jmh_results_keyed_by_benchmark_with_parameters_and_secondary_metrics() {
        RuleHarness module = RuleHarness.in(dir).resource("/jmh/jmh-result.json", "target/jmh-result.json");

        MetricValues metrics = module.facts().metrics(List.of("target/jmh-result.json")).value();

        assertThat(metrics.values()).containsExactly(
                entry("com.acme.churn.bench.ScoreBenchmark.scoreBatch[batchSize=100]", 1843.2718345),
                entry("com.acme.churn.bench.ScoreBenchmark.scoreBatch[batchSize=100]:·gc.alloc.rate", 412.9830911),
                entry("com.acme.churn.bench.ScoreBenchmark.scoreBatch[batchSize=100]:·gc.count", 58.0),
                entry("com.acme.churn.bench.ScoreBenchmark.scoreOne", 0.412377));
    }

    @Test
    void names_jmh_results_by_mode_when_one_benchmark_ran_in_several_modes() {
        RuleHarness module = RuleHarness.in(dir).file("target/jmh.json", """
                [{"benchmark": "a.B.run", "mode": "thrpt", "primaryMetric": {"score": 1000.0}},
                 {"benchmark": "a.B.run", "mode": "avgt", "primaryMetric": {"score": 0.001}}]
                """);

        MetricValues metrics = module.facts().metrics(List.of("target/jmh.json")).value();

        assertThat(metrics.values()).containsExactly(entry("a.B.run:avgt", 0.001), entry("a.B.run:thrpt", 1000.0));
    }

    @Test
    void merges_several_files() {
        RuleHarness module = RuleHarness.in(dir)
                .file("target/metrics.json", "{\"auc\": 0.91}")
                .resource("/jmh/jmh-result.json", "target/jmh-result.json");

        MetricValues metrics = module.facts().metrics(List.of("target/metrics.json", "target/jmh-result.json")).value();

        assertThat(metrics.values()).containsKeys("auc", "com.acme.churn.bench.ScoreBenchmark.scoreOne");
        assertThat(metrics.source("com.acme.churn.bench.ScoreBenchmark.scoreOne"))
                .contains(module.path("target/jmh-result.json"));
    }

    @Test
    void is_missing_with_the_file_when_a_metrics_file_does_not_exist() {
        RuleHarness module = RuleHarness.in(dir);

        Evidence<MetricValues> metrics = module.facts().metrics(List.of("target/metrics.json"));

        assertThat(metrics).isInstanceOfSatisfying(Evidence.Missing.class, missing -> {
            assertThat(missing.reason()).contains("target/metrics.json").contains("does not exist");
            assertThat(missing.location()).contains(Location.of(module.path("target/metrics.json")));
        });
    }

    @Test
    void is_missing_with_file_and_line_when_a_metrics_file_is_malformed() {
        RuleHarness module = RuleHarness.in(dir).file("target/metrics.json", "{\n  \"auc\": 0.91,\n  \"f1\": oops\n}\n");

        Evidence<MetricValues> metrics = module.facts().metrics(List.of("target/metrics.json"));

        assertThat(metrics).isInstanceOfSatisfying(Evidence.Missing.class, missing -> {
            assertThat(missing.reason()).contains("is not valid JSON");
            Location location = (Location) missing.location().orElseThrow();
            assertThat(location.file()).isEqualTo(module.path("target/metrics.json"));
            assertThat(location.line()).isEqualTo(3);
        });
    }

    @Test
    void is_missing_when_a_file_is_neither_an_object_nor_jmh_results() {
        RuleHarness module = RuleHarness.in(dir).file("target/metrics.json", "[0.91, 0.88]");

        Evidence<MetricValues> metrics = module.facts().metrics(List.of("target/metrics.json"));

        assertThat(metrics).isInstanceOfSatisfying(Evidence.Missing.class,
                missing -> assertThat(missing.reason()).contains("neither a JSON object of metrics nor JMH"));
    }

    @Test
    void is_missing_when_two_files_define_the_same_metric() {
        RuleHarness module = RuleHarness.in(dir)
                .file("target/a.json", "{\"auc\": 0.91}")
                .file("target/b.json", "{\"auc\": 0.90}");

        Evidence<MetricValues> metrics = module.facts().metrics(List.of("target/a.json", "target/b.json"));

        assertThat(metrics).isInstanceOfSatisfying(Evidence.Missing.class,
                missing -> assertThat(missing.reason()).contains("auc").contains("a.json").contains("b.json"));
    }

    @Test
    void is_missing_when_no_file_is_named() {
        assertThat(RuleHarness.in(dir).facts().metrics(List.of()).isPresent()).isFalse();
    }

    @Test
    void refuses_a_path_that_leaves_the_reactor_root() {
        RuleHarness module = RuleHarness.in(dir.resolve("module")).file("pom.xml", "<project/>");
        RuleHarness.in(dir).file("secrets/metrics.json", "{\"auc\": 1.0}");

        Evidence<MetricValues> metrics = module.facts().metrics(List.of("../secrets/metrics.json"));

        assertThat(metrics).isInstanceOfSatisfying(Evidence.Missing.class,
                missing -> assertThat(missing.reason()).contains("leaves the project"));
        assertThatThrownBy(() -> module.facts().workspace().resolve("../secrets/metrics.json", "metrics file", null))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void reads_each_list_of_files_once() {
        RuleHarness module = RuleHarness.in(dir).file("target/metrics.json", "{\"auc\": 0.91}");
        Facts facts = module.facts();

        Evidence<MetricValues> first = facts.metrics(List.of("target/metrics.json"));
        module.file("target/metrics.json", "{\"auc\": 0.5}");

        assertThat(facts.metrics(List.of("target/metrics.json"))).isSameAs(first);
    }

    @Test
    void formats_values_as_people_write_them() {
        assertThat(MetricValues.format(0.81)).isEqualTo("0.81");
        assertThat(MetricValues.format(50.0)).isEqualTo("50");
        assertThat(MetricValues.format(1843.2718345)).isEqualTo("1843.2718345");
    }
}

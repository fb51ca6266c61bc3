package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.facts.MetricValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {

    private static final LocalDate DAY_ONE = LocalDate.of(2025, 6, 1);
    private static final LocalDate DAY_TWO = LocalDate.of(2025, 6, 30);

    @TempDir
    Path dir;

    @Test
    void records_the_current_metrics_sorted_with_unix_line_ends() throws IOException {
        BaselineFile baseline = new BaselineFile(dir.resolve("readiness-baseline.json"));

        List<BaselineFile.Change> changes = baseline.record(metrics(Map.of("p99LatencyMs", 42.0, "auc", 0.91)), DAY_ONE);

        assertThat(Files.readString(baseline.file())).isEqualTo("""
                {
                  "baselineVersion": 1,
                  "recorded": "2025-06-01",
                  "metrics": {
                    "auc": 0.91,
                    "p99LatencyMs": 42.0
                  }
                }
                """);
        assertThat(changes).extracting(Object::toString).containsExactly("added auc = 0.91", "added p99LatencyMs = 42");
    }

    @Test
    void reads_back_what_it_recorded() throws IOException {
        BaselineFile baseline = new BaselineFile(dir.resolve("readiness-baseline.json"));
        baseline.record(metrics(Map.of("auc", 0.91, "f1", 0.8)), DAY_ONE);

        BaselineFile.Baseline read = baseline.read().value();

        assertThat(read.recorded()).isEqualTo(DAY_ONE);
        assertThat(read.metrics()).containsExactly(entry("auc", 0.91), entry("f1", 0.8));
    }

    @Test
    void reports_added_removed_and_changed_metrics_against_the_existing_file() throws IOException {
        BaselineFile baseline = new BaselineFile(dir.resolve("readiness-baseline.json"));
        baseline.record(metrics(Map.of("auc", 0.91, "f1", 0.8, "p99LatencyMs", 40.0)), DAY_ONE);

        List<BaselineFile.Change> changes = baseline.record(
                metrics(Map.of("auc", 0.86, "p99LatencyMs", 40.0, "recall", 0.7)), DAY_TWO);

        assertThat(changes).extracting(Object::toString).containsExactly(
                "changed auc: 0.91 -> 0.86 (-5.5%)",
                "removed f1 (was 0.8)",
                "added recall = 0.7");
        assertThat(baseline.read().value().recorded()).isEqualTo(DAY_TWO);
        assertThat(baseline.read().value().metrics()).containsOnlyKeys("auc", "p99LatencyMs", "recall");
    }

    @Test
    void leaves_the_file_alone_when_no_metric_changed() throws IOException {
        BaselineFile baseline = new BaselineFile(dir.resolve("readiness-baseline.json"));
        baseline.record(metrics(Map.of("auc", 0.91)), DAY_ONE);

        List<BaselineFile.Change> changes = baseline.record(metrics(Map.of("auc", 0.91)), DAY_TWO);

        assertThat(changes).isEmpty();
        assertThat(baseline.read().value().recorded()).isEqualTo(DAY_ONE);
    }

    @Test
    void writes_atomically_and_leaves_no_temporary_file() throws IOException {
        BaselineFile baseline = new BaselineFile(dir.resolve("readiness-baseline.json"));
        baseline.record(metrics(Map.of("auc", 0.91)), DAY_ONE);
        baseline.record(metrics(Map.of("auc", 0.93)), DAY_TWO);

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("readiness-baseline.json"));
        }
    }

    @Test
    void refuses_to_replace_a_file_that_is_not_a_baseline() throws IOException {
        Path file = dir.resolve("readiness-baseline.json");
        Files.writeString(file, "{\n  \"baselineVersion\": 1,\n  \"recorded\": \"yesterday\",\n  \"metrics\": {}\n}\n");
        BaselineFile baseline = new BaselineFile(file);

        assertThatThrownBy(() -> baseline.record(metrics(Map.of("auc", 0.91)), DAY_ONE))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problem()).contains("\"recorded\" must be a date");
                    assertThat(e.location().orElseThrow().line()).isEqualTo(3);
                });
        assertThat(Files.readString(file)).contains("yesterday");
    }

    @Test
    void is_missing_when_the_format_version_is_not_known() throws IOException {
        Path file = dir.resolve("readiness-baseline.json");
        Files.writeString(file, "{\"baselineVersion\": 2, \"recorded\": \"2025-06-01\", \"metrics\": {}}");

        assertThat(new BaselineFile(file).read()).isInstanceOfSatisfying(Evidence.Missing.class,
                missing -> assertThat(missing.reason()).contains("not a readiness baseline of version 1"));
    }

    @Test
    void relative_change_is_signed_and_infinite_from_zero() {
        assertThat(BaselineFile.relativeChange(0.9, 0.81)).isCloseTo(-0.1, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(BaselineFile.relativeChange(-2, -1)).isEqualTo(0.5);
        assertThat(BaselineFile.relativeChange(0, 1)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(BaselineFile.relativeChange(0, 0)).isZero();
    }

    private static MetricValues metrics(Map<String, Double> values) {
        return new MetricValues(new java.util.TreeMap<>(values), Map.of());
    }
}

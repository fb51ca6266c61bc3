package dev.readiness.readers;

import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.RuleResult;
import dev.readiness.core.Evidence;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.MetricValues;
import dev.readiness.facts.Workspace;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSON data files (metrics, schemas, samples, the baseline) that are broken or built to hurt. Each ends as missing
 * evidence with the file, the line where the parser knows one, and a fix; the rules reading it FAIL with that reason;
 * nothing throws, overflows the stack or runs out of memory.
 */
class HostileJsonTest {

    @TempDir
    Path dir;

    static Stream<Arguments> hostileFiles() {
        return Stream.of(
                hostile("random bytes", () -> random(4096)),
                hostile("invalid UTF-8", () -> new byte[] {'{', '"', 'a', '"', ':', ' ', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}),
                hostile("an empty file", () -> new byte[0]),
                hostile("only whitespace", () -> text(" \n\t\n")),
                hostile("100,000 nested arrays", () -> text("[".repeat(100_000) + "]".repeat(100_000))),
                hostile("100,000 nested objects", () -> text("{\"a\":".repeat(100_000) + "1" + "}".repeat(100_000))),
                hostile("a string of 21 million characters", () -> text("{\"auc\": \"" + "x".repeat(21_000_000) + "\"}")),
                hostile("a number of 5,000 digits", () -> text("{\"auc\": " + "9".repeat(5_000) + "}")),
                hostile("a key of 100,000 characters", () -> text("{\"" + "k".repeat(100_000) + "\": 1}")),
                hostile("duplicate keys", () -> text("{\"auc\": 0.9,\n \"auc\": 0.1}")),
                hostile("a trailing comma", () -> text("{\"auc\": 0.9,}")),
                hostile("a comment", () -> text("// metrics\n{\"auc\": 0.9}")),
                hostile("two documents", () -> text("{\"auc\": 0.9} {\"auc\": 0.1}")),
                hostile("NaN", () -> text("{\"auc\": NaN}")),
                hostile("truncated", () -> text("{\"auc\": 0.9, \"latency\": {\"p99")));
    }

    private static Arguments hostile(String name, Supplier<byte[]> content) {
        return Arguments.of(name, content);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void a_hostile_json_file_is_missing_evidence_with_file_and_fix(String name, Supplier<byte[]> content) throws IOException {
        Workspace workspace = new Workspace(dir, dir, dir.resolve("target"));
        Path file = Files.write(dir.resolve("data.json"), content.get());

        Evidence<JsonFile> json = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30),
                () -> JsonFiles.read(workspace, file));

        assertOneParagraph(json, file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void a_hostile_metrics_file_or_baseline_is_missing_evidence(String name, Supplier<byte[]> content) throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Path file = Files.write(dir.resolve("target/metrics.json"), content.get());
        Facts facts = RuleHarness.in(dir).facts();

        assertOneParagraph(facts.metrics(List.of("target/metrics.json")), file);
        assertOneParagraph(new BaselineFile(file).read(), file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void a_hostile_schema_or_sample_fails_its_rule_with_the_file(String name, Supplier<byte[]> content) {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1,
                 "schemas": [
                   {"name": "request", "role": "input", "schema": "schemas/hostile.schema.json"},
                   {"name": "response", "role": "output", "schema": "schemas/response.schema.json",
                    "samples": {"valid": ["samples/*.json"]}}]}
                """)
                .file("schemas/hostile.schema.json", content.get())
                .file("schemas/response.schema.json", "{\"type\": \"object\"}")
                .file("samples/hostile.json", content.get());

        Report report = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> project.check());

        RuleResult declared = result(report, "schemas.declared");
        assertThat(declared.status()).isEqualTo(Status.FAIL);
        assertThat(declared.findings()).anySatisfy(f -> assertThat(f.message()).contains("hostile.schema.json"));
        RuleResult samples = result(report, "schemas.samples");
        assertThat(samples.status()).isEqualTo(Status.FAIL);
        assertThat(samples.findings()).anySatisfy(f -> assertThat(f.message() + f.location()).contains("hostile.json"));
        assertThat(report.results()).allSatisfy(r -> assertThat(r.message()).doesNotContain("the rule crashed"));
    }

    @Test
    void a_directory_where_a_data_file_should_be_is_missing_evidence() throws IOException {
        Path metrics = Files.createDirectories(dir.resolve("target/metrics.json"));
        Facts facts = RuleHarness.in(dir).facts();

        Evidence<MetricValues> read = facts.metrics(List.of("target/metrics.json"));

        assertThat(missing(read).reason()).contains(metrics.toString(), "directory");
        assertThat(new BaselineFile(metrics).read().isPresent()).isFalse();
        assertThat(missing(JsonFiles.read(facts.workspace(), metrics)).reason()).contains("is a directory");
    }

    @Test
    void a_directory_where_the_baseline_should_be_fails_the_rule_instead_of_skipping_it() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1,
                 "metrics": {"files": ["target/metrics.json"], "thresholds": {"auc": {"min": 0.5}},
                             "baseline": "readiness-baseline.json"}}
                """)
                .file("target/metrics.json", "{\"auc\": 0.9}")
                .directory("readiness-baseline.json");

        RuleResult baseline = result(project.check(), "performance.baseline");

        assertThat(baseline.status()).isEqualTo(Status.FAIL);
        assertThat(baseline.message()).contains("readiness-baseline.json is a directory, not a baseline");
    }

    @Test
    void a_metric_beyond_the_range_of_a_number_is_missing_evidence_naming_it() throws IOException {
        Files.createDirectories(dir.resolve("target"));
        Path file = Files.writeString(dir.resolve("target/metrics.json"), "{\"auc\": 0.9,\n \"p99\": 1e999}");

        Evidence<MetricValues> read = RuleHarness.in(dir).facts().metrics(List.of("target/metrics.json"));

        Evidence.Missing<?> missing = missing(read);
        assertThat(missing.reason()).contains("p99", file.toString());
        assertThat(missing.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(2));
    }

    @Test
    void a_baseline_with_an_invalid_date_or_wrong_types_names_the_line() throws IOException {
        Path date = Files.writeString(dir.resolve("date.json"),
                "{\"baselineVersion\": 1,\n \"recorded\": \"2026-02-30\",\n \"metrics\": {}}");
        Path type = Files.writeString(dir.resolve("type.json"),
                "{\"baselineVersion\": 1,\n \"recorded\": \"2026-02-03\",\n \"metrics\": {\n  \"auc\": \"high\"}}");

        Evidence.Missing<?> invalidDate = missing(new BaselineFile(date).read());
        Evidence.Missing<?> wrongType = missing(new BaselineFile(type).read());

        assertThat(invalidDate.reason()).contains("\"recorded\" must be a date YYYY-MM-DD");
        assertThat(invalidDate.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(2));
        assertThat(wrongType.reason()).contains("\"auc\" is not a number");
        assertThat(wrongType.location()).hasValueSatisfying(at -> assertThat(at.line()).isEqualTo(4));
    }

    /** Missing evidence that names the file, says how to fix it, and is one paragraph, not a stack trace. */
    private static void assertOneParagraph(Evidence<?> evidence, Path file) {
        Evidence.Missing<?> missing = missing(evidence);
        assertThat(missing.reason() + missing.location()).contains(file.toString());
        assertThat(missing.hint()).isNotBlank();
        assertThat(missing.reason()).doesNotContain("\tat ", "Exception", "\n").hasSizeLessThan(1000);
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static Evidence.Missing<?> missing(Evidence<?> evidence) {
        assertThat(evidence).isInstanceOf(Evidence.Missing.class);
        return (Evidence.Missing<?>) evidence;
    }
}

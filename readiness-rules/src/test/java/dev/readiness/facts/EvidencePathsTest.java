package dev.readiness.facts;

import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Evidence;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Evidence paths a contract names (schemas, samples, metrics, the baseline, required files, the README, the coverage
 * report) must stay inside the repository being checked: climbing out, absolute paths and links leading out are
 * refused with the contract's line, and nothing of the file outside is read into a report. Link loops and unreadable
 * files end as clear findings.
 */
class EvidencePathsTest {

    private static final String SECRET = "root-owned-secret-7d2f";

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../../outside/evidence.json", "ABSOLUTE"})
    void every_evidence_path_that_leaves_the_repository_is_refused_with_the_contract_line(String given) throws IOException {
        Path outside = outsideFile();
        String path = given.equals("ABSOLUTE") ? outside.toString() : given;
        RuleHarness project = RuleHarness.in(dir.resolve("repo")).module("app").contract("""
                {"contract": 1,
                 "schemas": [
                   {"name": "request", "role": "input", "schema": "%1$s",
                    "samples": {"valid": ["%1$s"]}},
                   {"name": "response", "role": "output", "schema": "%1$s"}],
                 "metrics": {"files": ["%1$s"], "thresholds": {"auc": {"min": 0.5}}, "baseline": "%1$s"},
                 "rules": {
                   "structure.required-files": {"files": ["%1$s"]},
                   "documentation.readme": {"severity": "error", "file": "%1$s"},
                   "coverage.overall": {"report": "%1$s"}}}
                """.formatted(path));

        Report report = project.check();

        String problem = given.equals("ABSOLUTE") ? "is absolute" : "leaves the project";
        for (String rule : List.of("schemas.declared", "performance.thresholds", "performance.baseline",
                "structure.required-files", "documentation.readme", "coverage.overall")) {
            RuleResult result = result(report, rule);
            assertThat(result.status()).as(rule).isEqualTo(Status.FAIL);
            assertThat(result.findings()).as(rule).anySatisfy(finding -> {
                assertThat(finding.message()).contains(path, problem);
                assertThat(finding.location()).hasValueSatisfying(at -> {
                    assertThat(at.file()).isEqualTo(project.contractFile());
                    assertThat(at.line()).isPositive();
                });
            });
        }
        RuleResult samples = result(report, "schemas.samples");
        assertThat(samples.status()).isEqualTo(Status.FAIL);
        assertThat(everything(report)).doesNotContain(SECRET);
    }

    @Test
    void a_sample_glob_that_climbs_out_is_refused_not_silently_empty() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1,
                 "schemas": [{"name": "request", "role": "input", "schema": "request.schema.json",
                              "samples": {"valid": ["samples/*.json", "../**/*.json", "C:/data/*.json"],
                                          "invalid": ["/etc/*", "d:\\\\samples\\\\*.json", "x:y/*.json", "E:/a\\nb/*.json"]}}]}
                """)
                .file("request.schema.json", "{\"type\": \"object\"}")
                .file("samples/ok.json", "{}");

        List<String> messages = result(project.check(), "schemas.samples").findings().stream().map(Finding::message).toList();

        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'../**/*.json' climbs out of the module"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'/etc/*' is absolute"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'C:/data/*.json' is absolute"));
        assertThat(messages).anySatisfy(m -> assertThat(m).contains("'d:\\samples\\*.json' is absolute"));
        assertThat(messages).noneSatisfy(m -> assertThat(m).contains("'x:y/*.json' is absolute"));
        // A drive path is absolute whatever it holds after the drive, a line break too.
        assertThat(messages).filteredOn(m -> m.contains("E:/a")).singleElement().asString().contains("is absolute");
    }

    @Test
    void a_link_inside_the_repository_that_leads_out_is_refused_and_never_read() throws IOException {
        Path outside = outsideFile();
        RuleHarness project = RuleHarness.in(dir.resolve("repo")).contract("""
                {"contract": 1,
                 "schemas": [{"name": "request", "role": "input", "schema": "schemas/linked.schema.json",
                              "samples": {"valid": ["samples/*.json"]}},
                             {"name": "response", "role": "output", "schema": "schemas/response.schema.json",
                              "samples": {"valid": ["samples/*.json"]}}],
                 "metrics": {"files": ["target/metrics.json"], "thresholds": {"auc": {"min": 0.5}}}}
                """)
                .file("schemas/response.schema.json", "{\"type\": \"object\"}")
                .directory("samples")
                .directory("target");
        Files.createSymbolicLink(project.path("schemas/linked.schema.json"), outside);
        Files.createSymbolicLink(project.path("samples/linked.json"), outside);
        Files.createSymbolicLink(project.path("target/metrics.json"), outside);

        Report report = project.check();

        assertThat(result(report, "schemas.declared").findings())
                .anySatisfy(f -> assertThat(f.message()).contains("linked.schema.json", "symbolic link"));
        assertThat(result(report, "schemas.samples").findings())
                .anySatisfy(f -> assertThat(f.message()).contains("linked.json", "symbolic link"));
        assertThat(result(report, "performance.thresholds").findings())
                .anySatisfy(f -> assertThat(f.message()).contains("metrics.json", "symbolic link"));
        assertThat(everything(report)).doesNotContain(SECRET);
    }

    @Test
    void a_schema_reference_to_a_link_leading_out_is_not_loaded() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("definitions.json");
        Files.writeString(outside, "{\"type\": \"object\", \"description\": \"" + SECRET + "\"}");
        RuleHarness project = RuleHarness.in(dir.resolve("repo")).contract("""
                {"contract": 1,
                 "schemas": [{"name": "request", "role": "input", "schema": "schemas/request.schema.json"}]}
                """)
                .file("schemas/request.schema.json", "{\"$ref\": \"linked.json\"}");
        Files.createSymbolicLink(project.path("schemas/linked.json"), outside);

        Report report = project.check();

        RuleResult declared = result(report, "schemas.declared");
        assertThat(declared.findings()).anySatisfy(f -> assertThat(f.message()).contains("request.schema.json", "cannot be compiled"));
        assertThat(everything(report)).doesNotContain(SECRET);
    }

    @Test
    void a_link_to_a_device_in_the_resources_is_not_read() throws IOException {
        Path devZero = Path.of("/dev/zero");
        assumeTrue(Files.exists(devZero), "needs /dev/zero");
        RuleHarness project = RuleHarness.in(dir).directory("src/main/resources")
                .file("src/main/resources/application.properties", "password=hunter2\n");
        Files.createSymbolicLink(project.path("src/main/resources/zero.properties"), devZero);

        Report report = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> project.check());

        assertThat(result(report, "configuration.no-secrets").findings())
                .extracting(Finding::message).containsExactly("a literal value for \"password\" (value not shown)");
    }

    @Test
    void link_loops_in_the_module_tree_end_the_walk() throws IOException {
        RuleHarness project = RuleHarness.in(dir).file("src/main/java/App.java", "class App {}")
                .file("notebooks/explore.ipynb", "{}");
        Files.createSymbolicLink(project.path("src/main/java/loop"), project.path("src"));
        Files.createSymbolicLink(project.path("self"), project.path("self"));
        Files.createSymbolicLink(project.path("a"), project.path("b"));
        Files.createSymbolicLink(project.path("b"), project.path("a"));

        Evidence<List<String>> files = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> project.facts().workspace().moduleFiles());
        Report report = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> project.check());

        assertThat(files.value()).contains("src/main/java/App.java", "src/main/java/loop", "self", "a", "b");
        assertThat(result(report, "structure.forbidden-files").findings())
                .extracting(Finding::message).singleElement().asString().contains("notebooks/explore.ipynb");
    }

    @Test
    void a_schema_that_is_a_link_loop_is_a_clear_finding() throws IOException {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1,
                 "schemas": [{"name": "request", "role": "input", "schema": "loop.schema.json"}]}
                """);
        Files.createSymbolicLink(project.path("loop.schema.json"), project.path("loop.schema.json"));

        RuleResult declared = result(project.check(), "schemas.declared");

        assertThat(declared.status()).isEqualTo(Status.FAIL);
        assertThat(declared.findings()).anySatisfy(f -> assertThat(f.message()).contains("loop.schema.json"));
    }

    @Test
    void unreadable_evidence_is_a_finding_naming_the_file() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads files whatever their mode");
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1,
                 "schemas": [{"name": "request", "role": "input", "schema": "request.schema.json",
                              "samples": {"valid": ["samples/*.json"]}}],
                 "metrics": {"files": ["target/metrics.json"], "thresholds": {"auc": {"min": 0.5}}}}
                """)
                .file("request.schema.json", "{\"type\": \"object\"}")
                .file("samples/locked.json", "{}")
                .file("target/metrics.json", "{\"auc\": 0.9}")
                .file("src/main/resources/locked.properties", "a=b\n");
        for (String file : List.of("samples/locked.json", "target/metrics.json", "src/main/resources/locked.properties")) {
            Files.setPosixFilePermissions(project.path(file), PosixFilePermissions.fromString("---------"));
        }

        Report report = project.check();

        assertThat(result(report, "schemas.samples").findings())
                .anySatisfy(f -> assertThat(f.message()).contains("locked.json", "permission denied"));
        assertThat(result(report, "performance.thresholds").message()).contains("metrics.json", "permission denied");
        assertThat(result(report, "configuration.no-secrets").message()).contains("locked.properties", "permission denied");
    }

    private Path outsideFile() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside")).resolve("evidence.json");
        Files.writeString(outside, "{\"" + SECRET + "\": 1}");
        return outside;
    }

    private static String everything(Report report) {
        return report.results().stream()
                .map(r -> r.message() + "\n" + r.findings().stream()
                        .map(f -> f.message() + " " + f.hint() + " " + f.location()).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}

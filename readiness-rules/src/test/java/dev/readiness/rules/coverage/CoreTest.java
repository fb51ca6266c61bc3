package dev.readiness.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.testing.EvidenceProject;
import dev.readiness.testing.JacocoReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreTest {

    private static final String MODEL = "{\"include\": [\"com.acme.churn.model.**\"]}";

    @TempDir
    Path dir;

    @Test
    void fails_when_the_contract_declares_no_core_paths() {
        RuleResult result = EvidenceProject.in(dir).sampleReports().check(new Core());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("declare the core logic paths: rules.coverage.core.include is empty");
        assertThat(result.findings().get(0).hint()).contains("\"include\": [\"com.acme.model.**\"]");
    }

    @Test
    void lists_each_core_class_of_the_real_sample_below_a_threshold_with_its_ratios() {
        RuleResult result = EvidenceProject.in(dir).sampleReports().rule("coverage.core", MODEL).check(new Core());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.findings()).extracting(Finding::message).containsExactly(
                "com.acme.churn.model.Scorer: line coverage is 0.75 (9 of 12 lines), the contract requires at least 0.90; "
                        + "branch coverage is 0.58 (7 of 12 branches), the contract requires at least 0.80",
                "com.acme.churn.model.Features: line coverage is 0.33 (1 of 3 lines), the contract requires at least 0.90; "
                        + "branch coverage is 0.50 (1 of 2 branches), the contract requires at least 0.80");
        assertThat(result.findings().get(0).hint())
                .isEqualTo("add tests for Scorer; the lines and branches they miss are marked in target/site/jacoco/index.html");
    }

    @Test
    void passes_when_every_core_class_reaches_exactly_the_thresholds() {
        RuleResult result = EvidenceProject.in(dir)
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Scorer", 9, 10, 8, 10).type("com.acme.churn.io.Csv", 0, 10, 0, 4))
                .rule("coverage.core", MODEL).check(new Core());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("1 core class matching [com.acme.churn.model.**] reaches 0.90 line and 0.80 branch coverage");
    }

    @Test
    void a_class_without_branches_is_judged_on_lines_alone() {
        RuleResult result = EvidenceProject.in(dir)
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Features", 10, 10, 0, 0))
                .rule("coverage.core", MODEL).check(new Core());

        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void takes_the_thresholds_the_contract_sets() {
        RuleResult result = EvidenceProject.in(dir)
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Scorer", 8, 10, 5, 10))
                .rule("coverage.core", "{\"include\": [\"com.acme.churn.model.*\"], \"line\": 0.8, \"branch\": 0.5}")
                .check(new Core());

        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void places_a_finding_on_the_class_source_when_the_module_has_it() {
        RuleResult result = EvidenceProject.in(dir)
                .file("src/main/java/com/acme/churn/model/Scorer.java", "class Scorer {}")
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Scorer", 1, 10, 0, 0).type("com.acme.churn.model.Gone", 1, 10, 0, 0))
                .rule("coverage.core", MODEL).check(new Core());

        assertThat(result.findings()).extracting(f -> f.location().orElseThrow()).containsExactly(
                Location.of(dir.resolve("src/main/java/com/acme/churn/model/Scorer.java")),
                Location.of(dir.resolve("target/site/jacoco/jacoco.xml")));
    }

    @Test
    void fails_when_no_class_matches_include_naming_classes_the_report_has() {
        RuleResult result = EvidenceProject.in(dir).sampleReports()
                .rule("coverage.core", "{\"include\": [\"com.acme.scoring.**\"]}").check(new Core());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo(
                "no class in target/site/jacoco/jacoco.xml matches rules.coverage.core.include [com.acme.scoring.**]");
        assertThat(result.findings().get(0).hint()).endsWith(
                "the report has com.acme.churn.io.CsvReader, com.acme.churn.model.Scorer, com.acme.churn.model.Features$Row");
        assertThat(result.findings().get(0).location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(1));
    }

    @Test
    void lists_at_most_50_classes_then_how_many_more() {
        JacocoReport report = JacocoReport.of();
        for (int i = 0; i < 60; i++) {
            report.type("com.acme.churn.model.C" + i, 1, 10, 0, 0);
        }

        RuleResult result = EvidenceProject.in(dir).jacoco(report).rule("coverage.core", MODEL).check(new Core());

        assertThat(result.findings()).hasSize(51);
        assertThat(result.findings().get(50).message()).isEqualTo("and 10 more core classes below the thresholds");
    }

    @Test
    void fails_when_the_report_is_missing() {
        RuleResult result = EvidenceProject.in(dir).rule("coverage.core", MODEL).check(new Core());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("cannot read its evidence: no JaCoCo coverage report at ");
    }

    @Test
    void rejects_include_written_as_one_string() {
        assertThatThrownBy(() -> EvidenceProject.in(dir).rule("coverage.core", "{\"include\": \"com.acme.**\"}").check(new Core()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.coverage.core.include\" must be an array, found \"com.acme.**\"");
    }

    @Test
    void rejects_a_threshold_above_one() {
        assertThatThrownBy(() -> EvidenceProject.in(dir).rule("coverage.core", "{\"include\": [\"a.**\"], \"branch\": 1.5}")
                .check(new Core()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.coverage.core.branch\" must be a ratio from 0 to 1");
    }
}

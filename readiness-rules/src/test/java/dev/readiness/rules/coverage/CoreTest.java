package dev.readiness.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.testing.JacocoReport;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoreTest {

    private static final String MODEL = "{\"include\": [\"com.acme.churn.model.**\"]}";

    @TempDir
    Path dir;

    @Test
    void fails_when_the_contract_declares_no_core_paths() {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports().result(new Core());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("declare the core logic paths: rules.coverage.core.include is empty");
        assertThat(result.findings().get(0).hint()).contains("\"include\": [\"com.acme.model.**\"]");
    }

    @Test
    void lists_each_core_class_of_the_real_sample_below_a_threshold_with_its_ratios() {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports().rule("coverage.core", MODEL).result(new Core());

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
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Scorer", 9, 10, 8, 10).type("com.acme.churn.io.Csv", 0, 10, 0, 4))
                .rule("coverage.core", MODEL).result(new Core());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("1 core class matching [com.acme.churn.model.**] reaches 0.90 line and 0.80 branch coverage");
    }

    @Test
    void a_class_without_branches_is_judged_on_lines_alone() {
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Features", 10, 10, 0, 0))
                .rule("coverage.core", MODEL).result(new Core());

        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void takes_the_thresholds_the_contract_sets() {
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Scorer", 8, 10, 5, 10))
                .rule("coverage.core", "{\"include\": [\"com.acme.churn.model.*\"], \"line\": 0.8, \"branch\": 0.5}")
                .result(new Core());

        assertThat(result.status()).isEqualTo(Status.PASS);
    }

    @Test
    void places_a_finding_on_the_class_source_when_the_module_has_it() {
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .file("src/main/java/com/acme/churn/model/Scorer.java", "class Scorer {}")
                .jacoco(JacocoReport.of().type("com.acme.churn.model.Scorer", 1, 10, 0, 0).type("com.acme.churn.model.Gone", 1, 10, 0, 0))
                .rule("coverage.core", MODEL).result(new Core());

        assertThat(result.findings()).extracting(f -> f.location().orElseThrow()).containsExactly(
                Location.of(dir.resolve("src/main/java/com/acme/churn/model/Scorer.java")),
                Location.of(dir.resolve("target/site/jacoco/jacoco.xml")));
    }

    @Test
    void fails_when_no_class_matches_include_naming_classes_the_report_has() {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports()
                .rule("coverage.core", "{\"include\": [\"com.acme.scoring.**\"]}").result(new Core());

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

        RuleResult result = RuleHarness.in(dir).withMainSource().jacoco(report).rule("coverage.core", MODEL).result(new Core());

        assertThat(result.findings()).hasSize(51);
        assertThat(result.findings().get(50).message()).isEqualTo("and 10 more core classes below the thresholds");
    }

    @Test
    void fails_when_the_report_is_missing() {
        RuleResult result = RuleHarness.in(dir).withMainSource().rule("coverage.core", MODEL).result(new Core());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("cannot read its evidence: no JaCoCo coverage report at ");
    }

    @Test
    void rejects_include_written_as_one_string() {
        assertThatThrownBy(() -> RuleHarness.in(dir).withMainSource().rule("coverage.core", "{\"include\": \"com.acme.**\"}").result(new Core()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.coverage.core.include\" must be an array, found \"com.acme.**\"");
    }

    @Test
    void rejects_a_threshold_above_one() {
        assertThatThrownBy(() -> RuleHarness.in(dir).withMainSource().rule("coverage.core", "{\"include\": [\"a.**\"], \"branch\": 1.5}")
                .result(new Core()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.coverage.core.branch\" must be a ratio from 0 to 1");
    }

    @Test
    void judges_a_class_with_its_anonymous_and_inner_classes_together() {
        // Evaluator 9 of 10 lines, its three lambdas-turned-anonymous classes 3 lines each, one of them untested.
        RuleResult result = RuleHarness.in(dir).withMainSource().rule("coverage.core", "{\"include\": [\"com.acme.model.**\"], \"branch\": 0}")
                .jacoco(JacocoReport.of().type("com.acme.model.Evaluator", 9, 10, 0, 0)
                        .type("com.acme.model.Evaluator$1", 3, 3, 0, 0)
                        .type("com.acme.model.Evaluator$2", 3, 3, 0, 0)
                        .type("com.acme.model.Evaluator$3", 0, 3, 0, 0)
                        .type("com.acme.model.Evaluator$Weights$1", 2, 2, 0, 0))
                .result(new Core());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("com.acme.model.Evaluator: line coverage is 0.80 (17 of 21 lines), "
                    + "the contract requires at least 0.90");
            assertThat(finding.subject()).isEqualTo("com.acme.model.Evaluator");
        });
    }

    @Test
    void passes_when_the_class_and_its_inner_classes_together_reach_the_threshold() {
        RuleResult result = RuleHarness.in(dir).withMainSource().rule("coverage.core", "{\"include\": [\"com.acme.model.Evaluator\"]}")
                .jacoco(JacocoReport.of().type("com.acme.model.Evaluator", 18, 18, 8, 8)
                        .type("com.acme.model.Evaluator$1", 0, 1, 0, 0)
                        .type("com.acme.model.EvaluatorFactory", 0, 10, 0, 0))
                .result(new Core());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).startsWith("1 core class matching [com.acme.model.Evaluator] reaches");
    }

    @Test
    void is_not_applicable_to_a_module_without_any_code() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode().rule("coverage.core", MODEL).result(new Core());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).startsWith("not applicable: the module has no code to test");
    }
}

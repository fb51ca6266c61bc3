package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.readiness.api.RuleResult;
import dev.readiness.core.Gate;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Engine;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-product rules are registered like any other and end with the statuses the catalogue promises. */
class DataProductRulesEngineTest {

    private static final List<String> IDS =
            List.of("schemas.declared", "schemas.samples", "performance.thresholds", "performance.baseline");

    @TempDir
    Path dir;

    @Test
    void registers_the_schema_and_performance_rules_through_the_service_loader() {
        RuleRegistry registry = RuleRegistry.load(getClass().getClassLoader());

        assertThat(IDS).allSatisfy(id -> assertThat(registry.rule(id)).isPresent());
        assertThat(registry.rule("performance.baseline").orElseThrow().descriptor().defaultSeverity()).isEqualTo(Severity.WARN);
    }

    @Test
    void a_contract_without_schemas_or_metrics_fails_and_skips_the_baseline() {
        RuleHarness module = RuleHarness.in(dir).contractWith("");

        Report report = new Engine(RuleRegistry.load(getClass().getClassLoader()))
                .evaluate(module.loadContract(), module.facts(), Gate.DEFAULT, "test", RuleHarness.TODAY);

        assertThat(report.results()).filteredOn(r -> IDS.contains(r.rule()))
                .extracting(RuleResult::rule, RuleResult::status)
                .containsExactly(
                        tuple("schemas.declared", Status.FAIL),
                        tuple("schemas.samples", Status.SKIPPED),
                        tuple("performance.thresholds", Status.FAIL),
                        tuple("performance.baseline", Status.SKIPPED));
    }

    @Test
    void an_escaping_metrics_path_is_that_rules_failure_with_the_contract_line() {
        RuleHarness module = RuleHarness.in(dir.resolve("module")).contractWith("""
                  "metrics": {
                    "files": ["../../metrics.json"],
                    "thresholds": { "auc": { "min": 0.85 } }
                  }
                """);

        Report report = new Engine(RuleRegistry.load(getClass().getClassLoader()))
                .evaluate(module.loadContract(), module.facts(), Gate.DEFAULT, "test", RuleHarness.TODAY);

        RuleResult thresholds = report.results().stream().filter(r -> r.rule().equals("performance.thresholds"))
                .findFirst().orElseThrow();
        assertThat(thresholds.status()).isEqualTo(Status.FAIL);
        assertThat(thresholds.findings()).singleElement().satisfies(finding ->
                assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("../../metrics.json")));
    }
}

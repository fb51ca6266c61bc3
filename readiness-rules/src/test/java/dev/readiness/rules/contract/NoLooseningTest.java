package dev.readiness.rules.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoLooseningTest {

    private static final String POLICY = """
            {
              "contract": 1,
              "rules": {
                "structure.metadata": "error",
                "coverage.overall": { "line": 0.8 },
                "structure.artifact-size": { "maxBytes": 1000 },
                "structure.forbidden-files": { "patterns": ["**/*.ipynb", "**/*.pyc"] },
                "dependencies.no-snapshots": { "always": true }
              },
              "metrics": { "thresholds": { "auc": { "min": 0.85 }, "p99Ms": { "max": 50 } }, "maxRegression": 0.05 }
            }
            """;

    @TempDir
    Path dir;

    private final NoLoosening rule = new NoLoosening();

    private RuleHarness project(String contractBody) {
        return RuleHarness.in(dir).file("policy.json", POLICY)
                .contract("{\n  \"contract\": 1,\n  \"extends\": \"policy.json\",\n" + contractBody + "\n}\n");
    }

    @Test
    void does_not_apply_to_a_contract_that_extends_nothing() {
        Outcome outcome = RuleHarness.in(dir).contract("{\"contract\": 1}").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
    }

    @Test
    void holds_when_the_contract_only_tightens() {
        Outcome outcome = project("""
                  "rules": {
                    "coverage.overall": { "line": 0.9, "branch": 0.6 },
                    "structure.artifact-size": { "maxBytes": 500 },
                    "structure.forbidden-files": { "patterns": ["**/*.ipynb", "**/*.pyc", "**/*.parquet"] }
                  },
                  "metrics": { "thresholds": { "auc": { "min": 0.9 } }, "maxRegression": 0.01 }""").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void reports_a_weaker_severity_with_both_files_and_the_line() {
        RuleHarness project = project("""
                  "rules": { "structure.metadata": "warn" }""");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the severity of structure.metadata is warn, weaker than error "
                    + "in policy.json (loosened by readiness.json)");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(4);
            assertThat(finding.hint()).contains("waiver for contract.no-loosening");
        });
    }

    @Test
    void turning_a_rule_off_is_a_weaker_severity() {
        Outcome outcome = project("""
                  "rules": { "structure.metadata": "off" }""").evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message)
                .singleElement().asString().startsWith("the severity of structure.metadata is off, weaker than error");
    }

    @Test
    void reports_a_lower_minimum_and_a_higher_maximum() {
        Outcome outcome = project("""
                  "rules": {
                    "coverage.overall": { "line": 0.6 },
                    "structure.artifact-size": { "maxBytes": 2000 }
                  }""").evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "rules.structure.artifact-size.maxBytes is 2000, higher than 1000 in policy.json (loosened by readiness.json)",
                "rules.coverage.overall.line is 0.6, lower than 0.8 in policy.json (loosened by readiness.json)");
    }

    @Test
    void reports_a_removed_pattern() {
        Outcome outcome = project("""
                  "rules": { "structure.forbidden-files": { "patterns": ["**/*.ipynb"] } }""").evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "rules.structure.forbidden-files.patterns drops **/*.pyc, required in policy.json (loosened by readiness.json)");
    }

    @Test
    void a_rule_nothing_below_mentions_may_be_set_freely() {
        Outcome outcome = project("""
                  "rules": { "documentation.failure-modes": { "min": 0 }, "configuration.environment": "off" }""")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void reports_a_release_only_rule_no_longer_run_always() {
        Outcome outcome = project("""
                  "rules": { "dependencies.no-snapshots": { "always": false } }""").evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).singleElement().asString()
                .startsWith("dependencies.no-snapshots no longer runs in every build");
    }

    @Test
    void reports_loosened_metric_thresholds_and_regression() {
        Outcome outcome = project("""
                  "metrics": { "thresholds": { "auc": { "min": 0.7 }, "p99Ms": { "max": 80 } }, "maxRegression": 0.2 }""")
                .evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "the threshold auc.min is 0.7, lower than 0.85 in policy.json (loosened by readiness.json)",
                "the threshold p99Ms.max is 80, higher than 50 in policy.json (loosened by readiness.json)",
                "metrics.maxRegression is 0.2, higher than 0.05 in policy.json (loosened by readiness.json)");
    }

    @Test
    void a_waiver_for_the_rule_allows_the_loosening() {
        Report report = project("""
                  "rules": { "structure.metadata": "warn" },
                  "waivers": [ { "rule": "contract.no-loosening", "reason": "metadata arrives with the release, ML-7",
                                 "owner": "ml-platform@acme.example", "expires": "2026-07-01" } ]""").check();

        assertThat(RuleHarness.result(report, "contract.no-loosening").status()).isEqualTo(Status.WAIVED);
    }
}

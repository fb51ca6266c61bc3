package dev.readiness.rules.environment;

import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.RuleResult;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.testing.PomEnvironment;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentRulesEngineTest {

    private static final List<String> RULES = List.of("environment.java", "environment.maven", "environment.container",
            "environment.reproducible");

    @TempDir
    Path dir;

    @Test
    void the_environment_rules_are_off_for_a_contract_of_format_1() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 1}");
        project.with(PomEnvironment.in(project)::applyTo);

        Report report = project.check();

        for (String rule : RULES) {
            RuleResult result = result(report, rule);
            assertThat(result.status()).as(rule).isEqualTo(Status.SKIPPED);
            assertThat(result.message()).as(rule).startsWith("turned off: new in contract format 2, off for a contract of format 1");
        }
    }

    @Test
    void a_contract_of_format_1_may_turn_one_on() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 1, \"rules\": {\"environment.reproducible\": \"error\"}}");
        project.with(PomEnvironment.in(project)::applyTo);

        Report report = project.check();

        assertThat(result(report, "environment.reproducible").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "environment.java").status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void a_contract_of_format_2_runs_them() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 2}");
        project.with(PomEnvironment.in(project).release("17", 10).outputTimestamp("2026-01-01T00:00:00Z", 11)::applyTo);

        Report report = project.check();

        assertThat(result(report, "environment.java").status()).isEqualTo(Status.PASS);
        assertThat(result(report, "environment.reproducible").status()).isEqualTo(Status.PASS);
        assertThat(result(report, "environment.maven").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "environment.container").status()).isEqualTo(Status.SKIPPED);
    }
}

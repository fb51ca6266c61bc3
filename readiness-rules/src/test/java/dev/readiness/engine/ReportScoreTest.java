package dev.readiness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.RuleResult;
import dev.readiness.core.Gate;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportScoreTest {

    @Test
    void pass_is_one_point_waived_half_fail_and_warn_none_skipped_not_counted() {
        Report.Score score = report(
                result("structure.a", Status.PASS), result("structure.b", Status.WAIVED),
                result("structure.c", Status.WARN), result("structure.d", Status.SKIPPED),
                result("tests.a", Status.PASS), result("tests.b", Status.FAIL)).score();

        assertThat(score.sections()).containsOnlyKeys("structure", "tests");
        assertThat(score.sections().get("structure")).isEqualTo(new Report.Score.Section(1.5, 3));
        assertThat(score.sections().get("tests")).isEqualTo(new Report.Score.Section(1, 2));
        assertThat(score.overall()).isEqualTo(0.5);
    }

    @Test
    void overall_is_the_weakest_group_and_ignores_groups_with_nothing_counted() {
        Report.Score score = report(result("structure.a", Status.PASS), result("coverage.a", Status.SKIPPED),
                result("contract.a", Status.PASS), result("contract.b", Status.PASS), result("contract.c", Status.FAIL),
                result("contract.d", Status.PASS)).score();

        assertThat(score.sections().get("coverage")).isEqualTo(new Report.Score.Section(0, 0));
        assertThat(score.sections().get("coverage").ratio()).isEmpty();
        assertThat(score.overall()).isEqualTo(0.75);
        assertThat(score.sections().keySet()).containsExactly("structure", "coverage", "contract");
    }

    @Test
    void nothing_counted_scores_zero() {
        assertThat(report(result("tests.a", Status.SKIPPED)).score().overall()).isZero();
    }

    private static Report report(RuleResult... results) {
        return new Report(new Report.Project("com.acme", "churn", "1.0"), new Report.ContractInfo("readiness.json", "0", List.of()),
                Gate.DEFAULT, "test", List.of(results));
    }

    private static RuleResult result(String rule, Status status) {
        return new RuleResult(rule, status, Severity.ERROR, "", List.of(), Optional.empty(), 0);
    }
}

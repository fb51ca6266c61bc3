package dev.readiness.rules.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.testing.RuleHarness;
import dev.readiness.testing.SurefireReport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlakyTest {

    @TempDir
    Path dir;

    @Test
    void passes_when_no_test_needed_a_rerun() {
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .surefire(SurefireReport.suite("com.acme.ScorerTest").passed("a").failed("b", "wrong", 2))
                .result(new Flaky());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("no test passed only on a rerun");
    }

    @Test
    void warns_on_the_real_sample_naming_the_flaky_test_and_its_first_failure() throws IOException {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports().result(new Flaky());

        Path scorer = dir.resolve("target/surefire-reports/TEST-com.acme.churn.model.ScorerTest.xml");
        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.findings()).extracting(Finding::message).containsExactly(
                "1 test passed only on a rerun, the contract allows at most 0",
                "com.acme.churn.model.ScorerTest.scores_are_stable_under_load passed only after 1 failed run, "
                        + "first: feature store timed out");
        assertThat(result.findings().get(1).location())
                .contains(Location.of(scorer, PassingTest.lineOf(scorer, "scores_are_stable_under_load")));
        assertThat(result.findings().get(1).hint()).contains("-Dtest=ScorerTest#scores_are_stable_under_load");
    }

    @Test
    void passes_when_as_many_tests_are_flaky_as_max_allows() {
        RuleResult result = project().rule("tests.flaky", "{\"max\": 2}").result(new Flaky());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("2 tests passed only on a rerun, at most 2 allowed");
    }

    @Test
    void warns_when_more_tests_are_flaky_than_max_allows() {
        RuleResult result = project().rule("tests.flaky", "{\"max\": 1}").result(new Flaky());

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.findings()).extracting(Finding::message).containsExactly(
                "2 tests passed only on a rerun, the contract allows at most 1",
                "com.acme.ScorerTest.a passed only after 2 failed runs, first: timed out",
                "com.acme.ScorerTest.b passed only after 1 failed run, first: connection reset");
    }

    @Test
    void fails_when_no_reports_exist() {
        assertThat(RuleHarness.in(dir).withMainSource().result(new Flaky()).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void rejects_a_negative_max() {
        assertThatThrownBy(() -> project().rule("tests.flaky", "{\"max\": -1}").result(new Flaky()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.tests.flaky.max\" must be a whole number of at least 0, found -1");
    }

    private RuleHarness project() {
        return RuleHarness.in(dir).withMainSource().surefire(SurefireReport.suite("com.acme.ScorerTest")
                .flaky("a", "timed out", 2).flaky("b", "connection reset", 1).passed("c"));
    }

    @Test
    void is_not_applicable_to_a_module_without_any_code_even_with_reports_on_disk() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode()
                .surefire(SurefireReport.suite("com.acme.OldTest").failed("gone", "from another build")).result(new Flaky());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).startsWith("not applicable: the module has no code to test");
    }
}

package dev.readiness.rules.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.RuleResult;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Status;
import dev.readiness.testing.RuleHarness;
import dev.readiness.testing.SurefireReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SkippedTest {

    @TempDir
    Path dir;

    @Test
    void passes_when_exactly_the_allowed_share_is_skipped() {
        RuleResult result = project(1, 10).result(new Skipped());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("1 of 10 tests are skipped (0.10), at most 0.10 allowed");
    }

    @Test
    void warns_when_more_than_the_allowed_share_is_skipped_naming_where() {
        RuleResult result = project(2, 10).result(new Skipped());

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.message()).isEqualTo("2 of 10 tests are skipped (0.20), the contract allows at most 0.10");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.hint()).isEqualTo("re-enable or delete skipped tests; most are in com.acme.ScorerTest (2)");
            assertThat(finding.location()).hasValueSatisfying(l ->
                    assertThat(l.file()).isEqualTo(dir.resolve("target/surefire-reports/TEST-com.acme.ScorerTest.xml")));
        });
    }

    @Test
    void names_the_three_suites_with_most_skipped_tests_keeping_the_reports_order_among_equals() {
        RuleHarness project = RuleHarness.in(dir).withMainSource()
                .surefire(suite("com.acme.ATest", 1, 1))
                .surefire(suite("com.acme.BTest", 3, 1))
                .surefire(suite("com.acme.CTest", 2, 1))
                .surefire(suite("com.acme.DTest", 3, 1))
                .surefire(suite("com.acme.ETest", 0, 5));

        RuleResult result = project.result(new Skipped());

        assertThat(result.findings()).singleElement().satisfies(finding -> assertThat(finding.hint())
                .isEqualTo("re-enable or delete skipped tests; most are in com.acme.BTest (3), com.acme.DTest (3), "
                        + "com.acme.CTest (2)"));
    }

    private static SurefireReport suite(String name, int skipped, int passed) {
        SurefireReport report = SurefireReport.suite(name);
        for (int i = 0; i < skipped; i++) {
            report.skipped("skipped" + i, "needs the feature store");
        }
        for (int i = 0; i < passed; i++) {
            report.passed("passed" + i);
        }
        return report;
    }

    @Test
    void rounds_the_measured_share_up_so_it_never_prints_as_the_limit() {
        RuleResult result = project(1, 3).rule("tests.skipped", "{\"maxRatio\": 0.33}").result(new Skipped());

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.message()).isEqualTo("1 of 3 tests are skipped (0.34), the contract allows at most 0.33");
    }

    @Test
    void passes_with_a_higher_max_ratio() {
        assertThat(project(2, 10).rule("tests.skipped", "{\"maxRatio\": 0.25}").result(new Skipped()).status())
                .isEqualTo(Status.PASS);
    }

    @Test
    void fails_at_error_severity() {
        assertThat(project(5, 10).rule("tests.skipped", "{\"severity\": \"error\"}").result(new Skipped()).status())
                .isEqualTo(Status.FAIL);
    }

    @Test
    void counts_the_skipped_test_of_the_real_sample_reports() {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports().result(new Skipped());

        assertThat(result.status()).isEqualTo(Status.WARN);
        assertThat(result.message()).isEqualTo("1 of 9 tests are skipped (0.12), the contract allows at most 0.10");
    }

    @Test
    void is_skipped_when_the_reports_count_no_tests() {
        RuleResult result = RuleHarness.in(dir).withMainSource().surefire(SurefireReport.suite("com.acme.EmptyTest")).result(new Skipped());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void fails_when_no_reports_exist() {
        assertThat(RuleHarness.in(dir).withMainSource().result(new Skipped()).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void rejects_a_max_ratio_above_one() {
        assertThatThrownBy(() -> project(1, 10).rule("tests.skipped", "{\"maxRatio\": 10}").result(new Skipped()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.tests.skipped.maxRatio\" must be a ratio from 0 to 1 (0.8 means 80%), found 10");
    }

    private RuleHarness project(int skipped, int total) {
        SurefireReport report = SurefireReport.suite("com.acme.ScorerTest");
        for (int i = 0; i < total; i++) {
            if (i < skipped) {
                report.skipped("skipped" + i, "needs the feature store");
            } else {
                report.passed("passed" + i);
            }
        }
        return RuleHarness.in(dir).withMainSource().surefire(report);
    }

    @Test
    void is_not_applicable_to_a_module_without_any_code_even_with_reports_on_disk() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode()
                .surefire(SurefireReport.suite("com.acme.OldTest").failed("gone", "from another build")).result(new Skipped());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).startsWith("not applicable: the module has no code to test");
    }
}

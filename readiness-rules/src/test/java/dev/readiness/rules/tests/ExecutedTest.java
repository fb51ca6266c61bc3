package dev.readiness.rules.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.RuleResult;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Status;
import dev.readiness.testing.RuleHarness;
import dev.readiness.testing.SurefireReport;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecutedTest {

    @TempDir
    Path dir;

    @Test
    void passes_when_surefire_and_failsafe_reports_count_tests() {
        RuleResult result = project().result(new Executed());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("3 tests ran (1 in target/failsafe-reports, 2 in target/surefire-reports)");
    }

    @Test
    void passes_on_the_real_sample_reports() {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports().result(new Executed());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("9 tests ran (2 in target/failsafe-reports, 7 in target/surefire-reports)");
    }

    @Test
    void fails_when_the_reports_count_fewer_tests_than_min() {
        RuleResult result = project().rule("tests.executed", "{\"min\": 4}").result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("the test reports count 3 tests (1 in target/failsafe-reports, "
                + "2 in target/surefire-reports), the contract requires at least 4");
        assertThat(result.findings().get(0).hint()).contains("rules.tests.executed.min");
    }

    @Test
    void passes_when_the_reports_count_exactly_min() {
        assertThat(project().rule("tests.executed", "{\"min\": 3}").result(new Executed()).status()).isEqualTo(Status.PASS);
    }

    @Test
    void fails_when_a_report_directory_holds_no_test_cases() {
        RuleResult result = RuleHarness.in(dir).withMainSource().surefire(SurefireReport.suite("com.acme.EmptyTest")).result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("the test reports count 0 tests");
    }

    @Test
    void fails_when_no_reports_exist_saying_which_goals_write_them() {
        RuleResult result = RuleHarness.in(dir).withMainSource().result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("cannot read its evidence: no Surefire or Failsafe test reports (TEST-*.xml) in "
                + "target/surefire-reports or target/failsafe-reports");
        assertThat(result.findings().get(0).hint()).contains("surefire:test", "failsafe:integration-test", "-DskipTests");
    }

    @Test
    void fails_when_the_build_skipped_its_tests_naming_why() {
        RuleResult result = RuleHarness.in(dir).withMainSource().testsSkipped("skipTests=true").result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("the tests did not run in this build (skipTests=true)");
        assertThat(result.findings().get(0).hint()).isEqualTo("run the build without skipTests=true (on the command line or in the POM)");
    }

    @Test
    void does_not_count_reports_left_over_when_the_build_skipped_its_tests() {
        RuleResult result = project().testsSkipped("maven.test.skip=true").result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("the tests did not run in this build (maven.test.skip=true); "
                + "the 3 tests in its reports are from an earlier build");
    }

    @Test
    void reads_the_report_directories_the_build_configures() {
        RuleResult result = RuleHarness.in(dir).withMainSource().testReportDirectories("build/test-results")
                .surefire(SurefireReport.suite("com.acme.ATest").passed("a"))
                .result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("build/test-results").doesNotContain(dir.toString());
    }

    @Test
    void rejects_a_min_below_one() {
        assertThatThrownBy(() -> project().rule("tests.executed", "{\"min\": 0}").result(new Executed()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.tests.executed.min\" must be a whole number of at least 1, found 0");
    }

    @Test
    void rejects_a_min_that_is_not_a_number() {
        assertThatThrownBy(() -> project().rule("tests.executed", "{\"min\": \"5\"}").result(new Executed()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.tests.executed.min\" must be a whole number of at least 1, found \"5\"");
    }

    private RuleHarness project() {
        return RuleHarness.in(dir).withMainSource()
                .surefire(SurefireReport.suite("com.acme.ScorerTest").passed("scores", "bands"))
                .failsafe(SurefireReport.suite("com.acme.ScoreCliIT").passed("runs"));
    }

    @Test
    void passes_when_reports_written_in_this_build_count_tests_although_surefire_is_configured_to_skip() {
        // Surefire's plugin-level skipTests, with the tests run by a second execution (or another runner).
        RuleResult result = project().buildStarted(Instant.now().minusSeconds(60)).testsSkipped("maven-surefire-plugin <skipTests>true</skipTests>")
                .result(new Executed());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("3 tests ran (1 in target/failsafe-reports, 2 in target/surefire-reports)");
    }

    @Test
    void fails_when_every_report_is_older_than_the_build_naming_the_newest() {
        Instant started = Instant.parse("2026-06-01T10:00:00Z");
        RuleHarness project = project().buildStarted(started)
                .writtenAt("target/surefire-reports/TEST-com.acme.ScorerTest.xml", started.minusSeconds(3600))
                .writtenAt("target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml", started.minusSeconds(600));

        RuleResult result = project.result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("the tests did not run in this build: the 3 tests in its reports are from an "
                + "earlier build (the newest, target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml, was written at "
                + "2026-06-01T09:50:00Z, before the build started at 2026-06-01T10:00:00Z)");
        assertThat(result.findings().get(0).hint()).contains("mvn clean verify");
    }

    @Test
    void counts_reports_of_an_earlier_invocation_that_are_newer_than_the_compiled_tests() {
        // mvn verify, then mvn readiness:check: the reports are of the tests as they are compiled now.
        Instant started = Instant.parse("2026-06-01T10:00:00Z");
        RuleHarness project = project().buildStarted(started)
                .file("target/test-classes/com/acme/ScorerTest.class", "compiled")
                .writtenAt("target/test-classes/com/acme/ScorerTest.class", started.minusSeconds(900))
                .writtenAt("target/surefire-reports/TEST-com.acme.ScorerTest.xml", started.minusSeconds(600))
                .writtenAt("target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml", started.minusSeconds(600));

        assertThat(project.result(new Executed()).status()).isEqualTo(Status.PASS);
    }

    @Test
    void does_not_count_reports_older_than_the_compiled_tests() {
        Instant started = Instant.parse("2026-06-01T10:00:00Z");
        RuleHarness project = project().buildStarted(started)
                .file("target/test-classes/com/acme/ScorerTest.class", "compiled")
                .writtenAt("target/test-classes/com/acme/ScorerTest.class", started.minusSeconds(300))
                .writtenAt("target/surefire-reports/TEST-com.acme.ScorerTest.xml", started.minusSeconds(600))
                .writtenAt("target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml", started.minusSeconds(600));

        RuleResult result = project.result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("the tests did not run in this build");
    }

    @Test
    void keeps_the_skip_reason_when_the_build_skipped_its_tests_and_left_old_reports() {
        Instant started = Instant.parse("2026-06-01T10:00:00Z");
        RuleHarness project = project().buildStarted(started).testsSkipped("skipTests=true")
                .writtenAt("target/surefire-reports/TEST-com.acme.ScorerTest.xml", started.minusSeconds(3600))
                .writtenAt("target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml", started.minusSeconds(3600));

        RuleResult result = project.result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("the tests did not run in this build (skipTests=true); "
                + "the 3 tests in its reports are from an earlier build");
    }

    @Test
    void counts_only_the_reports_of_this_build_and_says_how_many_were_left_out() {
        Instant started = Instant.parse("2026-06-01T10:00:00Z");
        RuleHarness project = project().buildStarted(started)
                .writtenAt("target/surefire-reports/TEST-com.acme.ScorerTest.xml", started.plusSeconds(5))
                .writtenAt("target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml", started.minusSeconds(3600));

        RuleResult result = project.rule("tests.executed", "{\"min\": 3}").result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("the test reports count 2 tests (2 in target/surefire-reports; 1 report "
                + "from an earlier build not counted), the contract requires at least 3");
    }

    @Test
    void a_report_within_the_file_system_clock_tolerance_of_the_start_counts_as_this_build() {
        Instant started = Instant.parse("2026-06-01T10:00:00.900Z");
        RuleHarness within = project().buildStarted(started)
                .writtenAt("target/surefire-reports/TEST-com.acme.ScorerTest.xml", Instant.parse("2026-06-01T09:59:59Z"))
                .writtenAt("target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml", Instant.parse("2026-06-01T09:59:58.900Z"));

        assertThat(within.result(new Executed()).status()).isEqualTo(Status.PASS);

        within.writtenAt("target/surefire-reports/TEST-com.acme.ScorerTest.xml", Instant.parse("2026-06-01T09:59:58.899Z"))
                .writtenAt("target/failsafe-reports/TEST-com.acme.ScoreCliIT.xml", Instant.parse("2026-06-01T09:59:58.899Z"));
        assertThat(within.result(new Executed()).status()).isEqualTo(Status.FAIL);
    }

    @Test
    void is_not_applicable_to_a_module_without_any_code_saying_so() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode().result(new Executed());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).isEqualTo("not applicable: the module has no code to test, no source files or "
                + "compiled classes in src/main/java, target/classes, src/test/java, target/test-classes");
    }

    @Test
    void applies_to_a_module_with_only_test_sources() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode()
                .file("src/test/java/com/acme/HarnessTest.java", "class HarnessTest {}").result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("cannot read its evidence: no Surefire or Failsafe test reports");
    }

    @Test
    void applies_to_a_module_with_only_compiled_classes() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode()
                .file("target/classes/com/acme/Generated.class", "").result(new Executed());

        assertThat(result.status()).isEqualTo(Status.FAIL);
    }
}

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassingTest {

    @TempDir
    Path dir;

    @Test
    void passes_when_no_test_fails() {
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .surefire(SurefireReport.suite("com.acme.ScorerTest").passed("a", "b").skipped("c", "later"))
                .result(new Passing());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("all 3 tests passed");
    }

    @Test
    void fails_on_the_real_sample_reports_naming_each_failing_test_its_message_and_place() throws IOException {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports().result(new Passing());

        Path scorer = dir.resolve("target/surefire-reports/TEST-com.acme.churn.model.ScorerTest.xml");
        Path features = dir.resolve("target/surefire-reports/TEST-com.acme.churn.model.FeaturesTest.xml");
        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.findings()).containsExactly(
                Finding.of("com.acme.churn.model.FeaturesTest.errors_on_purpose errored: java.lang.NullPointerException: "
                                + "Cannot invoke \"com.acme.churn.model.Features$Row.complaints()\" because \"row\" is null "
                                + "(and again in 2 reruns)")
                        .at(Location.of(features, lineOf(features, "errors_on_purpose")))
                        .subject("com.acme.churn.model.FeaturesTest#errors_on_purpose")
                        .hint("run it alone with mvn verify -Dtest=FeaturesTest#errors_on_purpose, then fix the code or the test"),
                Finding.of("com.acme.churn.model.ScorerTest.bands_medium_scores failed: band of 0.5 ==> expected: <high> "
                                + "but was: <medium> (and again in 2 reruns)")
                        .at(Location.of(scorer, lineOf(scorer, "bands_medium_scores")))
                        .subject("com.acme.churn.model.ScorerTest#bands_medium_scores")
                        .hint("run it alone with mvn verify -Dtest=ScorerTest#bands_medium_scores, then fix the code or the test"));
        assertThat(result.message()).isEqualTo("2 findings; first: " + result.findings().get(0).message());
    }

    @Test
    void tells_how_to_rerun_a_failing_integration_test() {
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .failsafe(SurefireReport.suite("com.acme.ScoreCliIT").errored("starts", "java.io.IOException", "port in use"))
                .result(new Passing());

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("com.acme.ScoreCliIT.starts errored: java.io.IOException: port in use");
            assertThat(finding.hint()).contains("mvn verify -Dit.test=ScoreCliIT#starts");
        });
    }

    @Test
    void lists_at_most_50_failing_tests_then_how_many_more() {
        SurefireReport report = SurefireReport.suite("com.acme.BigTest");
        for (int i = 0; i < 120; i++) {
            report.failed("case" + i, "wrong " + i);
        }
        RuleResult result = RuleHarness.in(dir).withMainSource().surefire(report).result(new Passing());

        assertThat(result.findings()).hasSize(51);
        assertThat(result.findings().get(49).message()).isEqualTo("com.acme.BigTest.case49 failed: wrong 49");
        assertThat(result.findings().get(50).message()).isEqualTo("and 70 more failing tests");
        assertThat(result.findings().get(50).hint()).contains("target/surefire-reports");
    }

    @Test
    void lists_exactly_50_failing_tests_without_a_remainder() {
        SurefireReport report = SurefireReport.suite("com.acme.BigTest");
        for (int i = 0; i < 50; i++) {
            report.failed("case" + i, "wrong " + i);
        }

        List<Finding> findings = RuleHarness.in(dir).withMainSource().surefire(report).result(new Passing()).findings();

        assertThat(findings).hasSize(50).noneMatch(f -> f.message().startsWith("and "));
    }

    @Test
    void fails_when_no_reports_exist() {
        RuleResult result = RuleHarness.in(dir).withMainSource().result(new Passing());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("cannot read its evidence: no Surefire or Failsafe test reports");
    }

    @Test
    void fails_when_a_report_is_truncated_naming_its_line() throws IOException {
        Path report = SurefireReport.suite("com.acme.ScorerTest").passed("a").writeTo(dir.resolve("target/surefire-reports"));
        String whole = Files.readString(report);
        Files.writeString(report, whole.substring(0, whole.indexOf("<testcase") + 12));

        RuleResult result = RuleHarness.in(dir).withMainSource().result(new Passing());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).startsWith("cannot read its evidence: the test report "
                + "target/surefire-reports/" + report.getFileName() + " cannot be read at line 4");
        assertThat(result.findings().get(0).location()).contains(Location.of(report, 4));
    }

    @Test
    void a_report_with_an_external_entity_fails_without_leaking_the_file_it_names() throws IOException {
        Path secret = dir.resolve("credentials.txt");
        Files.writeString(secret, "aws_secret_access_key=wJalrXUtnFEMI");
        RuleHarness project = RuleHarness.in(dir).withMainSource().file("target/surefire-reports/TEST-com.acme.ATest.xml",
                dev.readiness.testing.HostileXml.externalEntity(secret, "<testsuite name=\"com.acme.ATest\">"
                        + "<testcase name=\"a\" classname=\"com.acme.ATest\"><failure message=\"m\">&xxe;</failure>"
                        + "</testcase></testsuite>"));

        RuleResult result = project.result(new Passing());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("TEST-com.acme.ATest.xml cannot be read at line 3");
        assertThat(result.toString()).doesNotContain("wJalrXUtnFEMI");
    }

    @Test
    void is_skipped_when_the_reports_count_no_tests() {
        RuleResult result = RuleHarness.in(dir).withMainSource().surefire(SurefireReport.suite("com.acme.EmptyTest")).result(new Passing());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).isEqualTo("the reports count no tests; tests.executed reports that");
    }

    @Test
    void has_no_options() {
        assertThatThrownBy(() -> RuleHarness.in(dir).withMainSource().rule("tests.passing", "{\"max\": 1}").result(new Passing()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rule \"tests.passing\" has no option \"max\"");
    }

    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("<testcase name=\"" + text + "\"")) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }

    @Test
    void is_not_applicable_to_a_module_without_any_code_even_with_reports_on_disk() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode()
                .surefire(SurefireReport.suite("com.acme.OldTest").failed("gone", "from another build")).result(new Passing());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).startsWith("not applicable: the module has no code to test");
    }
}

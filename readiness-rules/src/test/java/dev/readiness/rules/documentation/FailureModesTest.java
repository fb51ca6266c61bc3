package dev.readiness.rules.documentation;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import dev.readiness.testing.SurefireReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureModesTest {

    private static final String COMPLETE = """
            { "mode": "feature store unreachable", "detection": "readiness probe fails",
              "mitigation": "serve last cached scores, page on-call" }""";

    @TempDir
    Path dir;

    private final FailureModes rule = new FailureModes();

    @Test
    void passes_with_one_complete_failure_mode() {
        Outcome outcome = modes(COMPLETE);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("1 failure modes documented");
    }

    @Test
    void fails_when_no_failure_mode_is_documented() {
        Outcome outcome = RuleHarness.in(dir).contract("{ \"contract\": 1 }").evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the contract documents 0 failure modes, at least 1 are required");
            assertThat(finding.hint()).contains("operations.failureModes");
        });
    }

    @Test
    void fails_when_a_field_is_missing_and_names_its_line() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {
                  "contract": 1,
                  "operations": { "failureModes": [
                    %s,
                    { "mode": "model file corrupt", "mitigation": "roll back" }
                  ] }
                }
                """.formatted(COMPLETE));

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("failure mode 2 has no detection");
            assertThat(finding.location()).hasValueSatisfying(location -> assertThat(location.line()).isEqualTo(6));
            assertThat(finding.hint()).isEqualTo("describe its detection");
        });
    }

    @Test
    void fails_when_a_field_is_a_placeholder() {
        Outcome outcome = modes("{ \"mode\": \"feature store unreachable\", \"detection\": \"alert\", \"mitigation\": \"TBD\" }");

        assertThat(messages(outcome)).containsExactly("failure mode 1 has no mitigation (\"TBD\" is a placeholder)");
    }

    @Test
    void fails_for_each_empty_field() {
        Outcome outcome = modes("{}");

        assertThat(messages(outcome)).containsExactly(
                "failure mode 1 has no mode", "failure mode 1 has no detection", "failure mode 1 has no mitigation");
    }

    @Test
    void requires_the_minimum_the_contract_sets() {
        String rules = ", \"rules\": { \"documentation.failure-modes\": { \"min\": 2 } }";

        Outcome oneOfTwo = RuleHarness.in(dir.resolve("a"))
                .contract("{ \"contract\": 1, \"operations\": { \"failureModes\": [" + COMPLETE + "] }" + rules + " }")
                .evaluate(rule);
        Outcome twoOfTwo = RuleHarness.in(dir.resolve("b"))
                .contract("{ \"contract\": 1, \"operations\": { \"failureModes\": [" + COMPLETE + ", " + COMPLETE + "] }"
                        + rules + " }")
                .evaluate(rule);

        assertThat(messages(oneOfTwo)).containsExactly("the contract documents 1 failure modes, at least 2 are required");
        assertThat(twoOfTwo.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void a_minimum_of_zero_accepts_none() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"documentation.failure-modes\": { \"min\": 0 } } }")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void points_at_the_operations_section_when_too_few_are_documented() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {
                  "contract": 1,
                  "operations": { "resources": { "cpu": "2" } }
                }
                """);

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement()
                .satisfies(f -> assertThat(f.location()).contains(new Location(project.contractFile(), 3, 3)));
    }

    private Outcome modes(String... modes) {
        return RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"operations\": { \"failureModes\": [" + String.join(", ", modes) + "] } }")
                .evaluate(rule);
    }

    @Test
    void a_failure_mode_test_that_passed_in_this_build_proves_it() {
        Outcome outcome = withTest("com.acme.ScoreCliTest#rejectsMalformedRequest",
                SurefireReport.suite("com.acme.ScoreCliTest").passed("rejectsMalformedRequest", "scores"));
        Outcome wholeClass = withTest("com.acme.ScoreCliTest", SurefireReport.suite("com.acme.ScoreCliTest").passed("a"));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("1 failure modes documented, 1 proven by tests that passed");
        assertThat(wholeClass.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void a_failure_mode_test_that_did_not_run_is_a_finding_naming_mode_and_test() {
        Outcome outcome = withTest("com.acme.ScoreCliTest#servesCachedScores",
                SurefireReport.suite("com.acme.ScoreCliTest").passed("rejectsMalformedRequest"));

        assertThat(messages(outcome)).containsExactly("failure mode 1 (feature store unreachable): its test "
                + "com.acme.ScoreCliTest#servesCachedScores did not run in this build (no Surefire or Failsafe report names it)");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("feature store unreachable");
    }

    @Test
    void a_failure_mode_test_that_failed_or_was_skipped_is_a_finding() throws java.io.IOException {
        java.nio.file.Files.createDirectories(dir.resolve("b"));
        Outcome failed = withTest("com.acme.ScoreCliTest#servesCachedScores",
                SurefireReport.suite("com.acme.ScoreCliTest").failed("servesCachedScores", "expected cached"));
        Outcome skipped = RuleHarness.in(dir.resolve("b")).withMainSource()
                .contract(contractWithTest("com.acme.ScoreCliTest"))
                .surefire(SurefireReport.suite("com.acme.ScoreCliTest").skipped("servesCachedScores", "later"))
                .evaluate(rule);

        assertThat(messages(failed)).containsExactly("failure mode 1 (feature store unreachable): its test "
                + "com.acme.ScoreCliTest#servesCachedScores failed (com.acme.ScoreCliTest#servesCachedScores)");
        assertThat(messages(skipped)).containsExactly("failure mode 1 (feature store unreachable): its test "
                + "com.acme.ScoreCliTest was skipped (com.acme.ScoreCliTest#servesCachedScores)");
    }

    @Test
    void without_test_reports_a_named_test_is_missing_evidence_not_a_pass() {
        Outcome outcome = RuleHarness.in(dir).withMainSource().contract(contractWithTest("com.acme.ScoreCliTest")).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
    }

    @Test
    void a_malformed_or_placeholder_test_name_is_a_finding() {
        Outcome malformed = RuleHarness.in(dir).contract(contractWithTest("ScoreCliTest rejects")).evaluate(rule);
        Outcome placeholder = RuleHarness.in(dir.resolve("b")).contract(contractWithTest("TODO")).evaluate(rule);

        assertThat(messages(malformed)).singleElement().asString().contains("is not a test class or class#method");
        assertThat(messages(placeholder)).containsExactly(
                "failure mode 1 (feature store unreachable) names no test (\"TODO\" is a placeholder)");
    }

    @Test
    void require_tests_demands_a_test_for_every_failure_mode_and_is_off_by_default() {
        String rules = ", \"rules\": { \"documentation.failure-modes\": { \"requireTests\": true } }";
        Outcome required = RuleHarness.in(dir)
                .contract("{ \"contract\": 2, \"operations\": { \"failureModes\": [" + COMPLETE + "] }" + rules + " }")
                .evaluate(rule);

        assertThat(messages(required)).containsExactly("failure mode 1 (feature store unreachable) names no test");
        assertThat(modes(COMPLETE).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    private Outcome withTest(String test, SurefireReport report) {
        return RuleHarness.in(dir).withMainSource().contract(contractWithTest(test)).surefire(report).evaluate(rule);
    }

    private static String contractWithTest(String test) {
        return "{ \"contract\": 1, \"operations\": { \"failureModes\": [" + COMPLETE.replace(" }", ", \"test\": \""
                + test + "\" }") + "] } }";
    }
}

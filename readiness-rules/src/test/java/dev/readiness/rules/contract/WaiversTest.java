package dev.readiness.rules.contract;

import static dev.readiness.testing.RuleHarness.messages;
import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Gate;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Today is {@link RuleHarness#TODAY}, 2026-06-01. */
class WaiversTest {

    private static final List<RuleResult> RESULTS = List.of(
            ran("structure.metadata", Status.FAIL),
            ran("ownership.owners", Status.PASS),
            ran("structure.entry-point", Status.SKIPPED));

    @TempDir
    Path dir;

    private final Waivers rule = new Waivers();

    @Test
    void passes_without_waivers() {
        Outcome outcome = RuleHarness.in(dir).evaluate(rule, RESULTS);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("the contract has no waivers");
    }

    @Test
    void passes_for_a_complete_current_waiver_on_a_failing_rule() {
        Outcome outcome = waivers(waiver("structure.metadata", "2026-08-01"));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("1 waivers, all owned, explained and current");
    }

    @Test
    void fails_for_each_missing_field_and_names_the_waiver_line() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {
                  "contract": 1,
                  "waivers": [
                    {}
                  ]
                }
                """);

        Outcome outcome = project.evaluate(rule, RESULTS);

        assertThat(messages(outcome)).containsExactly(
                "waiver 1 names no rule", "waiver 1 gives no reason", "waiver 1 has no owner", "waiver 1 has no expiry");
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.location()).contains(new Location(project.contractFile(), 4, 5)));
        assertThat(outcome.findings().get(3).hint()).isEqualTo("add \"expires\": \"2026-08-30\"");
    }

    @Test
    void fails_for_a_placeholder_reason_or_owner() {
        Outcome outcome = waivers("{ \"rule\": \"structure.metadata\", \"reason\": \"TODO\", \"owner\": \"TBD\", \"expires\": \"2026-08-01\" }");

        assertThat(messages(outcome)).containsExactly(
                "waiver 1 (structure.metadata) gives no reason", "waiver 1 (structure.metadata) has no owner");
    }

    @Test
    void fails_for_an_unknown_rule_and_suggests_the_closest() {
        Outcome outcome = waivers(waiver("structure.metadat", "2026-08-01"));

        assertThat(messages(outcome)).containsExactly(
                "waiver 1 (structure.metadat) names an unknown rule; did you mean \"structure.metadata\"?");
    }

    @Test
    void fails_for_a_date_that_is_not_iso() {
        Outcome outcome = waivers(waiver("structure.metadata", "01/08/2026"), waiver("structure.metadata", "2026-02-30"));

        assertThat(messages(outcome)).containsExactly(
                "waiver 1 (structure.metadata) expires on \"01/08/2026\", which is not a date YYYY-MM-DD",
                "waiver 2 (structure.metadata) expires on \"2026-02-30\", which is not a date YYYY-MM-DD");
    }

    @Test
    void fails_for_an_expired_waiver_but_not_on_its_last_day() {
        Outcome outcome = waivers(waiver("structure.metadata", "2026-05-31"), waiver("structure.metadata", "2026-06-01"));

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("waiver 1 (structure.metadata) expired on 2026-05-31");
            assertThat(finding.hint()).contains("delete the waiver");
        });
    }

    @Test
    void fails_for_a_waiver_more_than_180_days_ahead() {
        Outcome outcome = waivers(waiver("structure.metadata", "2026-11-28"), waiver("structure.metadata", "2026-11-29"));

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("waiver 2 (structure.metadata) expires on 2026-11-29, more than 180 days ahead");
            assertThat(finding.hint()).isEqualTo("set \"expires\" no later than 2026-11-28");
        });
    }

    @Test
    void the_contract_sets_how_far_ahead_a_waiver_may_expire() {
        Outcome outcome = RuleHarness.in(dir).contract("""
                { "contract": 1, "rules": { "contract.waivers": { "maxDays": 30 } }, "waivers": [ %s ] }
                """.formatted(waiver("structure.metadata", "2026-07-02"))).evaluate(rule, RESULTS);

        assertThat(messages(outcome)).containsExactly(
                "waiver 1 (structure.metadata) expires on 2026-07-02, more than 30 days ahead");
    }

    @Test
    void a_waiver_on_a_rule_that_holds_is_advisory() {
        Outcome outcome = waivers(waiver("ownership.owners", "2026-08-01"), waiver("structure.entry-point", "2026-08-01"));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("waiver 1 (ownership.owners) waives a rule that holds");
            assertThat(finding.hint()).isEqualTo("remove the waiver");
            assertThat(finding.advisory()).isTrue();
        });
    }

    @Test
    void a_waiver_on_a_rule_that_holds_warns_through_the_engine() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                { "contract": 1,
                  "owners": { "science": "ana@acme.example", "engineering": "ml-platform@acme.example",
                              "oncall": "https://oncall.acme.example/churn" },
                  "waivers": [ %s ] }
                """.formatted(waiver("ownership.owners", "2026-08-01")));

        RuleResult waivers = result(project.check(), "contract.waivers");

        assertThat(waivers.severity()).isEqualTo(Severity.ERROR);
        assertThat(waivers.status()).isEqualTo(Status.WARN);
        assertThat(waivers.message()).isEqualTo("waiver 1 (ownership.owners) waives a rule that holds");
        assertThat(result(project.gate(Gate.RELEASE).check(), "contract.waivers").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void an_expired_waiver_fails_through_the_engine() {
        RuleHarness project = RuleHarness.in(dir).pom("name").contract("""
                { "contract": 1, "waivers": [ %s ] }
                """.formatted(waiver("structure.metadata", "2026-05-01")));

        var report = project.check();

        assertThat(result(report, "contract.waivers").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "structure.metadata").status()).isEqualTo(Status.WARN);
    }

    private Outcome waivers(String... waivers) {
        return RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"waivers\": [ " + String.join(", ", waivers) + " ] }")
                .evaluate(rule, RESULTS);
    }

    private static String waiver(String rule, String expires) {
        return "{ \"rule\": \"" + rule + "\", \"reason\": \"legacy importer, ML-231\", "
                + "\"owner\": \"ml-platform@acme.example\", \"expires\": \"" + expires + "\" }";
    }

    private static RuleResult ran(String rule, Status status) {
        return new RuleResult(rule, status, Severity.ERROR, "", List.of(), Optional.empty(), 0);
    }
}

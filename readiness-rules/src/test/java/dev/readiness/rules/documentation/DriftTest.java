package dev.readiness.rules.documentation;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftTest {

    private static final String SCHEMA = """
            { "type": "object", "properties": { "tenureMonths": { "type": "integer" }, "plan": { "type": "string" } } }""";

    @TempDir
    Path dir;

    private final Drift rule = new Drift();

    @Test
    void passes_for_checks_on_an_input_property_and_a_metric() {
        Outcome outcome = project("""
                [{ "signal": "tenureMonths", "method": "PSI", "threshold": 0.2, "action": "page science" },
                 { "signal": "auc", "method": "mean shift", "threshold": 0.05, "action": "retrain" }]""").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2 drift checks on declared signals");
    }

    @Test
    void fails_without_drift_checks() {
        Outcome outcome = RuleHarness.in(dir).contract("{ \"contract\": 2 }").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("operations.drift declares no drift check");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("operations.drift");
    }

    @Test
    void a_signal_neither_in_an_input_schema_nor_a_metric_is_a_finding_with_a_suggestion() {
        Outcome outcome = project("""
                [{ "signal": "tenureMonth", "method": "PSI", "threshold": 0.2, "action": "page science" }]""").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("drift check 1 watches \"tenureMonth\", which is neither a property "
                + "of a declared input schema nor a metric of metrics.thresholds; did you mean \"tenureMonths\"?");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("tenureMonth");
        assertThat(outcome.findings().get(0).hint()).contains("tenureMonths", "plan", "auc");
    }

    @Test
    void incomplete_checks_and_a_threshold_that_is_not_a_number_are_findings() {
        Outcome outcome = project("""
                [{ "signal": "plan", "method": "TBD", "threshold": "0.2" }]""").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("drift check 1 has no method (\"TBD\" is a placeholder)",
                "drift check 1 has no action", "drift check 1 has threshold \"0.2\", not a number");
    }

    @Test
    void an_unreadable_input_schema_is_missing_evidence_not_a_pass() {
        Outcome outcome = RuleHarness.in(dir).contract("""
                { "contract": 2,
                  "schemas": [{ "name": "req", "role": "input", "schema": "missing.schema.json" }],
                  "operations": { "drift": [{ "signal": "plan", "method": "PSI", "threshold": 0.2, "action": "retrain" }] } }
                """).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).contains("missing.schema.json");
    }

    private RuleHarness project(String drift) {
        return RuleHarness.in(dir).file("request.schema.json", SCHEMA).contract("""
                { "contract": 2,
                  "schemas": [{ "name": "req", "role": "input", "schema": "request.schema.json" }],
                  "metrics": { "thresholds": { "auc": { "min": 0.8 } } },
                  "operations": { "drift": %s } }
                """.formatted(drift));
    }
}

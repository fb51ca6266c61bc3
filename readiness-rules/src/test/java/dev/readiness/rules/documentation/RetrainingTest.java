package dev.readiness.rules.documentation;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetrainingTest {

    @TempDir
    Path dir;

    private final Retraining rule = new Retraining();

    @Test
    void passes_with_cadence_owner_and_where() {
        Outcome outcome = retraining("{ \"cadence\": \"P30D\", \"owner\": \"ana@acme.example\", \"where\": \"ci/retrain\" }");

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("retrained every P30D by ana@acme.example in ci/retrain");
    }

    @Test
    void a_trigger_replaces_the_cadence() {
        Outcome outcome = retraining("{ \"trigger\": \"PSI > 0.2\", \"owner\": \"ana@acme.example\", \"where\": \"ci\" }");

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_when_absent() {
        Outcome outcome = RuleHarness.in(dir).contract("{ \"contract\": 2 }").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("operations.retraining is not declared");
    }

    @Test
    void names_a_cadence_that_is_not_iso_8601_and_missing_fields() {
        Outcome outcome = retraining("{ \"cadence\": \"monthly\", \"owner\": \"TODO\" }");

        assertThat(messages(outcome)).containsExactly(
                "operations.retraining.cadence is \"monthly\", not an ISO-8601 period or duration",
                "operations.retraining has no owner (\"TODO\" is a placeholder)", "operations.retraining has no where");
    }

    @Test
    void cadence_accepts_periods_and_durations_but_not_zero() {
        assertThat(Retraining.cadenceProblem("P1W")).isEmpty();
        assertThat(Retraining.cadenceProblem("PT12H")).isEmpty();
        assertThat(Retraining.cadenceProblem("P0D")).isEqualTo(Optional.of("not a positive period"));
        assertThat(Retraining.cadenceProblem("30 days")).isPresent();
    }

    private Outcome retraining(String json) {
        return RuleHarness.in(dir).contract("{ \"contract\": 2, \"operations\": { \"retraining\": " + json + " } }")
                .evaluate(rule);
    }
}

package dev.readiness.rules.contract;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RuleHarness's today is 2026-06-01. */
class SignoffsTest {

    @TempDir
    Path dir;

    private final Signoffs rule = new Signoffs();

    @Test
    void passes_with_a_complete_recent_signoff() {
        Outcome outcome = signoffs(signoff("security-review", "2026-05-01"), "");

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("1 clauses signed off: security-review");
    }

    @Test
    void passes_with_none_when_none_is_required() {
        Outcome outcome = RuleHarness.in(dir).contract("{ \"contract\": 2 }").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("no sign-offs declared, none required");
    }

    @Test
    void a_signoff_older_than_max_age_days_has_expired() {
        Outcome outcome = signoffs(signoff("security-review", "2025-05-31"), "");
        Outcome boundary = RuleHarness.in(dir.resolve("b")).contract("{ \"contract\": 2, \"signoffs\": ["
                + signoff("security-review", "2025-06-01") + "] }").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("sign-off 1 (security-review) expired: signed 2025-05-31, 366 days "
                + "ago, more than maxAgeDays (365)");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("security-review");
        assertThat(boundary.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void a_date_in_the_future_or_not_a_date_is_a_finding() {
        Outcome future = signoffs(signoff("model-card", "2026-06-02"), "");
        Outcome garbled = RuleHarness.in(dir.resolve("b")).contract("{ \"contract\": 2, \"signoffs\": ["
                + signoff("model-card", "1 June") + "] }").evaluate(rule);

        assertThat(messages(future)).containsExactly("sign-off 1 (model-card) is dated 2026-06-02, after today (2026-06-01)");
        assertThat(messages(garbled)).containsExactly("sign-off 1 (model-card) has date \"1 June\", not a YYYY-MM-DD date");
    }

    @Test
    void placeholders_and_evidence_that_is_not_a_url_are_findings() {
        Outcome outcome = signoffs("{ \"clause\": \"security-review\", \"by\": \"TBD\", \"date\": \"2026-05-01\", "
                + "\"evidence\": \"ticket SEC-42\" }", "");

        assertThat(messages(outcome)).containsExactly("sign-off 1 has no by (\"TBD\" is a placeholder)",
                "sign-off 1 (security-review) gives evidence \"ticket SEC-42\", not an http(s) URL");
    }

    @Test
    void a_required_clause_without_a_valid_signoff_fails() {
        String required = ", \"rules\": { \"contract.signoffs\": { \"required\": [\"security-review\", \"model-card\"] } }";
        Outcome outcome = signoffs(signoff("model-card", "2024-01-01"), required);

        assertThat(messages(outcome)).containsExactly(
                "sign-off 1 (model-card) expired: signed 2024-01-01, 882 days ago, more than maxAgeDays (365)",
                "the clause \"security-review\" must be signed off and has no sign-off",
                "the clause \"model-card\" must be signed off and its sign-off is not valid (see above)");
        assertThat(outcome.findings().get(1).subject()).isEqualTo("security-review");
    }

    private static String signoff(String clause, String date) {
        return "{ \"clause\": \"" + clause + "\", \"by\": \"sam@acme.example\", \"date\": \"" + date
                + "\", \"evidence\": \"https://jira.acme.example/SEC-42\" }";
    }

    private Outcome signoffs(String signoff, String rules) {
        return RuleHarness.in(dir).contract("{ \"contract\": 2, \"signoffs\": [" + signoff + "]" + rules + " }")
                .evaluate(rule);
    }
}

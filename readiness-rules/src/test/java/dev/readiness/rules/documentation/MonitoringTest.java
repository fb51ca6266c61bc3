package dev.readiness.rules.documentation;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MonitoringTest {

    private static final String ALERT = """
            { "name": "error rate", "condition": "5xx > 1% for 5m", "route": "https://oncall.acme.example/churn" }""";

    @TempDir
    Path dir;

    private final Monitoring rule = new Monitoring();

    @Test
    void passes_with_a_dashboard_and_one_complete_alert() {
        Outcome outcome = monitoring("\"https://grafana.acme.example/d/churn\"", ALERT);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("dashboard https://grafana.acme.example/d/churn, 1 alerts with condition and route");
    }

    @Test
    void fails_without_a_monitoring_section_naming_dashboard_and_alerts() {
        Outcome outcome = RuleHarness.in(dir).contract("{ \"contract\": 2 }").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("operations.monitoring declares no dashboard",
                "operations.monitoring declares 0 complete alerts, at least 1 required");
        assertThat(outcome.findings()).extracting(f -> f.subject())
                .containsExactly("operations.monitoring.dashboard", "operations.monitoring.alerts");
    }

    @Test
    void an_alert_without_route_is_incomplete_and_named() {
        Outcome outcome = monitoring("\"https://grafana.acme.example/d/churn\"",
                "{ \"name\": \"latency\", \"condition\": \"p99 > 50 ms\" }");

        assertThat(messages(outcome)).containsExactly("alert 1 (latency) has no route",
                "operations.monitoring declares 0 complete alerts, at least 1 required");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("latency");
        assertThat(outcome.findings().get(0).location()).isPresent();
    }

    @Test
    void rejects_placeholders_and_a_dashboard_that_is_not_a_url() {
        Outcome placeholder = monitoring("\"TODO\"", ALERT);
        Outcome notUrl = RuleHarness.in(dir.resolve("b")).contract("""
                { "contract": 2, "operations": { "monitoring": { "dashboard": "grafana churn board", "alerts": [%s] } } }
                """.formatted(ALERT)).evaluate(rule);

        assertThat(messages(placeholder)).containsExactly("operations.monitoring declares no dashboard (\"TODO\" is a placeholder)");
        assertThat(messages(notUrl)).containsExactly("operations.monitoring.dashboard is \"grafana churn board\", not an http(s) URL");
    }

    @Test
    void min_alerts_raises_the_bar() {
        Outcome outcome = RuleHarness.in(dir).contract("""
                { "contract": 2, "operations": { "monitoring": { "dashboard": "https://grafana.acme.example/d/1",
                  "alerts": [%s] } }, "rules": { "documentation.monitoring": { "minAlerts": 2 } } }
                """.formatted(ALERT)).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("operations.monitoring declares 1 complete alerts, at least 2 required");
    }

    private Outcome monitoring(String dashboard, String... alerts) {
        return RuleHarness.in(dir).contract("{ \"contract\": 2, \"operations\": { \"monitoring\": { \"dashboard\": "
                + dashboard + ", \"alerts\": [" + String.join(", ", alerts) + "] } } }").evaluate(rule);
    }
}

package dev.readiness.rules.ownership;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OwnersTest {

    @TempDir
    Path dir;

    private final Owners rule = new Owners();

    @Test
    void passes_when_every_role_is_named() {
        Outcome outcome = owners("ana@acme.example", "ml-platform@acme.example", "https://oncall.acme.example/churn");

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("science, engineering and on-call owners are named");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"TODO", "TBD", "changeme", "todo: ask Ana", "Tbd", "<team email>", "n/a", "  "})
    void fails_when_owner_is_placeholder(String placeholder) {
        Outcome outcome = owners(placeholder, "ml-platform@acme.example", "https://oncall.acme.example/churn");

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(messages(outcome)).singleElement().asString().startsWith("owners.science is ");
    }

    @Test
    void names_the_placeholder_and_its_line() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {
                  "contract": 1,
                  "owners": {
                    "science": "ana@acme.example",
                    "engineering": "TBD",
                    "oncall": "https://oncall.acme.example/churn"
                  }
                }
                """);

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("owners.engineering is a placeholder (\"TBD\")");
            assertThat(finding.location()).contains(new Location(project.contractFile(), 5, 5));
            assertThat(finding.hint()).isEqualTo("set \"owners\": {\"engineering\": \"...\"} to a person, team or mailing list");
        });
    }

    @Test
    void fails_when_owner_is_empty() {
        Outcome outcome = owners("", "ml-platform@acme.example", "https://oncall.acme.example/churn");

        assertThat(messages(outcome)).containsExactly("owners.science is not set");
    }

    @Test
    void fails_for_every_role_when_owners_are_missing() {
        RuleHarness project = RuleHarness.in(dir).contract("{ \"contract\": 1 }");

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "owners.science is not set", "owners.engineering is not set", "owners.oncall is not set");
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.location()).hasValueSatisfying(
                location -> assertThat(location.file()).isEqualTo(project.contractFile())));
        assertThat(outcome.findings().get(2).hint()).contains("paging rota URL");
    }

    @Test
    void accepts_names_that_merely_start_like_a_placeholder() {
        Outcome outcome = owners("todor.ivanov@acme.example", "tbdata-team@acme.example", "https://oncall.acme.example/churn");

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    private Outcome owners(String science, String engineering, String oncall) {
        return RuleHarness.in(dir).contract("""
                { "contract": 1, "owners": { "science": "%s", "engineering": "%s", "oncall": "%s" } }
                """.formatted(science, engineering, oncall)).evaluate(rule);
    }
}

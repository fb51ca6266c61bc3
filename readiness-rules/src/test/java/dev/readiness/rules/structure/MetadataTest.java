package dev.readiness.rules.structure;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataTest {

    @TempDir
    Path dir;

    private final Metadata rule = new Metadata();

    @Test
    void passes_when_the_pom_declares_every_element() {
        Outcome outcome = RuleHarness.in(dir).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("the POM declares name, description, url, licenses, scm");
    }

    @Test
    void fails_for_each_missing_element_and_points_at_the_module_pom() {
        RuleHarness project = RuleHarness.in(dir).pom("name", "url", "licenses");

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("the POM declares no <description>", "the POM declares no <scm>");
        assertThat(outcome.findings()).allSatisfy(finding -> {
            assertThat(finding.location()).contains(Location.of(project.path("pom.xml")));
            assertThat(finding.hint()).endsWith("to pom.xml or to a parent POM");
        });
    }

    @Test
    void checks_the_elements_the_contract_lists() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"structure.metadata\": { \"elements\": [\"name\", \"developers\"] } } }")
                .pom("name")
                .evaluate(rule);

        assertThat(messages(outcome)).containsExactly("the POM declares no <developers>");
    }

    @Test
    void cannot_pass_without_pom_metadata() {
        Outcome outcome = RuleHarness.in(dir).withoutPomMetadata().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).isEqualTo("POM metadata was not collected");
    }
}

package dev.readiness.rules.documentation;

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

class ResourcesTest {

    @TempDir
    Path dir;

    private final Resources rule = new Resources();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2", "0.5", "500m", "4Gi", "512Mi", "10G", "1Ti"})
    void passes_for_a_quantity(String quantity) {
        Outcome outcome = resources("\"cpu\": \"" + quantity + "\", \"memory\": \"" + quantity + "\"");

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"lots", "4 GB", "4GB", "4gi", "-2", "", "2 cores"})
    void fails_when_a_value_is_not_a_quantity(String value) {
        Outcome outcome = resources("\"cpu\": \"2\", \"memory\": \"" + value + "\"");

        assertThat(messages(outcome)).containsExactly("operations.resources.memory is \"" + value.trim() + "\", not a quantity");
    }

    @Test
    void names_the_line_of_the_bad_value_and_an_example() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {
                  "contract": 1,
                  "operations": { "resources": {
                    "cpu": "lots",
                    "memory": "4Gi" } }
                }
                """);

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("operations.resources.cpu is \"lots\", not a quantity");
            assertThat(finding.location()).contains(new Location(project.contractFile(), 4, 5));
            assertThat(finding.hint()).startsWith("write a quantity such as \"2\"");
        });
    }

    @Test
    void fails_when_memory_is_not_declared() {
        Outcome outcome = resources("\"cpu\": \"2\"");

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("operations.resources declares no memory");
            assertThat(finding.hint()).isEqualTo("add \"memory\": \"4Gi\" to operations.resources");
        });
    }

    @Test
    void fails_for_cpu_and_memory_when_operations_are_missing() {
        Outcome outcome = RuleHarness.in(dir).contract("{ \"contract\": 1 }").evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "operations.resources declares no cpu", "operations.resources declares no memory");
    }

    @Test
    void checks_optional_resources_too() {
        Outcome outcome = resources("\"cpu\": \"2\", \"memory\": \"4Gi\", \"gpu\": \"0\", \"disk\": \"plenty\"");

        assertThat(messages(outcome)).containsExactly("operations.resources.disk is \"plenty\", not a quantity");
    }

    @Test
    void requires_the_resources_the_contract_lists() {
        Outcome outcome = RuleHarness.in(dir).contract("""
                { "contract": 1,
                  "operations": { "resources": { "cpu": "2", "memory": "4Gi" } },
                  "rules": { "documentation.resources": { "required": ["cpu", "memory", "gpu"] } } }
                """).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("operations.resources declares no gpu");
    }

    private Outcome resources(String entries) {
        return RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"operations\": { \"resources\": { " + entries + " } } }")
                .evaluate(rule);
    }
}

package dev.readiness.rules.documentation;

import static dev.readiness.testing.TestProject.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.TestProject;
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
        Outcome outcome = TestProject.in(dir).contract("{ \"contract\": 1 }").evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the contract documents 0 failure modes, at least 1 are required");
            assertThat(finding.hint()).contains("operations.failureModes");
        });
    }

    @Test
    void fails_when_a_field_is_missing_and_names_its_line() {
        TestProject project = TestProject.in(dir).contract("""
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

        Outcome oneOfTwo = TestProject.in(dir.resolve("a"))
                .contract("{ \"contract\": 1, \"operations\": { \"failureModes\": [" + COMPLETE + "] }" + rules + " }")
                .evaluate(rule);
        Outcome twoOfTwo = TestProject.in(dir.resolve("b"))
                .contract("{ \"contract\": 1, \"operations\": { \"failureModes\": [" + COMPLETE + ", " + COMPLETE + "] }"
                        + rules + " }")
                .evaluate(rule);

        assertThat(messages(oneOfTwo)).containsExactly("the contract documents 1 failure modes, at least 2 are required");
        assertThat(twoOfTwo.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void a_minimum_of_zero_accepts_none() {
        Outcome outcome = TestProject.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"documentation.failure-modes\": { \"min\": 0 } } }")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void points_at_the_operations_section_when_too_few_are_documented() {
        TestProject project = TestProject.in(dir).contract("""
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
        return TestProject.in(dir)
                .contract("{ \"contract\": 1, \"operations\": { \"failureModes\": [" + String.join(", ", modes) + "] } }")
                .evaluate(rule);
    }
}

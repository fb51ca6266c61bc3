package dev.readiness.rules.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SamplesTest {

    private static final String SAMPLE = "src/test/resources/samples/request-1.json";

    @TempDir
    Path dir;

    private final Samples rule = new Samples();

    @Test
    void holds_when_valid_samples_validate_and_invalid_ones_are_rejected() {
        Outcome outcome = SchemaFixtures.dataProduct(dir).context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("3 samples behave as their schemas say");
    }

    @Test
    void fails_for_a_valid_sample_that_drifted_from_its_schema_naming_file_pointer_and_line() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(SAMPLE, """
                {
                  "customerId": "c-1",
                  "features": {
                    "tenureMonths": "14",
                    "monthlySpend": 42.5
                  }
                }
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("valid sample " + SAMPLE + " does not match schema 'score-request': "
                    + "at /features/tenureMonths: string found, integer expected");
            assertThat(finding.location()).contains(new Location(module.path(SAMPLE), 4, 5));
            assertThat(finding.hint()).contains("src/main/resources/schemas/score-request.schema.json");
        });
    }

    @Test
    void fails_for_an_invalid_sample_the_schema_accepts() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file("src/test/resources/samples/bad-request-1.json", SchemaFixtures.VALID_REQUEST);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("invalid sample src/test/resources/samples/bad-request-1.json "
                    + "is accepted by schema 'score-request'");
            assertThat(finding.location().orElseThrow().file())
                    .isEqualTo(module.path("src/test/resources/samples/bad-request-1.json"));
        });
    }

    @Test
    void fails_for_a_schema_without_valid_samples() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).contractWith("""
                  "schemas": [
                    { "name": "score-request", "role": "input",
                      "schema": "src/main/resources/schemas/score-request.schema.json",
                      "samples": { "valid": ["src/test/resources/samples/request-*.json"] } },
                    { "name": "score-response", "role": "output",
                      "schema": "src/main/resources/schemas/score-response.schema.json" }
                  ]
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("schema 'score-response' has no valid sample");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("\"name\": \"score-response\""));
        });
    }

    @Test
    void fails_for_a_sample_pattern_that_matches_no_file() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .contractWith(SchemaFixtures.CONTRACT.replace("samples/response-*.json", "sample/response-*.json"));

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "schema 'score-response': samples.valid pattern \"src/test/resources/sample/response-*.json\" matches no file in the module",
                "schema 'score-response' has no valid sample");
        assertThat(outcome.findings().get(0).location().orElseThrow().line())
                .isEqualTo(module.contractLine("sample/response-*.json"));
    }

    @Test
    void fails_for_a_sample_that_is_not_json_with_its_line() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(SAMPLE, "{\n  \"customerId\": \"c-1\",\n  \"features\": {\n}\n");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("valid sample of schema 'score-request': " + module.path(SAMPLE)
                    + " is not valid JSON");
            assertThat(finding.location().orElseThrow().file()).isEqualTo(module.path(SAMPLE));
            assertThat(finding.location().orElseThrow().line()).isEqualTo(5);
        });
    }

    @Test
    void reports_that_samples_cannot_be_checked_against_a_broken_schema() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file("src/main/resources/schemas/score-response.schema.json", "{\"type\": 12}");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> assertThat(finding.message())
                .startsWith("cannot check the samples of schema 'score-response': the schema "));
    }

    @Test
    void does_not_apply_without_schemas() {
        Outcome outcome = RuleHarness.in(dir).contractWith("").context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
    }
}

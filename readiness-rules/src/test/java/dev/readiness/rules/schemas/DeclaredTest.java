package dev.readiness.rules.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeclaredTest {

    private static final String REQUEST = "src/main/resources/schemas/score-request.schema.json";

    @TempDir
    Path dir;

    private final Declared rule = new Declared();

    @Test
    void holds_for_a_valid_input_and_output_schema() {
        Outcome outcome = SchemaFixtures.dataProduct(dir).context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2 schemas declared, each a valid JSON Schema");
    }

    @Test
    void fails_when_no_schema_is_declared() {
        Outcome outcome = RuleHarness.in(dir).contractWith("").context().evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "the contract declares no input schema", "the contract declares no output schema");
    }

    @Test
    void fails_when_no_output_schema_is_declared() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).contractWith("""
                  "schemas": [{ "name": "score-request", "role": "input",
                                "schema": "src/main/resources/schemas/score-request.schema.json" }]
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the contract declares no output schema");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("\"schemas\""));
        });
    }

    @Test
    void names_the_allowed_roles_for_any_other_role() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).contractWith("""
                  "schemas": [
                    { "name": "score-request", "role": "inptu", "schema": "src/main/resources/schemas/score-request.schema.json" },
                    { "name": "score-response", "role": "output", "schema": "src/main/resources/schemas/score-response.schema.json" }
                  ]
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::message).containsExactly(
                "the contract declares no input schema",
                "schemas[0] has the role \"inptu\", which is not one of input, output; did you mean \"input\"?");
        assertThat(outcome.findings().get(1).location().orElseThrow().line()).isEqualTo(module.contractLine("inptu"));
    }

    @Test
    void fails_for_a_schema_that_is_not_a_valid_json_schema_with_its_line() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(REQUEST, """
                {
                  "type": "object",
                  "properties": {
                    "customerId": {"type": 12}
                  }
                }
                """);

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("the schema " + REQUEST
                    + " is not a valid JSON Schema (draft 2020-12): at /properties/customerId/type: ");
            assertThat(finding.location()).contains(new Location(module.path(REQUEST), 4, 20));
        });
    }

    @Test
    void fails_for_a_schema_file_that_is_not_json_with_its_line() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(REQUEST, "{\n  \"type\": \"object\",\n  properties: {}\n}\n");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("is not valid JSON");
            assertThat(finding.location().orElseThrow().file()).isEqualTo(module.path(REQUEST));
            assertThat(finding.location().orElseThrow().line()).isEqualTo(3);
        });
    }

    @Test
    void fails_for_a_missing_schema_file_at_its_contract_line() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).contractWith(SchemaFixtures.CONTRACT.replace(
                "score-response.schema.json", "score-reply.schema.json"));

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the schema file src/main/resources/schemas/score-reply.schema.json "
                    + "of 'score-response' does not exist");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("score-reply"));
        });
    }

    @Test
    void refuses_a_schema_path_that_leaves_the_reactor_root() {
        RuleHarness module = SchemaFixtures.dataProduct(dir.resolve("module"));
        module.contractWith(SchemaFixtures.CONTRACT.replace("src/main/resources/schemas/score-response.schema.json",
                "../../outside.schema.json"));

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("'../../outside.schema.json' leaves the project");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(module.contractLine("outside.schema.json"));
        });
    }

    @Test
    void accepts_a_draft_07_schema_and_checks_it_against_the_draft_07_meta_schema() {
        String draft07 = """
                {
                  "$schema": "http://json-schema.org/draft-07/schema#",
                  "definitions": {"probability": {"type": "number", "minimum": 0, "maximum": 1}},
                  "type": "object",
                  "properties": {"churnProbability": {"$ref": "#/definitions/probability"}}
                }
                """;
        RuleHarness module = SchemaFixtures.dataProduct(dir).file("src/main/resources/schemas/score-response.schema.json", draft07);
        assertThat(module.context().evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);

        // Boolean exclusiveMinimum is draft-04; draft-07 requires a number.
        module.file("src/main/resources/schemas/score-response.schema.json",
                draft07.replace("\"minimum\": 0,", "\"minimum\": 0, \"exclusiveMinimum\": true,"));
        assertThat(module.context().evaluate(rule).findings()).singleElement().satisfies(finding -> assertThat(
                finding.message()).contains("(draft-07): at /definitions/probability/exclusiveMinimum: "));
    }

    @Test
    void checks_draft_04_06_and_2019_09_schemas_against_their_own_meta_schema() {
        RuleHarness module = SchemaFixtures.dataProduct(dir);
        String response = "src/main/resources/schemas/score-response.schema.json";

        module.file(response, "{\"$schema\": \"http://json-schema.org/draft-04/schema#\", \"type\": \"number\", "
                + "\"minimum\": 0, \"exclusiveMinimum\": true}");
        assertThat(module.context().evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);

        module.file(response, "{\"$schema\": \"http://json-schema.org/draft-06/schema\", \"type\": \"number\", "
                + "\"exclusiveMinimum\": true}");
        assertThat(module.context().evaluate(rule).findings()).singleElement()
                .satisfies(finding -> assertThat(finding.message()).contains("(draft-06): at /exclusiveMinimum"));

        module.file(response, "{\"$schema\": \"https://json-schema.org/draft/2019-09/schema\", \"type\": \"object\", "
                + "\"$defs\": {\"p\": {\"type\": \"number\"}}, \"properties\": {\"churnProbability\": {\"$ref\": \"#/$defs/p\"}}}");
        assertThat(module.context().evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_for_a_schema_dialect_it_does_not_know() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(REQUEST,
                "{\n  \"$schema\": \"https://example.com/my-dialect\",\n  \"type\": \"object\"\n}\n");

        Outcome outcome = module.context().evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("\"$schema\": \"https://example.com/my-dialect\"");
            assertThat(finding.location().orElseThrow().line()).isEqualTo(2);
            assertThat(finding.hint()).contains("https://json-schema.org/draft/2020-12/schema");
        });
    }

    @Test
    void resolves_a_relative_ref_to_a_file_in_the_repository() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file("src/main/resources/schemas/probability.schema.json", "{\"type\": \"number\", \"minimum\": 0, \"maximum\": 1}")
                .file("src/main/resources/schemas/score-response.schema.json",
                        "{\"type\": \"object\", \"properties\": {\"churnProbability\": {\"$ref\": \"probability.schema.json\"}}}");

        assertThat(module.context().evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_for_a_ref_that_cannot_be_resolved() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file("src/main/resources/schemas/score-response.schema.json",
                "{\"type\": \"object\", \"properties\": {\"churnProbability\": {\"$ref\": \"missing.schema.json\"}}}");

        assertThat(module.context().evaluate(rule).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("score-response.schema.json cannot be compiled");
            assertThat(finding.hint()).contains("remote schemas are never fetched");
        });
    }

    @Test
    void fails_for_a_ref_to_a_yaml_file_at_its_line() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file("src/main/resources/schemas/probability.schema.yaml", "type: number\nminimum: 0\nmaximum: 1\n")
                .file("src/main/resources/schemas/score-response.schema.json", "{\"type\": \"object\",\n"
                        + " \"properties\": {\"churnProbability\": {\"$ref\": \"probability.schema.YAML#/x\"}}}");

        assertThat(module.context().evaluate(rule).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the schema src/main/resources/schemas/score-response.schema.json has a "
                    + "$ref at /properties/churnProbability/$ref to probability.schema.YAML, a YAML file; schemas and the "
                    + "files they refer to are read as JSON only");
            assertThat(finding.location()).map(Location::line).contains(2);
            assertThat(finding.hint()).isEqualTo("convert probability.schema.YAML to JSON and point the $ref at the .json file");
        });
    }

    @Test
    void fails_for_a_yaml_file_named_by_a_file_the_schema_refers_to() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file("src/main/resources/schemas/probability.schema.yml", "type: number\n")
                .file("src/main/resources/schemas/probability.schema.json", "{\"$ref\": \"probability.schema.yml\"}")
                .file("src/main/resources/schemas/score-response.schema.json",
                        "{\"type\": \"object\", \"properties\": {\"churnProbability\": {\"$ref\": \"probability.schema.json\"}}}");

        assertThat(module.context().evaluate(rule).findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("score-response.schema.json cannot be compiled")
                    .contains("it names a YAML file, and schemas are read as JSON only");
            assertThat(finding.hint()).contains("a $ref may name a JSON file inside the repository");
        });
    }
}

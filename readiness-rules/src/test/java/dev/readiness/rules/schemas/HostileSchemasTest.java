package dev.readiness.rules.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schemas written to hang a validator: backtracking patterns and $ref cycles. */
class HostileSchemasTest {

    private static final String RESPONSE = "src/main/resources/schemas/score-response.schema.json";
    private static final Duration GUARD = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void a_backtracking_pattern_against_a_long_sample_ends_at_once() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file(RESPONSE, """
                        {
                          "type": "object",
                          "properties": {
                            "churnProbability": {"type": "number"},
                            "segment": {"type": "string", "pattern": "^(.*a){8}b$|^c-[0-9]+$"}
                          }
                        }
                        """)
                .file("src/test/resources/samples/response-1.json",
                        "{\"churnProbability\": 0.1, \"segment\": \"c-12\"}")
                .file("src/test/resources/samples/response-2.json",
                        "{\"churnProbability\": 0.1, \"segment\": \"" + "a".repeat(60) + "\"}");

        Outcome declared = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Declared()));
        Outcome samples = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Samples()));

        assertThat(declared.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(samples.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("valid sample src/test/resources/samples/response-2.json");
            assertThat(finding.message()).contains("/segment");
        });
    }

    @Test
    void a_pattern_only_a_backtracking_engine_can_run_is_a_finding_with_schema_and_pointer() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(RESPONSE, """
                {
                  "type": "object",
                  "properties": {
                    "churnProbability": {"type": "number"},
                    "code": {"type": "string", "pattern": "^(a+)\\\\1$"}
                  },
                  "patternProperties": {"^(?=x)": {"type": "string"}}
                }
                """);

        Outcome outcome = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Declared()));

        assertThat(outcome.findings()).extracting(Finding::message).containsExactlyInAnyOrder(
                "the schema " + RESPONSE + " has a pattern at /properties/code/pattern that cannot be used: \"^(a+)\\1$\""
                        + " is not a regular expression a linear-time engine (RE2) compiles: invalid escape sequence",
                "the schema " + RESPONSE + " has a pattern at /patternProperties/^(?=x) that cannot be used: \"^(?=x)\""
                        + " is not a regular expression a linear-time engine (RE2) compiles: invalid or unsupported Perl syntax");
        assertThat(outcome.findings()).extracting(f -> f.location().orElseThrow().line()).containsExactlyInAnyOrder(5, 7);
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.hint()).contains("look-ahead"));
    }

    @Test
    void ecma_unicode_escapes_and_usual_patterns_still_work() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file(RESPONSE, """
                        {
                          "type": "object",
                          "properties": {
                            "churnProbability": {"type": "number"},
                            "name": {"type": "string", "pattern": "^[a-z\\\\u00e9]+-\\\\d{2,4}$"}
                          }
                        }
                        """)
                .file("src/test/resources/samples/response-1.json", "{\"churnProbability\": 0.1, \"name\": \"caf\u00e9-123\"}")
                .file("src/test/resources/samples/response-2.json", "{\"churnProbability\": 0.1, \"name\": \"CAFE-1\"}");

        Outcome samples = module.context().evaluate(new Samples());

        assertThat(samples.findings()).singleElement().extracting(Finding::message).asString()
                .startsWith("valid sample src/test/resources/samples/response-2.json");
    }

    @Test
    void a_ref_cycle_fails_schemas_declared_with_the_file_and_pointers() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(RESPONSE, """
                {
                  "type": "object",
                  "properties": {"churnProbability": {"$ref": "#/$defs/a"}},
                  "$defs": {
                    "a": {"$ref": "#/$defs/b"},
                    "b": {"allOf": [{"$ref": "#/$defs/a"}]}
                  }
                }
                """);

        Outcome declared = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Declared()));
        Outcome samples = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Samples()));

        assertThat(declared.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the schema " + RESPONSE + " has a $ref cycle that never reaches a"
                    + " value: #/$defs/a -> #/$defs/b -> #/$defs/b/allOf/0 -> #/$defs/a");
            assertThat(finding.location()).map(Location::file).contains(module.path(RESPONSE));
            assertThat(finding.location()).map(Location::line).contains(5);
        });
        assertThat(samples.findings()).singleElement().extracting(Finding::message).asString()
                .startsWith("cannot check the samples of schema 'score-response': the schema ");
    }

    @Test
    void a_schema_referring_to_itself_is_a_cycle_but_recursion_through_properties_is_not() {
        RuleHarness module = SchemaFixtures.dataProduct(dir).file(RESPONSE, """
                {
                  "type": "object",
                  "properties": {
                    "churnProbability": {"type": "number"},
                    "children": {"type": "array", "items": {"$ref": "#"}},
                    "loop": {"$ref": "#/properties/loop"}
                  }
                }
                """);

        Outcome declared = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Declared()));

        assertThat(declared.findings()).extracting(Finding::message).containsExactly("the schema " + RESPONSE
                + " has a $ref cycle that never reaches a value: #/properties/loop -> #/properties/loop");
    }

    @Test
    void a_tree_schema_recursing_through_items_is_valid() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file(RESPONSE, """
                        {
                          "type": "object",
                          "properties": {"churnProbability": {"type": "number"},
                                         "children": {"type": "array", "items": {"$ref": "#"}}}
                        }
                        """)
                .file("src/test/resources/samples/response-1.json",
                        "{\"churnProbability\": 0.1, \"children\": [{\"churnProbability\": 0.2, \"children\": []}]}");

        assertThat(module.context().evaluate(new Declared()).kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(module.context().evaluate(new Samples()).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void a_ref_cycle_across_files_is_a_finding_not_a_crash() {
        RuleHarness module = SchemaFixtures.dataProduct(dir)
                .file(RESPONSE, "{\"$ref\": \"other.schema.json\"}")
                .file("src/main/resources/schemas/other.schema.json", "{\"$ref\": \"score-response.schema.json\"}");

        Outcome declared = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Declared()));
        Outcome samples = assertTimeoutPreemptively(GUARD, () -> module.context().evaluate(new Samples()));

        assertThat(declared.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the schema " + RESPONSE + " has a $ref cycle that never reaches"
                    + " a value: # -> src/main/resources/schemas/other.schema.json# -> #");
            assertThat(finding.location()).map(Location::file).contains(module.path(RESPONSE));
        });
        assertThat(samples.findings()).singleElement().extracting(Finding::message).asString()
                .startsWith("cannot check the samples of schema 'score-response'");
    }
}

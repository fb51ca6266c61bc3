package dev.readiness.rules.schemas;

import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;

/** A module with a score-request input schema and a score-response output schema, and their samples. */
final class SchemaFixtures {

    static final String REQUEST_SCHEMA = """
            {
              "$schema": "https://json-schema.org/draft/2020-12/schema",
              "type": "object",
              "required": ["customerId", "features"],
              "properties": {
                "customerId": {"type": "string"},
                "features": {
                  "type": "object",
                  "properties": {
                    "tenureMonths": {"type": "integer", "minimum": 0},
                    "monthlySpend": {"type": "number"}
                  },
                  "required": ["tenureMonths"]
                }
              },
              "additionalProperties": false
            }
            """;

    static final String RESPONSE_SCHEMA = """
            {
              "type": "object",
              "required": ["churnProbability"],
              "properties": {"churnProbability": {"type": "number", "minimum": 0, "maximum": 1}}
            }
            """;

    static final String VALID_REQUEST = """
            {
              "customerId": "c-1",
              "features": {
                "tenureMonths": 14,
                "monthlySpend": 42.5
              }
            }
            """;

    static final String CONTRACT = """
              "schemas": [
                { "name": "score-request", "role": "input",
                  "schema": "src/main/resources/schemas/score-request.schema.json",
                  "samples": { "valid": ["src/test/resources/samples/request-*.json"],
                               "invalid": ["src/test/resources/samples/bad-request-*.json"] } },
                { "name": "score-response", "role": "output",
                  "schema": "src/main/resources/schemas/score-response.schema.json",
                  "samples": { "valid": ["src/test/resources/samples/response-*.json"] } }
              ]
            """;

    private SchemaFixtures() {
    }

    /** Both schemas, one valid sample each and one invalid request: every schema rule holds. */
    static RuleHarness dataProduct(Path dir) {
        return RuleHarness.in(dir)
                .contractWith(CONTRACT)
                .file("src/main/resources/schemas/score-request.schema.json", REQUEST_SCHEMA)
                .file("src/main/resources/schemas/score-response.schema.json", RESPONSE_SCHEMA)
                .file("src/test/resources/samples/request-1.json", VALID_REQUEST)
                .file("src/test/resources/samples/bad-request-1.json", "{\"customerId\": 7, \"features\": {}}")
                .file("src/test/resources/samples/response-1.json", "{\"churnProbability\": 0.12}");
    }
}

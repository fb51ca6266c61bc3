package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.contract.Contract;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.ManifestJson;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class HandoffSchemaResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static Schema shippedSchema() throws Exception {
        try (InputStream in = HandoffSchemaResourceTest.class.getResourceAsStream("/" + Manifest.SCHEMA_FILE)) {
            assertThat(in).as(Manifest.SCHEMA_FILE + " in the plugin jar").isNotNull();
            JsonNode schema = JSON.readTree(in);
            assertThat(schema.path("$id").asText()).isEqualTo(Manifest.SCHEMA_ID);
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schema);
        }
    }

    private static Manifest manifest(Optional<String> commit) throws Exception {
        ObjectNode merged = (ObjectNode) JSON.readTree("{\"contract\": 2, \"owners\": {\"science\": \"ana@acme.example\"}}");
        return new Manifest(Manifest.FORMAT_VERSION, new Manifest.Project("com.acme", "churn", "1.0.0"),
                Optional.of("2026-01-15T10:00:00Z"), commit, "PASS", new Manifest.Gate("release", "the version is a release"),
                List.of(new Manifest.RuleStatus("ownership.owners", "PASS", "error", "all owners named")),
                new Manifest.MergedContract(ManifestJson.sha256(merged), merged),
                new Contract.Owners("ana@acme.example", "platform@acme.example", "https://pager.acme.example"),
                Map.of("memory", "512Mi"), List.of(new Contract.FailureMode("model missing", "startup fails", "roll back")),
                List.of(new Manifest.Schema("score-request", "input", "schemas/request.schema.json",
                        Optional.of(JSON.readTree("{\"type\": \"object\"}")),
                        List.of(new Manifest.Sample("samples/request-1.json", JSON.readTree("{\"amount\": 1}"))))),
                Optional.of(new TreeMap<>(Map.of("auc", 0.91))),
                Optional.of(new Manifest.Lock("readiness-lock.json", "a".repeat(64))));
    }

    @Test
    void a_written_manifest_validates_against_the_shipped_schema() throws Exception {
        Schema schema = shippedSchema();

        for (Optional<String> commit : List.of(Optional.of("0123456789abcdef0123456789abcdef01234567"), Optional.<String>empty())) {
            JsonNode written = JSON.readTree(ManifestJson.render(manifest(commit)));
            assertThat(schema.validate(written)).as("errors of %s", written).isEmpty();
        }
    }

    @Test
    void the_schema_rejects_a_manifest_of_an_unknown_format_or_verdict() throws Exception {
        Schema schema = shippedSchema();
        ObjectNode written = (ObjectNode) JSON.readTree(ManifestJson.render(manifest(Optional.empty())));

        assertThat(schema.validate(written.deepCopy().put("manifestVersion", 2))).isNotEmpty();
        assertThat(schema.validate(written.deepCopy().put("verdict", "MAYBE"))).isNotEmpty();
        assertThat(schema.validate(written.deepCopy().put("surprise", true))).isNotEmpty();
    }
}

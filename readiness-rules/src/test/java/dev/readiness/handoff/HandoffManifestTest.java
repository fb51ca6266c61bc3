package dev.readiness.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.Gate;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.ManifestJson;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandoffManifestTest {

    private static final String CONTRACT = """
              "owners": {"science": "ana@acme.example", "engineering": "platform@acme.example", "oncall": "https://pager.acme.example/scoring"},
              "operations": {
                "resources": {"memory": "512Mi"},
                "failureModes": [{"mode": "model file missing", "detection": "startup fails", "mitigation": "roll back"}]
              },
              "schemas": [
                {"name": "score-request", "role": "input", "schema": "schemas/request.schema.json",
                 "samples": {"valid": ["samples/request-*.json"], "invalid": ["samples/bad-*.json"]}}
              ],
              "metrics": {"files": ["target/metrics.json"], "thresholds": {"auc": {"min": 0.8}}}
            """;
    private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";

    @TempDir
    Path dir;

    private RuleHarness module() {
        return RuleHarness.in(dir).contractWith(CONTRACT)
                .file("schemas/request.schema.json", "{\"type\": \"object\", \"required\": [\"amount\"]}")
                .file("samples/request-1.json", "{\"amount\": 12}")
                .file("samples/request-2.json", "{\"amount\": 3, \"merchant\": \"m-1\"}")
                .file("samples/bad-1.json", "{}")
                .file("target/metrics.json", "{\"auc\": 0.91, \"latency\": {\"p99Ms\": 40}}")
                .file("readiness-lock.json", "{\"lockVersion\": 1}\n")
                .file(".git/HEAD", "ref: refs/heads/main\n")
                .file(".git/refs/heads/main", COMMIT + "\n");
    }

    private Facts facts(Optional<String> outputTimestamp) {
        Location pom = Location.of(dir.resolve("pom.xml"));
        PomSettings settings = new PomSettings(Optional.empty(), Optional.empty(), outputTimestamp.map(value ->
                new PomSettings.Setting(PomSettings.OUTPUT_TIMESTAMP, PomSettings.OUTPUT_TIMESTAMP, value, pom)),
                Optional.empty(), pom);
        return RuleHarness.in(dir).version("1.1.0").with(facts -> facts.pomSettings(settings)).facts();
    }

    private static Report report() {
        return new Report(new Report.Project("com.acme", "churn", "1.1.0"),
                new Report.ContractInfo("readiness.json", "ab", List.of()), Gate.RELEASE, "the version is a release",
                List.of(new RuleResult("ownership.owners", Status.PASS, Severity.ERROR, "all owners named", List.of(),
                        Optional.empty(), 3)));
    }

    @Test
    void records_the_verdict_rules_contract_schemas_samples_metrics_lock_and_commit() {
        RuleHarness module = module();
        LoadedContract loaded = module.loadContract();

        Manifest manifest = HandoffManifest.of(report(), loaded, facts(Optional.of("2026-01-15T10:00:00Z")),
                Instant.parse("2026-06-01T08:30:00Z"));

        assertThat(manifest.project()).isEqualTo(new Manifest.Project("com.acme", "churn", "1.1.0"));
        assertThat(manifest.verdict()).isEqualTo("PASS");
        assertThat(manifest.gate()).isEqualTo(new Manifest.Gate("release", "the version is a release"));
        assertThat(manifest.rules()).containsExactly(
                new Manifest.RuleStatus("ownership.owners", "PASS", "error", "all owners named"));
        assertThat(manifest.built()).contains("2026-01-15T10:00:00Z");
        assertThat(manifest.commit()).contains(COMMIT);
        assertThat(manifest.contract().merged()).isEqualTo(loaded.tree());
        assertThat(manifest.contract().sha256()).hasSize(64).isEqualTo(ManifestJson.sha256(loaded.tree()));
        assertThat(manifest.owners().oncall()).isEqualTo("https://pager.acme.example/scoring");
        assertThat(manifest.resources()).containsEntry("memory", "512Mi");
        assertThat(manifest.failureModes()).extracting(m -> m.mode()).containsExactly("model file missing");
        Manifest.Schema schema = manifest.schemas().get(0);
        assertThat(schema.name()).isEqualTo("score-request");
        assertThat(schema.role()).isEqualTo("input");
        assertThat(schema.content().orElseThrow().path("required").get(0).asText()).isEqualTo("amount");
        assertThat(schema.validSamples()).extracting(Manifest.Sample::file)
                .containsExactly("samples/request-1.json", "samples/request-2.json");
        assertThat(manifest.metrics().orElseThrow()).containsEntry("auc", 0.91).containsEntry("latency.p99Ms", 40.0);
        assertThat(manifest.lock().orElseThrow().file()).isEqualTo("readiness-lock.json");
        assertThat(manifest.lock().orElseThrow().sha256()).hasSize(64);
    }

    @Test
    void the_same_build_with_an_output_timestamp_writes_the_same_bytes_twice() {
        RuleHarness module = module();

        byte[] first = ManifestJson.render(HandoffManifest.of(report(), module.loadContract(),
                facts(Optional.of("1768471200")), Instant.parse("2026-06-01T08:30:00Z")));
        byte[] second = ManifestJson.render(HandoffManifest.of(report(), module.loadContract(),
                facts(Optional.of("1768471200")), Instant.parse("2026-06-01T09:45:00Z")));

        assertThat(second).isEqualTo(first);
        assertThat(new String(first, java.nio.charset.StandardCharsets.UTF_8))
                .contains("\"built\": \"2026-01-15T10:00:00Z\"").doesNotContain("\r");
    }

    @Test
    void records_the_build_time_when_no_output_timestamp_is_set() {
        Manifest manifest = HandoffManifest.of(report(), module().loadContract(), facts(Optional.empty()),
                Instant.parse("2026-06-01T08:30:00.123Z"));

        assertThat(manifest.built()).contains("2026-06-01T08:30:00Z");
    }

    @Test
    void reads_back_what_it_wrote() throws Exception {
        Manifest written = HandoffManifest.of(report(), module().loadContract(), facts(Optional.of("2026-01-15T10:00:00Z")),
                Instant.EPOCH);

        Evidence<Manifest> read = ManifestJson.read(ManifestJson.render(written), "churn-1.1.0-readiness.json");

        assertThat(read.isPresent()).isTrue();
        assertThat(read.value()).isEqualTo(written);
        JsonNode tree = new ObjectMapper().readTree(ManifestJson.render(written));
        assertThat(tree.path("manifestVersion").asInt()).isEqualTo(Manifest.FORMAT_VERSION);
    }

    @Test
    void a_schema_that_cannot_be_read_is_recorded_without_content() {
        RuleHarness module = module().file("schemas/request.schema.json", "{ not json");

        Manifest manifest = HandoffManifest.of(report(), module.loadContract(), facts(Optional.empty()), Instant.EPOCH);

        assertThat(manifest.schemas().get(0).content()).isEmpty();
        assertThat(manifest.schemas().get(0).validSamples()).hasSize(2);
    }
}

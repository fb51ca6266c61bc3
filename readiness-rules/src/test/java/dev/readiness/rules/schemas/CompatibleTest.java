package dev.readiness.rules.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.contract.Contract;
import dev.readiness.core.Evidence;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.PreviousRelease;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompatibleTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTRACT = """
              "schemas": [
                {"name": "score-request", "role": "input", "schema": "schemas/request.schema.json",
                 "samples": {"valid": ["samples/request-*.json"]}}
              ]
            """;
    private static final String REQUEST_1_0 = "{\"type\": \"object\", \"required\": [\"amount\"], "
            + "\"properties\": {\"amount\": {\"type\": \"number\"}, \"merchant\": {\"type\": \"string\"}}}";

    @TempDir
    Path dir;

    private final Compatible rule = new Compatible();

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static Manifest released(String version, Manifest.Schema... schemas) {
        return new Manifest(Manifest.FORMAT_VERSION, new Manifest.Project("com.acme", "churn", version), Optional.empty(),
                Optional.empty(), "PASS", new Manifest.Gate("release", "the version is a release"), List.of(),
                new Manifest.MergedContract("", JSON.createObjectNode()), new Contract.Owners(null, null, null), Map.of(),
                List.of(), List.of(schemas), Optional.empty(), Optional.empty());
    }

    private static Manifest.Schema request(String schema, String... samples) {
        return new Manifest.Schema("score-request", "input", "schemas/request.schema.json", Optional.of(json(schema)),
                java.util.Arrays.stream(samples).map(s -> new Manifest.Sample("samples/request-1.json", json(s))).toList());
    }

    private RuleHarness module(String schema) {
        return RuleHarness.in(dir).contractWith(CONTRACT).file("schemas/request.schema.json", schema)
                .file("samples/request-1.json", "{\"amount\": 12, \"merchant\": \"m-1\"}");
    }

    private Outcome evaluate(RuleHarness module, String version, Evidence<PreviousRelease> previous) {
        return module.version(version).with(facts -> facts.previousRelease(() -> previous)).evaluate(rule);
    }

    @Test
    void is_off_for_contract_format_1_and_an_error_from_format_2() {
        assertThat(rule.descriptor().sinceContract()).isEqualTo(2);
        assertThat(rule.descriptor().defaultSeverity()).isEqualTo(dev.readiness.core.Severity.ERROR);
    }

    @Test
    void does_not_apply_without_declared_schemas() {
        RuleHarness module = RuleHarness.in(dir).contractWith("\"owners\": {}");

        Outcome outcome = evaluate(module, "1.1.0-SNAPSHOT", Evidence.of(PreviousRelease.none("never asked")));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
        assertThat(outcome.message()).contains("declares no schemas");
    }

    @Test
    void does_not_apply_without_an_earlier_release_and_says_why() {
        Outcome outcome = evaluate(module(REQUEST_1_0), "1.0.0-SNAPSHOT",
                Evidence.of(PreviousRelease.none("no release of com.acme:churn below 1.0.0-SNAPSHOT in central")));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
        assertThat(outcome.message()).isEqualTo("no release of com.acme:churn below 1.0.0-SNAPSHOT in central");
    }

    @Test
    void cannot_read_its_evidence_when_the_repository_cannot_be_reached() {
        Outcome outcome = evaluate(module(REQUEST_1_0), "1.1.0-SNAPSHOT", Evidence.missing(
                "the repository nexus (https://nexus.acme.example/releases) cannot be reached", "check the network"));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).contains("nexus (https://nexus.acme.example/releases) cannot be reached");
    }

    @Test
    void holds_when_the_schema_is_unchanged_and_the_old_samples_still_validate() {
        Outcome outcome = evaluate(module(REQUEST_1_0), "1.1.0-SNAPSHOT", Evidence.of(PreviousRelease.of("1.0.0",
                released("1.0.0", request(REQUEST_1_0, "{\"amount\": 3}")))));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("1 schema compatible with 1.0.0");
    }

    @Test
    void a_newly_required_input_property_breaks_clients_and_names_the_release_and_the_fix() {
        String now = REQUEST_1_0.replace("[\"amount\"]", "[\"amount\", \"merchant\"]");

        Outcome outcome = evaluate(module(now), "1.1.0-SNAPSHOT", Evidence.of(PreviousRelease.of("1.0.0",
                released("1.0.0", request(REQUEST_1_0)))));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        Finding finding = outcome.findings().get(0);
        assertThat(finding.message())
                .isEqualTo("score-request: /required: merchant is now required; 1.0.0 accepted requests without it");
        assertThat(finding.hint()).isEqualTo("make it optional, or release a new major version");
        assertThat(finding.subject()).isEqualTo("score-request");
        assertThat(finding.advisory()).isFalse();
        assertThat(finding.location().orElseThrow().file()).isEqualTo(dir.resolve("schemas/request.schema.json"));
    }

    @Test
    void an_old_valid_sample_the_new_input_schema_rejects_is_a_breaking_finding() {
        String now = REQUEST_1_0.replace("{\"type\": \"number\"}", "{\"type\": \"number\", \"minimum\": 10}");

        Outcome outcome = evaluate(module(now), "1.1.0-SNAPSHOT", Evidence.of(PreviousRelease.of("1.0.0",
                released("1.0.0", request(REQUEST_1_0, "{\"amount\": 3}")))));

        assertThat(outcome.findings()).extracting(Finding::message).anyMatch(m -> m.startsWith(
                "score-request: the valid sample samples/request-1.json of 1.0.0 no longer validates: at /amount: "));
        assertThat(outcome.findings()).allMatch(f -> !f.advisory());
    }

    @Test
    void a_new_major_version_may_break_and_lists_what_it_announces() {
        String now = REQUEST_1_0.replace("[\"amount\"]", "[\"amount\", \"merchant\"]");

        Outcome outcome = evaluate(module(now), "2.0.0-SNAPSHOT", Evidence.of(PreviousRelease.of("1.4.2",
                released("1.4.2", request(REQUEST_1_0)))));

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2.0.0-SNAPSHOT is a new major version over 1.4.2, which may break; it "
                + "announces: score-request: /required: merchant is now required; 1.4.2 accepted requests without it");
    }

    @Test
    void reports_a_schema_new_in_this_version_and_one_no_longer_declared() {
        Manifest.Schema gone = new Manifest.Schema("score-explanation", "output", "schemas/explanation.schema.json",
                Optional.of(json("{\"type\": \"object\"}")), List.of());

        Outcome added = evaluate(module(REQUEST_1_0), "1.1.0-SNAPSHOT",
                Evidence.of(PreviousRelease.of("1.0.0", released("1.0.0"))));
        Outcome removed = evaluate(module(REQUEST_1_0), "1.1.0-SNAPSHOT",
                Evidence.of(PreviousRelease.of("1.0.0", released("1.0.0", request(REQUEST_1_0), gone))));

        assertThat(added.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(added.message()).isEqualTo("0 schemas compatible with 1.0.0; new in this version: score-request");
        assertThat(removed.findings()).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("schema 'score-explanation' of 1.0.0 is no longer declared; its clients "
                    + "or consumers lose it");
            assertThat(f.advisory()).isTrue();
            assertThat(f.subject()).isEqualTo("score-explanation");
        });
    }

    @Test
    void the_major_version_is_the_leading_number() {
        assertThat(Compatible.major("2.0.0-SNAPSHOT")).isEqualTo(2);
        assertThat(Compatible.major("10")).isEqualTo(10);
        assertThat(Compatible.major("v1.0")).isEqualTo(-1);
    }
}

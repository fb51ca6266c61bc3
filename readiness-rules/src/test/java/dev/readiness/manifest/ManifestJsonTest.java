package dev.readiness.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Evidence;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {

    private static Evidence.Missing<Manifest> missing(String json) {
        Evidence<Manifest> read = ManifestJson.read(json.getBytes(StandardCharsets.UTF_8), "com.acme:churn:json:readiness:1.0.0");
        assertThat(read).isInstanceOf(Evidence.Missing.class);
        return (Evidence.Missing<Manifest>) read;
    }

    @Test
    void refuses_a_file_that_is_not_json_naming_the_coordinates() {
        assertThat(missing("{ nope").reason()).startsWith("the handoff manifest com.acme:churn:json:readiness:1.0.0 is not JSON");
    }

    @Test
    void refuses_json_without_a_manifest_version() {
        assertThat(missing("{\"verdict\": \"PASS\"}").reason()).contains("has no \"manifestVersion\"");
    }

    @Test
    void refuses_a_newer_format_and_asks_for_an_upgrade() {
        Evidence.Missing<Manifest> missing = missing("{\"manifestVersion\": 2}");

        assertThat(missing.reason()).contains("has format 2; this plugin reads formats 1 to 1");
        assertThat(missing.hint()).contains("upgrade the readiness plugin");
    }

    @Test
    void reads_a_minimal_manifest_with_absent_sections_as_empty() {
        Evidence<Manifest> read = ManifestJson.read(("{\"manifestVersion\": 1, \"project\": {\"groupId\": \"com.acme\", "
                + "\"artifactId\": \"churn\", \"version\": \"1.0.0\"}, \"metrics\": null, \"schemas\": [{\"name\": \"r\", "
                + "\"role\": \"input\", \"file\": \"r.json\", \"content\": null, \"validSamples\": []}]}")
                .getBytes(StandardCharsets.UTF_8), "m");

        assertThat(read.isPresent()).isTrue();
        assertThat(read.value().project().version()).isEqualTo("1.0.0");
        assertThat(read.value().metrics()).isEmpty();
        assertThat(read.value().schema("r").orElseThrow().content()).isEmpty();
        assertThat(read.value().lock()).isEmpty();
    }
}

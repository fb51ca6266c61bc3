package dev.readiness.rules.structure;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.api.Outcome;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactSizeTest {

    private static final String JAR = "target/churn-1.0.jar";

    @TempDir
    Path dir;

    private final ArtifactSize rule = new ArtifactSize();

    @Test
    void passes_for_a_small_jar() {
        Outcome outcome = RuleHarness.in(dir)
                .jar(JAR, Map.of("com/acme/Score.class", new byte[200], "application.properties", "a=b".getBytes()))
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).startsWith("churn-1.0.jar is ").endsWith(" B");
    }

    @Test
    void fails_when_a_packaged_resource_is_larger_than_5_mib() {
        // Zeros compress well: the jar stays small while the entry is large, so only the entry is reported.
        RuleHarness project = RuleHarness.in(dir)
                .jar(JAR, Map.of("models/churn.bin", new byte[6 * 1024 * 1024], "com/acme/Score.class", new byte[100]));

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo(
                    "the packaged file models/churn.bin is 6.0 MiB, more than the 5.0 MiB allowed for one resource");
            assertThat(finding.location()).contains(Location.of(Path.of(project.path(JAR) + "!/models/churn.bin")));
            assertThat(finding.hint()).contains("artifact store");
        });
    }

    @Test
    void a_resource_of_exactly_the_limit_passes_and_one_byte_more_fails() {
        String contract = "{ \"contract\": 1, \"rules\": { \"structure.artifact-size\": { \"maxResourceBytes\": 100 } } }";

        Outcome atLimit = RuleHarness.in(dir.resolve("a")).contract(contract)
                .jar(JAR, Map.of("data.csv", new byte[100])).evaluate(rule);
        Outcome overLimit = RuleHarness.in(dir.resolve("b")).contract(contract)
                .jar(JAR, Map.of("data.csv", new byte[101])).evaluate(rule);

        assertThat(atLimit.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(messages(overLimit)).containsExactly(
                "the packaged file data.csv is 101 B, more than the 100 B allowed for one resource");
    }

    @Test
    void fails_when_the_jar_is_larger_than_max_bytes() throws IOException {
        RuleHarness project = RuleHarness.in(dir).jar(JAR, Map.of("weights.bin", randomBytes(4000)));
        long size = Files.size(project.path(JAR));

        Outcome atLimit = project.contract(maxBytes(size)).evaluate(rule);
        Outcome overLimit = project.contract(maxBytes(size - 1)).evaluate(rule);

        assertThat(atLimit.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(overLimit.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).startsWith("the main artifact churn-1.0.jar is ").endsWith(" allowed");
            assertThat(finding.location()).contains(Location.of(project.path(JAR)));
            assertThat(finding.hint()).contains("rules.structure.artifact-size.maxBytes");
        });
    }

    @Test
    void reports_sizes_in_readable_units() {
        assertThat(ArtifactSize.size(1023)).isEqualTo("1023 B");
        assertThat(ArtifactSize.size(1536)).isEqualTo("1.5 KiB");
        assertThat(ArtifactSize.size(50L * 1024 * 1024)).isEqualTo("50.0 MiB");
    }

    @Test
    void cannot_pass_when_the_artifact_was_not_packaged() {
        Outcome outcome = RuleHarness.in(dir).mainArtifact(JAR).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).startsWith("the main artifact has not been packaged");
        assertThat(outcome.findings()).singleElement().satisfies(f -> assertThat(f.hint()).contains("after package"));
    }

    @Test
    void cannot_pass_when_the_artifact_is_not_an_archive() {
        Outcome outcome = RuleHarness.in(dir).file(JAR, "not a jar").mainArtifact(JAR).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).contains("is not a readable archive");
    }

    @Test
    void does_not_apply_to_a_pom_packaged_project() {
        Outcome outcome = RuleHarness.in(dir).packaging("pom").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
    }

    @Test
    void rejects_a_limit_below_one_byte() {
        Throwable thrown = catchThrowable(() -> RuleHarness.in(dir).contract(maxBytes(0)).evaluate(rule));

        assertThat(thrown).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.structure.artifact-size.maxBytes\" must be a whole number of at least 1, found 0");
    }

    private static String maxBytes(long value) {
        return "{ \"contract\": 1, \"rules\": { \"structure.artifact-size\": { \"maxBytes\": " + value + " } } }";
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new Random(42).nextBytes(bytes);
        return bytes;
    }
}

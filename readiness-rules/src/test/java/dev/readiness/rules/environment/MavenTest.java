package dev.readiness.rules.environment;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenTest {

    private static final String WRAPPER = ".mvn/wrapper/maven-wrapper.properties";
    private static final String SHA = "5af3b743dd8b876b5c45da33b676251e5f1687712644abb4ee519ca56e1d89ce";
    private static final String URL = "https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/%1$s/apache-maven-%1$s-bin.zip";

    @TempDir
    Path dir;

    private final Maven rule = new Maven();

    private RuleHarness wrapper(String text) {
        return RuleHarness.in(dir).contract("{\"contract\": 2}").file(WRAPPER, text);
    }

    private static String url(String version) {
        return "distributionUrl=" + URL.formatted(version).replace(":", "\\:") + "\n";
    }

    @Test
    void passes_with_a_pinned_version_and_its_checksum() {
        Outcome outcome = wrapper("wrapperVersion=3.3.4\ndistributionType=only-script\n" + url("3.9.16")
                + "distributionSha256Sum=" + SHA + "\n").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("the Maven Wrapper pins Maven 3.9.16 with its SHA-256 (" + WRAPPER + ")");
    }

    @Test
    void a_maven_4_release_candidate_is_an_exact_version() {
        Outcome outcome = wrapper(url("4.0.0-rc-4") + "distributionSha256Sum=" + SHA + "\n").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_without_a_wrapper_and_says_which_command_adds_one() {
        Outcome outcome = RuleHarness.in(dir).contract("{\"contract\": 2}").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("no Maven Wrapper: .mvn/wrapper/maven-wrapper.properties does not "
                + "exist at the repository root (.), so each machine builds with whatever Maven it has");
        Finding finding = outcome.findings().get(0);
        assertThat(finding.subject()).isEqualTo(WRAPPER);
        assertThat(finding.hint()).startsWith("run mvn wrapper:wrapper -Dmaven=3.9.16 (a 3.9.x release) in ., add "
                + "distributionSha256Sum=<SHA-256 of the distribution>");
    }

    @Test
    void looks_for_the_wrapper_at_the_repository_root_not_in_the_module() {
        RuleHarness project = RuleHarness.in(dir).file(WRAPPER, url("3.9.16") + "distributionSha256Sum=" + SHA + "\n")
                .module("scorer").contract("{\"contract\": 2}");

        assertThat(project.evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_without_a_checksum_on_the_distribution_line() {
        RuleHarness project = wrapper("wrapperVersion=3.3.4\n" + url("3.9.16"));

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly(WRAPPER + " has no distributionSha256Sum, so the wrapper runs "
                + "whatever it downloads from distributionUrl");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path(WRAPPER), 2));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("add distributionSha256Sum=<SHA-256 of the distribution> "
                + "to .mvn/wrapper/maven-wrapper.properties (curl -fsSL " + URL.formatted("3.9.16")
                + " | sha256sum prints it; ./mvnw then refuses a download that differs)");
    }

    @Test
    void fails_for_a_checksum_that_is_no_sha256() {
        RuleHarness project = wrapper(url("3.9.16") + "distributionSha256Sum=abc\n");

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("distributionSha256Sum is \"abc\", not a SHA-256 (64 hex digits)");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path(WRAPPER), 2));
    }

    @Test
    void fails_for_a_snapshot_distribution() {
        Outcome outcome = wrapper("distributionUrl=https://repository.apache.org/snapshots/org/apache/maven/apache-maven/"
                + "4.1.0-SNAPSHOT/apache-maven-4.1.0-20260101.120000-1-bin.zip\ndistributionSha256Sum=" + SHA + "\n")
                .evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString().startsWith("distributionUrl names the snapshot distribution");
    }

    @Test
    void fails_for_a_maven_older_than_the_plugins_minimum() {
        Outcome outcome = wrapper(url("3.8.8") + "distributionSha256Sum=" + SHA + "\n").evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "the wrapper pins Maven 3.8.8, older than 3.9.0, the oldest Maven the readiness plugin supports");
    }

    @Test
    void fails_for_a_url_that_names_no_version() {
        Outcome outcome = wrapper("distributionUrl=https\\://nexus.acme.example/maven.zip\ndistributionSha256Sum=" + SHA + "\n")
                .evaluate(rule);

        assertThat(messages(outcome)).containsExactly("distributionUrl https://nexus.acme.example/maven.zip names no Maven "
                + "version (apache-maven-<version>-bin.zip)");
    }

    @Test
    void fails_without_a_distribution_url() {
        Outcome outcome = wrapper("wrapperVersion=3.3.4\n").evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                WRAPPER + " has no distributionUrl, so the wrapper's default Maven is used",
                WRAPPER + " has no distributionSha256Sum, so the wrapper runs whatever it downloads from distributionUrl");
    }
}

package dev.readiness.rules.documentation;

import static dev.readiness.testing.RuleHarness.messages;
import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadmeTest {

    private static final String COMPLETE = """
            # Churn scoring

            ## Usage
            Run it.

            Resources
            ---------
            2 CPUs.

            ### FAILURE MODES ###
            It fails.
            """;

    @TempDir
    Path dir;

    private final Readme rule = new Readme();

    @Test
    void is_off_unless_the_contract_turns_it_on() {
        assertThat(result(RuleHarness.in(dir).check(), "documentation.readme").status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void passes_when_every_section_has_a_heading_of_any_style_and_case() {
        Outcome outcome = RuleHarness.in(dir).file("README.md", COMPLETE).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_for_each_missing_section_and_points_at_the_readme() {
        RuleHarness project = RuleHarness.in(dir).file("README.md", "# Churn\n\n## Usage\n\nResources are in the wiki.\n");

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "the README has no \"Resources\" section", "the README has no \"Failure modes\" section");
        assertThat(outcome.findings()).allSatisfy(f -> {
            assertThat(f.location()).contains(Location.of(project.path("README.md")));
            assertThat(f.hint()).startsWith("add a heading \"## ");
        });
    }

    @Test
    void finds_the_readme_at_the_reactor_root() {
        Outcome outcome = RuleHarness.in(dir).module("churn-service").file("../README.md", COMPLETE).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void checks_the_file_and_sections_the_contract_names() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("""
                        { "contract": 1, "rules": { "documentation.readme": {
                            "severity": "error", "file": "docs/HANDOFF.md", "sections": ["Owners", "Rollback"] } } }
                        """)
                .file("docs/HANDOFF.md", "# Owners\n")
                .evaluate(rule);

        assertThat(messages(outcome)).containsExactly("the README has no \"Rollback\" section");
    }

    @Test
    void cannot_pass_without_a_readme() {
        Outcome outcome = RuleHarness.in(dir).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).endsWith("README.md does not exist");
    }

    @Test
    void reads_the_readme_at_the_repository_root_of_a_module_built_from_its_own_directory() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("README.md"), "# Churn\n\n## Usage\n");
        RuleHarness project = RuleHarness.in(dir.resolve("services/churn"));

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "the README has no \"Resources\" section", "the README has no \"Failure modes\" section");
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.location()).contains(Location.of(dir.resolve("README.md"))));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("Resources");
    }

    @Test
    void cannot_read_its_evidence_when_no_readme_is_found_up_to_the_repository_root() throws IOException {
        Files.createDirectories(dir.resolve(".git"));

        Outcome outcome = RuleHarness.in(dir.resolve("services/churn")).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).contains("README.md does not exist");
    }

    @Test
    void reads_headings_as_the_markdown_patterns_say_on_generated_lines() {
        Random random = new Random(22);
        char[] alphabet = {'#', '#', '=', '-', ' ', 'a', 'Z', '\t', '\u2028', '\u0085'};
        for (int n = 0; n < 40_000; n++) {
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                line.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String trimmed = line.toString().trim();
            assertThat(Readme.repeats(trimmed, '=')).as("'%s'", trimmed).isEqualTo(trimmed.matches("=+"));
            assertThat(Readme.repeats(trimmed, '-')).as("'%s'", trimmed).isEqualTo(trimmed.matches("-+"));
            if (trimmed.startsWith("#")) {
                assertThat(Readme.atxText(trimmed)).as("'%s'", trimmed)
                        .isEqualTo(trimmed.replaceFirst("^#+", "").replaceFirst("#+$", ""));
            }
        }
        assertThat(Readme.atxText("###")).isEmpty();
        assertThat(Readme.atxText("## Usage # notes ##")).isEqualTo(" Usage # notes ");
    }
}

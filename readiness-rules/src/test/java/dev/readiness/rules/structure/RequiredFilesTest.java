package dev.readiness.rules.structure;

import static dev.readiness.testing.RuleHarness.messages;
import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Status;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequiredFilesTest {

    @TempDir
    Path dir;

    private final RequiredFiles rule = new RequiredFiles();

    @Test
    void passes_when_the_module_has_a_readme() {
        Outcome outcome = RuleHarness.in(dir).file("README.md", "# Churn").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("all 1 required files exist");
    }

    @Test
    void passes_when_the_readme_is_at_the_reactor_root() {
        Outcome outcome = RuleHarness.in(dir).module("churn-service").file("../README.md", "# Churn").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_when_the_readme_is_missing() {
        Outcome outcome = RuleHarness.in(dir).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("required file README.md is missing (looked in " + dir + ")");
            assertThat(finding.hint()).isEqualTo("add README.md to the module or the repository root");
        });
    }

    @Test
    void names_both_places_it_looked_in_a_multi_module_build() {
        RuleHarness project = RuleHarness.in(dir).module("churn-service");

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("required file README.md is missing (looked in "
                + project.path("") + " and " + dir + ")");
    }

    @Test
    void fails_when_the_required_path_is_a_directory() {
        Outcome outcome = RuleHarness.in(dir).directory("README.md").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
    }

    @Test
    void checks_the_files_the_contract_lists() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"structure.required-files\": { \"files\": [\"README.md\", \"docs/RUNBOOK.md\", \"LICENSE\"] } } }")
                .file("README.md", "# Churn")
                .file("docs/RUNBOOK.md", "# Runbook")
                .evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString().startsWith("required file LICENSE is missing");
    }

    @Test
    void refuses_a_path_that_leaves_the_project() {
        RuleResult result = result(RuleHarness.in(dir)
                .contract("""
                        {
                          "contract": 1,
                          "rules": { "structure.required-files": { "files": ["../../etc/passwd"] } }
                        }
                        """)
                .check(), "structure.required-files");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("the required file path '../../etc/passwd' leaves the project");
        assertThat(result.findings()).singleElement().satisfies(f -> assertThat(f.location()).hasValueSatisfying(
                location -> assertThat(location.line()).isEqualTo(3)));
    }

    @Test
    void refuses_an_absolute_path() {
        RuleResult result = result(RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"structure.required-files\": { \"files\": [\"" + dir.resolve("README.md").toString().replace("\\", "\\\\") + "\"] } } }")
                .file("README.md", "# Churn")
                .check(), "structure.required-files");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("is absolute");
    }

    @Test
    void passes_when_a_module_built_from_its_own_directory_has_the_readme_at_the_repository_root() throws IOException {
        // The module is its own reactor root (no .mvn/); the repository's .git is two levels up.
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("README.md"), "# Scoring");

        Outcome outcome = RuleHarness.in(dir.resolve("services/churn")).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void a_git_file_of_a_worktree_or_submodule_marks_the_repository_root_too() throws IOException {
        Files.writeString(dir.resolve(".git"), "gitdir: /elsewhere/.git/worktrees/churn");
        Files.writeString(dir.resolve("README.md"), "# Scoring");

        assertThat(RuleHarness.in(dir.resolve("churn")).evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void names_every_directory_it_looked_in_up_to_the_repository_root() throws IOException {
        Files.createDirectories(dir.resolve("repo/.hg"));
        Path module = dir.resolve("repo/services/churn");

        Outcome outcome = RuleHarness.in(module).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("required file README.md is missing (looked in " + module + ", "
                + dir.resolve("repo/services") + " and " + dir.resolve("repo") + ")");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("README.md");
    }

    @Test
    void does_not_look_above_the_repository_root() throws IOException {
        Files.writeString(dir.resolve("README.md"), "# Not this repository's");
        Files.createDirectories(dir.resolve("repo/.mvn"));

        Outcome outcome = RuleHarness.in(dir.resolve("repo/churn")).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
    }
}

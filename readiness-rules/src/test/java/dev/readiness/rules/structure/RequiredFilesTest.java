package dev.readiness.rules.structure;

import static dev.readiness.testing.TestProject.messages;
import static dev.readiness.testing.TestProject.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Status;
import dev.readiness.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RequiredFilesTest {

    @TempDir
    Path dir;

    private final RequiredFiles rule = new RequiredFiles();

    @Test
    void passes_when_the_module_has_a_readme() {
        Outcome outcome = TestProject.in(dir).file("README.md", "# Churn").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("all 1 required files exist");
    }

    @Test
    void passes_when_the_readme_is_at_the_reactor_root() {
        Outcome outcome = TestProject.in(dir).module("churn-service").file("../README.md", "# Churn").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_when_the_readme_is_missing() {
        Outcome outcome = TestProject.in(dir).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("required file README.md is missing (looked in " + dir + ")");
            assertThat(finding.hint()).isEqualTo("add README.md to the module or the repository root");
        });
    }

    @Test
    void names_both_places_it_looked_in_a_multi_module_build() {
        TestProject project = TestProject.in(dir).module("churn-service");

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("required file README.md is missing (looked in "
                + project.path("") + " and " + dir + ")");
    }

    @Test
    void fails_when_the_required_path_is_a_directory() {
        Outcome outcome = TestProject.in(dir).directory("README.md").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
    }

    @Test
    void checks_the_files_the_contract_lists() {
        Outcome outcome = TestProject.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"structure.required-files\": { \"files\": [\"README.md\", \"docs/RUNBOOK.md\", \"LICENSE\"] } } }")
                .file("README.md", "# Churn")
                .file("docs/RUNBOOK.md", "# Runbook")
                .evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString().startsWith("required file LICENSE is missing");
    }

    @Test
    void refuses_a_path_that_leaves_the_project() {
        RuleResult result = result(TestProject.in(dir)
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
        RuleResult result = result(TestProject.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"structure.required-files\": { \"files\": [\"" + dir.resolve("README.md").toString().replace("\\", "\\\\") + "\"] } } }")
                .file("README.md", "# Churn")
                .check(), "structure.required-files");

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("is absolute");
    }
}

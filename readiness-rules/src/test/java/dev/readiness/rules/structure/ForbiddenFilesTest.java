package dev.readiness.rules.structure;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ForbiddenFilesTest {

    @TempDir
    Path dir;

    private final ForbiddenFiles rule = new ForbiddenFiles();

    @Test
    void passes_when_the_module_has_only_code_and_docs() {
        Outcome outcome = RuleHarness.in(dir)
                .file("README.md", "# Churn")
                .file("src/main/java/com/acme/Score.java", "class Score {}")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("no file matches 5 forbidden patterns");
    }

    @Test
    void fails_when_a_notebook_is_in_the_module() {
        RuleHarness project = RuleHarness.in(dir).file("notebooks/explore.ipynb", "{}");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("forbidden file notebooks/explore.ipynb (matches **/*.ipynb)");
            assertThat(finding.location()).contains(Location.of(project.path("notebooks/explore.ipynb")));
            assertThat(finding.hint()).contains("git rm --cached notebooks/explore.ipynb", ".gitignore");
        });
    }

    @Test
    void fails_for_each_kind_of_litter_at_any_depth() {
        Outcome outcome = RuleHarness.in(dir)
                .file("model.pyc", "x")
                .file("src/main/python/__pycache__/features.cpython-311.opt", "x")
                .file("notebooks/.ipynb_checkpoints/explore-checkpoint.txt", "x")
                .file("src/.DS_Store", "x")
                .evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "forbidden file model.pyc (matches **/*.pyc)",
                "forbidden file notebooks/.ipynb_checkpoints/explore-checkpoint.txt (matches **/.ipynb_checkpoints/**)",
                "forbidden file src/.DS_Store (matches **/.DS_Store)",
                "forbidden file src/main/python/__pycache__/features.cpython-311.opt (matches **/__pycache__/**)");
    }

    @Test
    void reports_a_file_once_even_when_several_patterns_match() {
        Outcome outcome = RuleHarness.in(dir).file("__pycache__/model.pyc", "x").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("forbidden file __pycache__/model.pyc (matches **/*.pyc)");
    }

    @Test
    void ignores_the_build_directory_and_version_control_folders() {
        Outcome outcome = RuleHarness.in(dir)
                .file("target/classes/explore.ipynb", "{}")
                .file(".git/objects/model.pyc", "x")
                .file(".svn/x.ipynb", "x")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void still_scans_a_directory_named_target_that_is_not_the_build_directory() {
        Outcome outcome = RuleHarness.in(dir).file("src/target/explore.ipynb", "{}").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("forbidden file src/target/explore.ipynb (matches **/*.ipynb)");
    }

    @Test
    void passes_for_names_that_only_resemble_forbidden_ones() {
        Outcome outcome = RuleHarness.in(dir)
                .file("docs/explore.ipynb.md", "x")
                .file("src/main/python/pycache_notes.txt", "x")
                .file("DS_Store.txt", "x")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void the_contract_replaces_the_default_patterns() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"rules\": { \"structure.forbidden-files\": { \"patterns\": [\"data/**/*.csv\"] } } }")
                .file("data/raw/train.csv", "a,b")
                .file("notebooks/explore.ipynb", "{}")
                .evaluate(rule);

        assertThat(messages(outcome)).containsExactly("forbidden file data/raw/train.csv (matches data/**/*.csv)");
    }
}

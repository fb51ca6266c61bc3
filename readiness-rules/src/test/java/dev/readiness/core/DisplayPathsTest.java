package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayPathsTest {

    private final Path root = Path.of("/work/repo").toAbsolutePath();
    private final Path module = root.resolve("scorer");

    @Test
    void names_a_file_of_the_module_relative_to_it_and_one_of_another_module_through_the_root() {
        assertThat(DisplayPaths.display(module.resolve("target/site/jacoco/jacoco.xml"), module, root))
                .isEqualTo("target/site/jacoco/jacoco.xml");
        assertThat(DisplayPaths.display(root.resolve("policy/readiness.json"), module, root))
                .isEqualTo("../policy/readiness.json");
        assertThat(DisplayPaths.display(module, module, root)).isEqualTo(".");
    }

    @Test
    void names_a_file_outside_the_repository_absolutely_and_keeps_an_archive_entry() {
        assertThat(DisplayPaths.display(Path.of("/opt/policies/org.json").toAbsolutePath(), module, root))
                .isEqualTo(Path.of("/opt/policies/org.json").toAbsolutePath().toString().replace('\\', '/'));
        assertThat(DisplayPaths.display(Path.of(module.resolve("target/scorer.jar") + "!/application.properties"), module, root))
                .isEqualTo("target/scorer.jar!/application.properties");
    }

    @Test
    void shortens_every_path_of_the_repository_in_a_message_and_leaves_the_rest_alone() {
        String message = "the JaCoCo report " + module.resolve("target/site/jacoco/jacoco.xml") + " cannot be read at line 3; "
                + "see " + root.resolve("policy/org.json") + ": it names " + Path.of("/opt/x.json").toAbsolutePath() + ".";

        assertThat(DisplayPaths.inText(message, module, root)).isEqualTo("the JaCoCo report target/site/jacoco/jacoco.xml "
                + "cannot be read at line 3; see ../policy/org.json: it names " + Path.of("/opt/x.json").toAbsolutePath() + ".");
    }

    @Test
    void a_path_that_only_begins_like_the_root_is_not_the_root() {
        String message = "in " + root + "-old/readiness.json and (" + module.resolve("pom.xml") + ")";

        assertThat(DisplayPaths.inText(message, module, root)).isEqualTo("in " + root + "-old/readiness.json and (pom.xml)");
    }

    @Test
    void a_sentence_ending_with_a_path_keeps_its_full_stop() {
        assertThat(DisplayPaths.inText("no report in " + module.resolve("target/surefire-reports") + ".", module, root))
                .isEqualTo("no report in target/surefire-reports.");
    }
}

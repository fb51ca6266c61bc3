package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.facts.Facts;
import dev.readiness.facts.ModuleCode;
import dev.readiness.facts.ProjectInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleCodeTest {

    @TempDir
    Path dir;

    @Test
    void a_module_of_resources_only_has_no_code() throws IOException {
        write("src/main/resources/model.bin");
        write("target/classes/model.bin");

        ModuleCode code = facts().moduleCode().value();

        assertThat(code.none()).isTrue();
        assertThat(code.describe()).isEqualTo("no source files or compiled classes in src/main/java, target/classes, "
                + "src/test/java, target/test-classes");
    }

    @Test
    void any_source_file_or_class_file_is_code() throws IOException {
        write("src/main/java/com/acme/package-info.java");
        assertThat(facts().moduleCode().value().mainSources()).isTrue();

        Files.delete(dir.resolve("src/main/java/com/acme/package-info.java"));
        write("target/test-classes/com/acme/ScorerTest.class");
        ModuleCode code = facts().moduleCode().value();
        assertThat(code.none()).isFalse();
        assertThat(code.testClasses()).isTrue();
    }

    @Test
    void looks_in_the_source_roots_the_build_configures() throws IOException {
        write("src/main/kotlin/com/acme/Scorer.kt");
        Facts facts = FileReaders.facts(ProjectInfo.standard("com.acme", "churn", "1.0", dir))
                .sourceRoots(List.of(dir.resolve("src/main/kotlin")), List.of()).build();

        assertThat(facts.moduleCode().value().none()).isFalse();
        assertThat(facts().moduleCode().value().none()).isTrue();
    }

    private Facts facts() {
        return FileReaders.facts(ProjectInfo.standard("com.acme", "churn", "1.0", dir)).build();
    }

    private void write(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
    }
}

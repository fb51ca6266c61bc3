package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceFilesTest {

    @TempDir
    Path dir;

    @Test
    void module_files_are_named_relative_to_the_module_with_slashes_leaving_out_the_build_directory_and_vcs()
            throws IOException {
        Path module = Files.createDirectories(dir.resolve("app"));
        Files.createDirectories(module.resolve("src/main/resources/nested"));
        Files.writeString(module.resolve("src/main/resources/nested/a.properties"), "a=1");
        Files.writeString(module.resolve("pom.xml"), "<project/>");
        Files.createDirectories(module.resolve("target/classes"));
        Files.writeString(module.resolve("target/classes/a.properties"), "a=1");
        Files.createDirectories(module.resolve(".git"));
        Files.writeString(module.resolve(".git/config"), "");

        for (Path moduleDir : new Path[] {module, dir.resolve("app/../app"), Path.of("").toAbsolutePath().relativize(module)}) {
            Workspace workspace = new Workspace(moduleDir, dir, moduleDir.resolve("target"));
            assertThat(workspace.moduleFiles().value()).as("walked from %s", moduleDir)
                    .containsExactly("pom.xml", "src/main/resources/nested/a.properties");
        }
    }
}

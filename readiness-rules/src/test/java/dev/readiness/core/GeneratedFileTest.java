package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedFileTest {

    @TempDir
    Path dir;

    @Test
    void writes_the_content_whole_and_leaves_no_temporary_file() throws IOException {
        Path file = dir.resolve("reports/report.json");

        GeneratedFile.write(file, "{}".getBytes(StandardCharsets.UTF_8));
        GeneratedFile.write(file, "{\"v\": 2}".getBytes(StandardCharsets.UTF_8));

        assertThat(file).hasContent("{\"v\": 2}");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void a_generated_file_gets_the_permissions_of_any_new_file_not_owner_only_ones() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.createFile(dir.resolve("plain.txt"));

        Path generated = dir.resolve("readiness-lock.json");
        GeneratedFile.write(generated, "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(Files.getPosixFilePermissions(generated)).isEqualTo(Files.getPosixFilePermissions(plain));
    }
}

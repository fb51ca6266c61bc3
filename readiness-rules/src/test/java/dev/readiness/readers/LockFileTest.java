package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.InvalidInputException;
import dev.readiness.facts.deps.DependencyLock.Entry;
import dev.readiness.facts.deps.DependencyLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockFileTest {

    @TempDir
    Path dir;

    private static final String SHA_A = "a".repeat(64);
    private static final String SHA_B = "b".repeat(64);

    private static DependencyLock lock(Map<String, Entry> dependencies, Map<String, Entry> plugins) {
        return new DependencyLock(new TreeMap<>(dependencies), new TreeMap<>(plugins));
    }

    @Test
    void writes_sorted_stable_json_and_reads_it_back() throws IOException {
        LockFile file = LockFile.in(dir);
        DependencyLock lock = lock(Map.of(
                        "z.z:last:jar", new Entry("1.0", "test", Optional.of(SHA_A)),
                        "a.a:first:jar:tests", new Entry("2.0", "compile", Optional.of(SHA_B)),
                        "com.acme:sibling:jar", new Entry("1.0.0-SNAPSHOT", "compile", Optional.empty())),
                Map.of("org.apache.maven.plugins:maven-jar-plugin", new Entry("3.4.2", "", Optional.of(SHA_A))));

        assertThat(file.record(lock)).hasSize(4);

        assertThat(Files.readString(file.file())).isEqualTo("""
                {
                  "lockVersion": 1,
                  "dependencies": {
                    "a.a:first:jar:tests": {
                      "version": "2.0",
                      "scope": "compile",
                      "sha256": "%s"
                    },
                    "com.acme:sibling:jar": {
                      "version": "1.0.0-SNAPSHOT",
                      "scope": "compile"
                    },
                    "z.z:last:jar": {
                      "version": "1.0",
                      "scope": "test",
                      "sha256": "%s"
                    }
                  },
                  "plugins": {
                    "org.apache.maven.plugins:maven-jar-plugin": {
                      "version": "3.4.2",
                      "sha256": "%s"
                    }
                  }
                }
                """.formatted(SHA_B, SHA_A, SHA_A));
        assertThat(file.read().value()).contains(lock);
    }

    @Test
    void leaves_the_file_untouched_when_nothing_changed() throws IOException {
        LockFile file = LockFile.in(dir);
        DependencyLock lock = lock(Map.of("a:b:jar", new Entry("1", "compile", Optional.of(SHA_A))), Map.of());
        file.record(lock);
        FileTime written = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(file.file(), written);

        assertThat(file.record(lock)).isEmpty();
        assertThat(Files.getLastModifiedTime(file.file())).isEqualTo(written);
    }

    @Test
    void reports_what_changed_when_rewriting() throws IOException {
        LockFile file = LockFile.in(dir);
        file.record(lock(Map.of("a:b:jar", new Entry("1", "compile", Optional.of(SHA_A))), Map.of()));

        var changes = file.record(lock(Map.of("a:b:jar", new Entry("2", "compile", Optional.of(SHA_B))), Map.of()));

        assertThat(changes).extracting(Object::toString)
                .containsExactly("changed dependency a:b:jar: version 1 -> 2, sha256 aaaaaaaaaaaa… -> bbbbbbbbbbbb…");
        assertThat(file.read().value().orElseThrow().dependencies().get("a:b:jar").version()).isEqualTo("2");
    }

    @Test
    void no_file_reads_as_no_lock() {
        assertThat(LockFile.in(dir).read().value()).isEmpty();
    }

    @Test
    void refuses_to_overwrite_a_file_that_is_not_a_lock() throws IOException {
        Files.writeString(dir.resolve("readiness-lock.json"), "{\"something\": \"else\"}");

        assertThatThrownBy(() -> LockFile.in(dir).record(lock(Map.of(), Map.of())))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("is not a readiness lock of version 1")
                .hasMessageContaining("correct or delete readiness-lock.json");
        assertThat(Files.readString(dir.resolve("readiness-lock.json"))).isEqualTo("{\"something\": \"else\"}");
    }
}

package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.Evidence;
import dev.readiness.facts.ClassReferences;
import dev.readiness.testing.ClassFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFilesTest {

    @TempDir
    Path dir;

    @Test
    void reads_the_classes_a_compiled_class_refers_to_from_its_constant_pool() throws Exception {
        // This test class itself, as javac wrote it: it calls AssertJ and carries JUnit's @Test.
        Path self = Path.of(ClassFilesTest.class.getResource("ClassFilesTest.class").toURI());

        var references = ClassFiles.references(Files.readAllBytes(self));

        assertThat(references).contains("org/assertj/core/api/Assertions", "org/junit/jupiter/api/Test",
                "java/nio/file/Path", "dev/readiness/readers/ClassFilesTest");
    }

    @Test
    void leaves_out_the_modules_own_classes_and_keeps_the_first_class_that_refers() throws IOException {
        write("com/acme/A.class", ClassFile.named("com/acme/A").references("com/acme/B", "org/junit/Assert").bytes());
        write("com/acme/B.class", ClassFile.named("com/acme/B").references("org/junit/Assert", "org/junit/Test").bytes());

        ClassReferences references = ClassFiles.read(dir).value();

        assertThat(references.referencedBy()).containsOnlyKeys("java/lang/Object", "org/junit/Assert", "org/junit/Test")
                .containsEntry("org/junit/Assert", "com.acme.A").containsEntry("org/junit/Test", "com.acme.B");
        assertThat(references.into(Set.of("org/junit"))).hasValueSatisfying(reference -> {
            assertThat(reference.fromClass()).isEqualTo("com.acme.A");
            assertThat(reference.toClass()).isEqualTo("org.junit.Assert");
        });
        assertThat(references.into(Set.of("org/junit/jupiter/api"))).isEmpty();
    }

    @Test
    void array_types_and_descriptors_name_their_element_types() throws Exception {
        var references = ClassFiles.references(ClassFile.named("com/acme/A").references("[[Lorg/junit/Assert;")
                .text("(ILjava/util/List<Lorg/mockito/Mock;>;)V", "Lorem ipsum; not a type", "L;").bytes());

        assertThat(references).contains("org/junit/Assert", "java/util/List", "org/mockito/Mock")
                .doesNotContain("[[Lorg/junit/Assert;", "orem ipsum", "");
    }

    @Test
    void no_build_output_is_no_reference() {
        Evidence<ClassReferences> references = ClassFiles.read(dir.resolve("target/classes"));

        assertThat(references.value().referencedBy()).isEmpty();
    }

    @Test
    void every_truncation_of_a_class_file_is_malformed_never_a_crash() {
        byte[] whole = ClassFile.named("com/acme/A").references("org/junit/Assert").text("(Lorg/x/Y;)V").bytes();
        // The constant pool ends before the access flags; a cut anywhere before that leaves an unfinished pool.
        int poolEnd = whole.length - 16;
        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (int length = 0; length < poolEnd; length++) {
                byte[] cut = Arrays.copyOf(whole, length);
                assertThatThrownBy(() -> ClassFiles.references(cut)).as("cut at %d", length)
                        .isInstanceOf(ClassFiles.MalformedClassException.class);
            }
        });
    }

    @Test
    void a_hostile_constant_pool_is_malformed_with_the_reason() {
        byte[] unknownTag = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 2, 99};
        byte[] textPastTheEnd = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 2, 1, (byte) 0xFF, (byte) 0xFF, 'a'};
        byte[] classNamingNothing = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 0, 2, 7, 0, 9};
        byte[] hugeCount = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, (byte) 0xFF, (byte) 0xFF};

        assertThatThrownBy(() -> ClassFiles.references(unknownTag)).hasMessage("constant pool entry 1 has the unknown tag 99");
        assertThatThrownBy(() -> ClassFiles.references(textPastTheEnd))
                .hasMessage("a text constant of 65535 bytes runs past the end of the file");
        assertThatThrownBy(() -> ClassFiles.references(classNamingNothing))
                .hasMessage("a class entry names constant 9, which is not text");
        assertThatThrownBy(() -> ClassFiles.references(hugeCount)).hasMessage("it ends in the middle of its constant pool");
    }

    @Test
    void a_malformed_class_file_is_unreadable_evidence_naming_the_file() throws IOException {
        write("com/acme/A.class", ClassFile.named("com/acme/A").bytes());
        write("com/acme/Broken.class", new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0});

        Evidence<ClassReferences> references = ClassFiles.read(dir);

        assertThat(references).isInstanceOfSatisfying(Evidence.Missing.class, missing -> {
            assertThat(missing.reason()).isEqualTo(dir.resolve("com/acme/Broken.class")
                    + " is not a readable class file: it ends in the middle of its constant pool");
            assertThat(missing.hint()).contains("mvn clean verify");
        });
    }

    @Test
    void the_packages_of_a_jar_and_of_a_class_directory() throws IOException {
        Path jar = dir.resolve("lib.jar");
        dev.readiness.testing.RuleHarness.writeZip(jar, Map.of("org/junit/Assert.class", new byte[0],
                "META-INF/versions/11/org/junit/internal/Checks.class", new byte[0], "module-info.class", new byte[0],
                "org/junit/messages.properties", new byte[0]));
        write("classes/com/acme/Fixture.class", new byte[0]);

        assertThat(ClassFiles.packagesIn(jar).value()).containsExactlyInAnyOrder("org/junit", "org/junit/internal");
        assertThat(ClassFiles.packagesIn(dir.resolve("classes")).value()).containsExactly("com/acme");
        assertThat(ClassFiles.packagesIn(dir.resolve("none.jar")).isPresent()).isFalse();
    }

    private void write(String relative, byte[] bytes) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }

    @Test
    void drops_a_multi_release_version_directory_as_the_pattern_does() {
        String[] parts = {"META-INF/", "versions/", "11", "9", "/", "x", "a/B.class", "", "٣"};
        Random random = new Random(22);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder name = new StringBuilder(random.nextInt(4) > 0 ? "META-INF/versions/" : "");
            int length = random.nextInt(5);
            for (int i = 0; i < length; i++) {
                name.append(parts[random.nextInt(parts.length)]);
            }
            String text = name.toString();
            assertThat(ClassFiles.withoutVersionDirectory(text)).as(text)
                    .isEqualTo(text.replaceFirst("^META-INF/versions/\\d+/", ""));
        }
        assertThat(ClassFiles.withoutVersionDirectory("META-INF/versions/17/a/B.class")).isEqualTo("a/B.class");
    }
}

package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarmUpTest {

    @TempDir
    Path dir;

    @Test
    void the_readers_answer_as_they_must_each_time_they_are_warmed_up() {
        assertThat(FileReaders.warmUp()).isTrue();
        assertThat(FileReaders.warmUp()).isTrue();
        assertThat(FileReaders.warmUpValidator(Optional.of(contract("{\"contract\": 2, \"schemas\": [{}]}"))))
                .isTrue();
    }

    @Test
    void the_validator_is_warmed_up_for_a_contract_that_declares_or_may_inherit_schemas_or_is_not_known() {
        assertThat(FileReaders.mayDeclareSchemas(Optional.empty())).isTrue();
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(contract(
                "{\"contract\": 2, // schemas below\n \"schemas\": [{\"name\": \"a\"}],}")))).isTrue();
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(contract(
                "{\"contract\": 1, \"extends\": \"classpath:org/policy.json\"}")))).isTrue();
    }

    @Test
    void not_for_one_that_names_neither_nor_for_one_that_is_not_a_readable_file() throws IOException {
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(contract("{\"contract\": 1, \"rules\": {}}")))).isFalse();
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(contract(
                "{\"contract\": 1, \"owners\": {\"science\": \"schemas@acme.example\"}}")))).isFalse();
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(dir.resolve("absent.json")))).isFalse();
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(Files.createDirectory(dir.resolve("dir.json")))))
                .isFalse();
    }

    @Test
    void the_text_is_searched_not_parsed_so_a_named_key_may_declare_schemas_even_when_empty_or_broken() {
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(contract("{\"contract\": 1, \"schemas\": []}"))))
                .isTrue();
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(contract("{\"contract\": 1, \"schemas\": [")))).isTrue();
    }

    @Test
    void warming_up_the_validator_for_a_contract_without_schemas_starts_nothing_and_answers_true() {
        assertThat(FileReaders.warmUpValidator(Optional.of(contract("{\"contract\": 1}")))).isTrue();
        assertThat(FileReaders.warmUpValidatorFormats(Optional.of(contract("{\"contract\": 1}")))).isTrue();
        assertThat(FileReaders.warmUpReader()).isTrue();
    }

    /**
     * The three parts on threads of their own in a fresh JVM, as the plugin starts them: each initialises classes the
     * others may need, and none waits for another forever.
     */
    @Test
    void the_three_parts_on_threads_of_their_own_in_a_fresh_jvm_all_end() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ThreeThreads.class.getName())
                .redirectErrorStream(true).start();
        boolean ended = process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly();
        }
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(ended).as("the warm-up threads ended; output: %s", output).isTrue();
        assertThat(output).contains("reader true, validator true, formats true");
        assertThat(process.exitValue()).isZero();
    }

    /** The plugin's three warm-up threads, without Maven. */
    static final class ThreeThreads {
        public static void main(String[] args) throws InterruptedException {
            boolean[] answers = new boolean[3];
            Thread[] threads = {
                    new Thread(() -> answers[0] = FileReaders.warmUpReader()),
                    new Thread(() -> answers[1] = FileReaders.warmUpValidator(Optional.empty())),
                    new Thread(() -> answers[2] = FileReaders.warmUpValidatorFormats(Optional.empty()))};
            for (Thread thread : threads) {
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            System.out.println("reader " + answers[0] + ", validator " + answers[1] + ", formats " + answers[2]);
        }
    }

    @Test
    void a_contract_too_large_to_look_into_may_declare_anything() throws IOException {
        Path large = dir.resolve("large.json");
        Files.writeString(large, "{\"contract\": 1, \"owners\": {\"science\": \"" + "a".repeat(1 << 20) + "\"}}");
        assertThat(FileReaders.mayDeclareSchemas(Optional.of(large))).isTrue();
    }

    private Path contract(String text) {
        try {
            return Files.writeString(Files.createTempFile(dir, "readiness", ".json"), text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

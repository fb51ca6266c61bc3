package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepSummaryTest {

    @TempDir
    Path dir;

    @Test
    void the_file_is_the_one_the_variable_names_and_none_when_unset() {
        assertThat(StepSummary.file(Map.of("GITHUB_STEP_SUMMARY", "/tmp/summary.md")::get)).contains(Path.of("/tmp/summary.md"));
        assertThat(StepSummary.file(Map.<String, String>of()::get)).isEmpty();
        assertThat(StepSummary.file(Map.of("GITHUB_STEP_SUMMARY", " ")::get)).isEmpty();
    }

    @Test
    void appends_after_what_earlier_steps_wrote_never_overwriting() throws Exception {
        Path file = dir.resolve("step_summary");
        Files.writeString(file, "## Tests\n\nall green\n");

        StepSummary.Appended appended = StepSummary.append(file, "## Readiness\n| a | b |\n");
        StepSummary.append(file, "## Readiness of module two\n");

        assertThat(Files.readString(file)).isEqualTo("## Tests\n\nall green\n\n## Readiness\n| a | b |\n\n## Readiness of module two\n");
        assertThat(appended.linesLeftOut()).isZero();
    }

    @Test
    void creates_the_file_when_it_does_not_exist() throws Exception {
        Path file = dir.resolve("new/summary.md");

        StepSummary.append(file, "## Readiness");

        assertThat(Files.readString(file)).isEqualTo("## Readiness\n");
    }

    @Test
    void a_summary_too_long_for_the_limit_is_cut_at_a_line_with_a_count_of_what_was_left_out() throws Exception {
        Path file = dir.resolve("step_summary");
        Files.writeString(file, "x".repeat(100) + "\n");
        String markdown = IntStream.range(0, 100).mapToObj(i -> String.format("line %03d", i)).collect(Collectors.joining("\n"));

        StepSummary.Appended appended = StepSummary.append(file, markdown, 1000);

        String content = Files.readString(file);
        assertThat(content.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(1000);
        assertThat(content).startsWith("x".repeat(100) + "\n\nline 000\n");
        assertThat(appended.linesLeftOut()).isGreaterThan(0);
        assertThat(content).endsWith(StepSummary.leftOut(appended.linesLeftOut()));
        long kept = content.lines().filter(l -> l.startsWith("line ")).count();
        assertThat(kept + appended.linesLeftOut()).isEqualTo(100);
    }

    @Test
    void a_full_file_gets_nothing_rather_than_going_over_the_limit() throws Exception {
        Path file = dir.resolve("step_summary");
        Files.writeString(file, "x".repeat(990));

        StepSummary.Appended appended = StepSummary.append(file, "## Readiness\n", 1000);

        assertThat(Files.size(file)).isEqualTo(990);
        assertThat(appended.appendedBytes()).isZero();
        assertThat(appended.linesLeftOut()).isEqualTo(1);
    }

    @Test
    void the_real_limit_is_one_mebibyte() {
        assertThat(StepSummary.LIMIT).isEqualTo(1024 * 1024);
    }
}

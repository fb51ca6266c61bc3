package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Gate;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMojoStepSummaryTest {

    @TempDir
    Path dir;

    private final Report report = new Report(new Report.Project("com.acme", "churn", "1.0.0-SNAPSHOT"),
            new Report.ContractInfo("readiness.json", "ab12", List.of()), Gate.DEFAULT, "the version is a SNAPSHOT", List.of());
    private final Facts facts = FileReaders.facts(ProjectInfo.standard("com.acme", "churn", "1.0.0-SNAPSHOT", Path.of("/tmp/churn"))).build();

    @Test
    void appends_the_summary_to_the_file_github_names() throws Exception {
        Path summary = dir.resolve("step_summary");
        Files.writeString(summary, "## Tests\n");
        CheckMojo mojo = new CheckMojo(new ReadinessBuild(null, null), Map.of("GITHUB_STEP_SUMMARY", summary.toString())::get);
        mojo.setLog(new RecordingLog());

        mojo.appendStepSummary(report, facts);

        assertThat(Files.readString(summary)).startsWith("## Tests\n\n## Readiness: churn PASS\n");
    }

    @Test
    void does_nothing_outside_github_actions() {
        CheckMojo mojo = new CheckMojo(new ReadinessBuild(null, null), Map.<String, String>of()::get);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.appendStepSummary(report, facts);

        assertThat(log.lines).isEmpty();
    }

    @Test
    void an_unwritable_summary_is_a_warning_not_a_failed_build() throws Exception {
        Path directory = Files.createDirectory(dir.resolve("a-directory"));
        CheckMojo mojo = new CheckMojo(new ReadinessBuild(null, null), Map.of("GITHUB_STEP_SUMMARY", directory.toString())::get);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);

        mojo.appendStepSummary(report, facts);

        assertThat(log.text()).startsWith("WARN readiness: cannot append to $GITHUB_STEP_SUMMARY");
    }
}

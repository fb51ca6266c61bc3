package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.contract.ContractSource;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Gate;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import dev.readiness.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The failure message spells out the first findings and sends people to the report the build wrote for the rest. */
class CheckMojoFailureMessageTest {

    @TempDir
    Path dir;

    @Test
    void names_the_report_in_the_configured_report_directory_for_the_findings_left_out() throws Exception {
        Throwable failure = conclude(EnumSet.allOf(ReportFormat.class));

        assertThat(failure).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("(more findings in build-reports/report.json)");
    }

    @Test
    void names_the_report_directory_when_no_report_json_is_written() throws Exception {
        Throwable failure = conclude(EnumSet.of(ReportFormat.SARIF));

        assertThat(failure).hasMessageContaining("(more findings in build-reports)");
        assertThat(dir.resolve("build-reports/readiness.sarif")).exists();
    }

    /** 25 forbidden notebooks: more findings than the message spells out. */
    private Throwable conclude(java.util.Set<ReportFormat> formats) throws IOException {
        Files.writeString(dir.resolve("readiness.json"), "{\"contract\": 1}");
        for (int i = 0; i < 25; i++) {
            Path notebook = dir.resolve("notebooks/explore" + i + ".ipynb");
            Files.createDirectories(notebook.getParent());
            Files.writeString(notebook, "{}");
        }
        ReadinessBuild build = new ReadinessBuild(null, null);
        Facts facts = FileReaders.facts(ProjectInfo.standard("com.acme", "scorer", "1.0.0-SNAPSHOT", dir)).build();
        LoadedContract contract = build.contracts().load(ContractSource.file(dir.resolve("readiness.json")), Optional.empty());
        Report report = build.engine().evaluate(contract, facts, Gate.DEFAULT, "the version is a SNAPSHOT",
                LocalDate.of(2026, 6, 1));
        CheckMojo mojo = new CheckMojo(build, Map.<String, String>of()::get);
        mojo.setLog(new RecordingLog());
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("scorer");
        model.setVersion("1.0.0-SNAPSHOT");
        mojo.project = new MavenProject(model);
        mojo.project.setFile(dir.resolve("pom.xml").toFile());
        Files.createDirectories(dir.resolve("build-reports"));
        mojo.reportDirectory = dir.resolve("build-reports").toFile();
        mojo.failOnViolation = true;
        return catchThrowable(() -> mojo.conclude(report, facts, formats));
    }
}

package dev.readiness.maven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.project.MavenProject;
import org.apache.maven.reporting.MavenReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteReportMojoTest {

    @TempDir
    Path dir;

    @Test
    void is_a_site_report_page_named_readiness() {
        MavenReport report = mojo();

        assertThat(report.getOutputName()).isEqualTo("readiness");
        assertThat(report.getOutputPath()).isEqualTo("readiness");
        assertThat(report.getCategoryName()).isEqualTo(MavenReport.CATEGORY_PROJECT_REPORTS);
        assertThat(report.getName(Locale.ENGLISH)).isEqualTo("Production readiness");
        assertThat(report.isExternalReport()).isFalse();
        report.setReportOutputDirectory(dir.resolve("site-out").toFile());
        assertThat(report.getReportOutputDirectory()).isEqualTo(dir.resolve("site-out").toFile());
    }

    @Test
    void can_generate_a_page_before_any_check_because_the_page_says_how_to_get_one() throws Exception {
        assertThat(mojo().canGenerateReport()).isTrue();
    }

    @Test
    void in_the_site_it_renders_through_the_sites_sink() throws IOException {
        Files.createDirectories(dir.resolve("target/readiness"));
        Files.writeString(dir.resolve("target/readiness/report.json"), ReadinessPageTest.REPORT, StandardCharsets.UTF_8);
        RecordingSink recorded = new RecordingSink();

        mojo().generate(recorded.sink, Locale.ENGLISH);

        assertThat(recorded.text()).contains("com.acme:scoring:1.2.0 is not ready for production");
        assertThat(dir.resolve("target/site/readiness.html")).doesNotExist();
    }

    @Test
    void run_directly_it_writes_the_page_as_a_file_of_its_own() throws Exception {
        SiteReportMojo mojo = mojo();

        mojo.execute();

        Path page = dir.resolve("target/site/readiness.html");
        assertThat(page).exists();
        assertThat(Files.readString(page, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("No readiness check has run for this module: target/readiness/report.json does not exist.");
    }

    private SiteReportMojo mojo() {
        MavenProject project = new MavenProject();
        project.setFile(new File(dir.toFile(), "pom.xml"));
        SiteReportMojo mojo = new SiteReportMojo();
        mojo.project = project;
        mojo.reportDirectory = dir.resolve("target/readiness").toFile();
        mojo.outputDirectory = dir.resolve("target/site").toFile();
        return mojo;
    }
}

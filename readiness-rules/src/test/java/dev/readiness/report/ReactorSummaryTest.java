package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.core.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReactorSummaryTest {

    @TempDir
    Path dir;

    @Test
    void lists_the_modules_not_checked_after_those_checked_and_counts_them_in_the_verdict() {
        ReactorSummary summary = new ReactorSummary(List.of(module()), List.of(
                new ReactorSummary.NotChecked("com.acme", "feature-store", "1.0.0-SNAPSHOT"),
                new ReactorSummary.NotChecked("com.acme", "scoring", "1.0.0-SNAPSHOT")));

        assertThat(summary.lines()).containsExactly(
                "Readiness summary:",
                "  Module         Verdict FAIL WARN WAIVED SCORE",
                "  churn-scorer   FAIL       1    1      1  0.00",
                "  feature-store  not checked",
                "  scoring        not checked",
                "Readiness verdict: FAIL (1 modules checked, 1 failing, 2 not checked)");
    }

    @Test
    void a_module_not_checked_fails_the_reactor_verdict_even_when_every_checked_module_passes() {
        ReactorSummary summary = new ReactorSummary(List.of(),
                List.of(new ReactorSummary.NotChecked("com.acme", "scoring", "1.0.0-SNAPSHOT")));

        assertThat(summary.verdict()).isEqualTo(Status.FAIL);
        assertThat(new ReactorSummary(List.of()).verdict()).isEqualTo(Status.PASS);
    }

    @Test
    void the_reactor_report_names_the_modules_not_checked() throws Exception {
        new ReactorSummary(List.of(module()), List.of(new ReactorSummary.NotChecked("com.acme", "scoring", "1.0.0")))
                .write(dir.resolve("target/readiness"), dir);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("target/readiness/" + ReactorSummary.FILE).toFile());

        assertThat(json.path("verdict").asText()).isEqualTo("FAIL");
        assertThat(json.path("modules").size()).isEqualTo(1);
        assertThat(json.path("notChecked").toString())
                .isEqualTo("[{\"groupId\":\"com.acme\",\"artifactId\":\"scoring\",\"version\":\"1.0.0\"}]");
    }

    private ReactorSummary.Module module() {
        return new ReactorSummary.Module(SampleReport.of(dir, 1), dir.resolve("target/readiness/report.json"));
    }
}

package dev.readiness.maven.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessPageTest {

    private static final String REPORT = """
            {"reportVersion": 1,
             "project": {"groupId": "com.acme", "artifactId": "scoring", "version": "1.2.0"},
             "contract": {"path": "readiness.json", "sha256": "abc123"},
             "gate": "release", "gateReason": "the project version 1.2.0 is a release",
             "verdict": "FAIL", "score": {"sections": {}, "overall": 0.5},
             "summary": {"passed": 1, "failed": 1, "warned": 0, "waived": 1, "skipped": 0},
             "results": [
              {"rule": "structure.readme", "status": "PASS", "severity": "error", "message": "README.md exists",
               "findings": [], "waiver": null},
              {"rule": "configuration.environment", "status": "FAIL", "severity": "error",
               "message": "a localhost address in packaged configuration (1 more waived)",
               "findings": [
                {"subject": "src/main/resources/app.properties", "message": "a localhost address: http://localhost",
                 "location": {"file": "src/main/resources/app.properties", "line": 3},
                 "hint": "replace it with a ${ENV_VAR} placeholder", "waiver": null},
                {"subject": "src/main/resources/debug.properties", "message": "a localhost address: {x, javascript:alert(1)}",
                 "location": {"file": "src/main/resources/debug.properties", "line": 1}, "hint": "",
                 "waiver": {"reason": "bound in the sidecar, ML-301", "owner": "ml-platform@acme.example",
                            "expires": "2027-02-01", "subjects": ["src/main/resources/debug.properties"]}}],
               "waiver": null},
              {"rule": "coverage.overall", "status": "WAIVED", "severity": "error", "message": "line coverage 61 %",
               "findings": [], "waiver": {"reason": "new module, ML-400", "owner": "lead@acme.example",
                                          "expires": "2027-01-15"}}]}
            """;

    @TempDir
    Path dir;

    @Test
    void renders_the_verdict_the_rules_the_open_findings_with_fixes_and_the_waivers() throws IOException {
        Path file = Files.createDirectories(dir.resolve("target/readiness")).resolve("report.json");
        Files.writeString(file, REPORT, StandardCharsets.UTF_8);
        String page = render(SiteReportMojo.read(file, dir));

        assertThat(page).contains("com.acme:scoring:1.2.0 is not ready for production, judged by the release gate")
                .contains("the project version 1.2.0 is a release")
                .contains("structure.readme", "configuration.environment", "coverage.overall")
                .contains("src/main/resources/app.properties:3", "replace it with a ${ENV_VAR} placeholder")
                .contains("bound in the sidecar, ML-301", "ml-platform@acme.example", "2027-02-01")
                .contains("new module, ML-400", "lead@acme.example", "2027-01-15", "the whole rule")
                .contains("target/readiness/report.json")
                .contains("50 %");
        // The waived finding is listed under the waivers, not among the open findings.
        String findings = page.substring(page.indexOf("Findings"), page.indexOf("Waivers"));
        assertThat(findings).contains("app.properties").doesNotContain("debug.properties");
        // A report's text is never read as a link pattern.
        assertThat(page).doesNotContain("href=\"javascript");
    }

    @Test
    void without_a_report_the_page_says_how_to_get_one() {
        String page = render(SiteReportMojo.read(dir.resolve("target/readiness/report.json"), dir));

        assertThat(page).contains("No readiness check has run for this module: target/readiness/report.json does not exist")
                .contains("mvn verify site");
    }

    @Test
    void a_damaged_or_foreign_report_is_named_not_thrown() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"reportVersion\": 1,\n \"results\": [", StandardCharsets.UTF_8);
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"verdict\": \"PASS\"}", StandardCharsets.UTF_8);

        assertThat(render(SiteReportMojo.read(broken, dir))).contains("broken.json is not valid JSON (line 2)");
        assertThat(render(SiteReportMojo.read(foreign, dir))).contains("foreign.json is not a report of this version");
    }

    private static String render(ReadinessPage.Source source) {
        StringWriter out = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(out);
        new ReadinessPage(sink, source).render();
        sink.flush();
        return out.toString();
    }
}

package dev.readiness.maven.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadinessPageTest {

    static final String REPORT = """
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
                {"subject": "src/main/resources/app.properties", "message": "a localhost address: http://localhost/<script>x</script>",
                 "location": {"file": "src/main/resources/app.properties", "line": 3},
                 "hint": "replace it with a ${ENV_VAR} placeholder", "waiver": null},
                {"subject": "src/main/resources/debug.properties", "message": "a localhost address: http://localhost:9000",
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
        RecordingSink recorded = render(SiteReportMojo.read(report(REPORT), dir));
        String text = recorded.text();

        assertThat(text).contains("com.acme:scoring:1.2.0 is not ready for production, judged by the release gate"
                        + " (the project version 1.2.0 is a release).")
                .contains("structure.readme", "configuration.environment", "coverage.overall")
                .contains("src/main/resources/app.properties:3", "replace it with a ${ENV_VAR} placeholder")
                .contains("bound in the sidecar, ML-301", "ml-platform@acme.example", "2027-02-01")
                .contains("new module, ML-400", "lead@acme.example", "2027-01-15", "the whole rule")
                .contains("Contract: readiness.json (SHA-256 abc123). Report: target/readiness/report.json.");
        // The summary row: verdict, counts and the score as a percentage, one cell each.
        assertThat(String.join("\n", recorded.events)).contains(String.join("\n", "tableRow()",
                "tableCell()", "text:FAIL", "tableCell_()", "tableCell()", "text:1", "tableCell_()",
                "tableCell()", "text:1", "tableCell_()", "tableCell()", "text:0", "tableCell_()",
                "tableCell()", "text:1", "tableCell_()", "tableCell()", "text:0", "tableCell_()",
                "tableCell()", "text:50 %", "tableCell_()", "tableRow_()"));
        // The waived finding is listed under the waivers, not among the open findings.
        String findings = text.substring(text.indexOf("\nFindings\n"), text.indexOf("\nWaivers\n"));
        assertThat(findings).contains("app.properties").doesNotContain("debug.properties");
        String waivers = text.substring(text.indexOf("\nWaivers\n"));
        assertThat(waivers).contains("src/main/resources/debug.properties", "coverage.overall");
    }

    @Test
    void is_one_document_with_a_title_and_nested_sections_and_closes_the_sink() throws IOException {
        List<String> events = render(SiteReportMojo.read(report(REPORT), dir)).events;

        assertThat(events).startsWith("head()", "title()", "text:Production readiness", "title_()", "head_()",
                "body()", "section(1, null)", "sectionTitle(1, null)", "text:Production readiness",
                "sectionTitle_(1)");
        assertThat(events).endsWith("section_(1)", "body_()", "flush()", "close()");
        assertThat(events).containsSubsequence("section(2, null)", "sectionTitle(2, null)", "text:Rules",
                "sectionTitle_(2)", "section_(2)", "section(2, null)", "sectionTitle(2, null)", "text:Findings",
                "sectionTitle_(2)", "section_(2)", "section(2, null)", "sectionTitle(2, null)", "text:Waivers",
                "sectionTitle_(2)", "section_(2)");
        assertThat(events.stream().filter(e -> e.startsWith("section(")).count())
                .isEqualTo(events.stream().filter(e -> e.startsWith("section_(")).count()).isEqualTo(4);
        // Plain text only: a report's texts are never turned into links, anchors or raw markup.
        assertThat(events).noneMatch(e -> e.startsWith("link") || e.startsWith("rawText") || e.startsWith("anchor"));
    }

    @Test
    void with_nothing_open_or_waived_it_says_so() throws IOException {
        RecordingSink recorded = render(SiteReportMojo.read(report("""
                {"reportVersion": 1, "project": {"groupId": "g", "artifactId": "a", "version": "1"},
                 "gate": "default", "gateReason": "no gate chosen", "verdict": "PASS",
                 "summary": {"passed": 1, "failed": 0, "warned": 0, "waived": 0, "skipped": 0},
                 "results": [{"rule": "structure.readme", "status": "PASS", "severity": "error",
                              "message": "README.md exists", "findings": [], "waiver": null}]}
                """), dir));

        assertThat(recorded.text()).contains("g:a:1 is ready for production, judged by the default gate")
                .contains("No open findings.", "No waiver is in use.")
                .doesNotContain("Contract:");
    }

    @Test
    void without_a_report_the_page_says_how_to_get_one() {
        String text = render(SiteReportMojo.read(dir.resolve("target/readiness/report.json"), dir)).text();

        assertThat(text).contains("No readiness check has run for this module: target/readiness/report.json does not exist.")
                .contains("mvn verify site")
                .doesNotContain("Rules");
    }

    @Test
    void a_damaged_or_foreign_report_is_named_not_thrown() throws IOException {
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"reportVersion\": 1,\n \"results\": [", StandardCharsets.UTF_8);
        Path foreign = Files.writeString(dir.resolve("foreign.json"), "{\"verdict\": \"PASS\"}", StandardCharsets.UTF_8);

        assertThat(render(SiteReportMojo.read(broken, dir)).text()).contains("broken.json is not valid JSON (line 2)");
        assertThat(render(SiteReportMojo.read(foreign, dir)).text()).contains("foreign.json is not a report of this version");
    }

    @Test
    void the_standalone_page_is_html_with_every_text_escaped() throws IOException {
        StandalonePage page = new StandalonePage();
        new ReadinessPage(page.sink(), SiteReportMojo.read(report(REPORT), dir)).render();
        String html = page.html();

        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</body>\n</html>\n")
                .contains("<title>Production readiness</title>", "<h1>Production readiness</h1>", "<h2>Findings</h2>")
                .contains("<td>configuration.environment</td><td>FAIL</td>")
                .contains("a localhost address: http://localhost/&lt;script&gt;x&lt;/script&gt;")
                .doesNotContain("<script>");
        assertThat(html.split("<section>", -1)).hasSize(html.split("</section>", -1).length).hasSize(5);
    }

    @Test
    void the_standalone_page_refuses_an_event_it_has_no_html_for() {
        StandalonePage page = new StandalonePage();

        assertThatThrownBy(() -> page.sink().link("https://example.org"))
                .isInstanceOf(UnsupportedOperationException.class).hasMessageContaining("sink event link");
    }

    private Path report(String json) throws IOException {
        Path file = Files.createDirectories(dir.resolve("target/readiness")).resolve("report.json");
        return Files.writeString(file, json, StandardCharsets.UTF_8);
    }

    private static RecordingSink render(ReadinessPage.Source source) {
        RecordingSink recorded = new RecordingSink();
        new ReadinessPage(recorded.sink, source).render();
        return recorded;
    }
}

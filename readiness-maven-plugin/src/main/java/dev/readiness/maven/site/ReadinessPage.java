package dev.readiness.maven.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;

/**
 * The site page of a module's last readiness check, rendered from its {@code report.json}: the verdict and the gate,
 * a table of every rule's status, the findings with their fixes, and the waivers with their owners and expiry. With
 * no report, the page says how to get one. It writes Doxia sink events only, so the site renders it in the site's
 * skin and {@link HtmlPageSink} renders it as a page of its own.
 */
final class ReadinessPage {

    static final String TITLE = "Production readiness";

    /** What the page renders: the parsed report, or why there is none. */
    sealed interface Source {
        record Report(JsonNode json, String path) implements Source {
        }

        record Absent(String reason) implements Source {
        }
    }

    private final Sink sink;
    private final Source source;
    private int level;

    ReadinessPage(Sink sink, Source source) {
        this.sink = sink;
        this.source = source;
    }

    /** The whole document: head, title, body; then the sink is flushed and closed, as the site expects of a report. */
    void render() {
        sink.head();
        sink.title();
        sink.text(TITLE);
        sink.title_();
        sink.head_();
        sink.body();
        renderBody();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void renderBody() {
        startSection(TITLE);
        if (source instanceof Source.Absent absent) {
            paragraph(absent.reason());
            paragraph("Run the check before the site, e.g. mvn verify site (the readiness:check goal writes the report"
                    + " this page shows; the page never runs the rules itself).");
            endSection();
            return;
        }
        Source.Report report = (Source.Report) source;
        renderVerdict(report.json(), report.path());
        renderRules(report.json().path("results"));
        renderFindings(report.json().path("results"));
        renderWaivers(report.json().path("results"));
        endSection();
    }

    private void renderVerdict(JsonNode report, String path) {
        JsonNode project = report.path("project");
        paragraph(project.path("groupId").asText() + ":" + project.path("artifactId").asText() + ":"
                + project.path("version").asText() + " is " + verdictWords(report.path("verdict").asText())
                + ", judged by the " + report.path("gate").asText() + " gate (" + report.path("gateReason").asText()
                + ").");
        JsonNode summary = report.path("summary");
        table(new String[] {"Verdict", "Passed", "Failed", "Warned", "Waived", "Skipped", "Score"},
                List.<String[]>of(new String[] {report.path("verdict").asText(), summary.path("passed").asText(),
                    summary.path("failed").asText(), summary.path("warned").asText(),
                    summary.path("waived").asText(), summary.path("skipped").asText(), score(report.path("score"))}));
        JsonNode contract = report.path("contract");
        if (contract.hasNonNull("path")) {
            paragraph("Contract: " + contract.path("path").asText() + " (SHA-256 " + contract.path("sha256").asText()
                    + "). Report: " + path + ".");
        }
    }

    /** The overall score (the weakest clause group's share of its points) as a percentage. */
    private static String score(JsonNode score) {
        JsonNode overall = score.path("overall");
        return overall.isNumber() ? Math.round(overall.asDouble() * 100) + " %" : "";
    }

    private static String verdictWords(String verdict) {
        return switch (verdict) {
            case "PASS" -> "ready for production";
            case "WARN" -> "ready for production, with warnings";
            default -> "not ready for production";
        };
    }

    private void renderRules(JsonNode results) {
        List<String[]> rows = new ArrayList<>();
        for (JsonNode result : results) {
            rows.add(new String[] {result.path("rule").asText(), result.path("status").asText(),
                result.path("severity").asText(), result.path("message").asText()});
        }
        startSection("Rules");
        table(new String[] {"Rule", "Status", "Severity", "Result"}, rows);
        endSection();
    }

    private void renderFindings(JsonNode results) {
        List<String[]> rows = new ArrayList<>();
        for (JsonNode result : results) {
            for (JsonNode finding : result.path("findings")) {
                if (!finding.path("waiver").isObject()) {
                    rows.add(new String[] {result.path("rule").asText(), result.path("status").asText(),
                        finding.path("subject").asText(""), location(finding.path("location")),
                        finding.path("message").asText(), finding.path("hint").asText("")});
                }
            }
        }
        startSection("Findings");
        if (rows.isEmpty()) {
            paragraph("No open findings.");
        } else {
            table(new String[] {"Rule", "Status", "Subject", "Where", "Finding", "Fix"}, rows);
        }
        endSection();
    }

    private void renderWaivers(JsonNode results) {
        List<String[]> rows = new ArrayList<>();
        for (JsonNode result : results) {
            waiverRow(result.path("rule").asText(), "the whole rule", result.path("waiver")).ifPresent(rows::add);
            for (JsonNode finding : result.path("findings")) {
                waiverRow(result.path("rule").asText(), finding.path("subject").asText(finding.path("message").asText()),
                        finding.path("waiver")).ifPresent(rows::add);
            }
        }
        startSection("Waivers");
        if (rows.isEmpty()) {
            paragraph("No waiver is in use.");
        } else {
            table(new String[] {"Rule", "Waives", "Reason", "Owner", "Expires"}, rows);
        }
        endSection();
    }

    private static Optional<String[]> waiverRow(String rule, String waives, JsonNode waiver) {
        if (!waiver.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new String[] {rule, waives, waiver.path("reason").asText(), waiver.path("owner").asText(),
            waiver.path("expires").asText()});
    }

    private static String location(JsonNode location) {
        if (!location.hasNonNull("file")) {
            return "";
        }
        return location.path("file").asText() + (location.hasNonNull("line") ? ":" + location.path("line").asInt() : "");
    }

    private void startSection(String title) {
        level++;
        sink.section(level, null);
        sink.sectionTitle(level, null);
        sink.text(title);
        sink.sectionTitle_(level);
    }

    private void endSection() {
        sink.section_(level);
        level--;
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }

    /** A table of plain text: a report's texts come from the project's files and are never read as markup or links. */
    private void table(String[] header, List<String[]> rows) {
        sink.table();
        sink.tableRows(null, false);
        sink.tableRow();
        for (String cell : header) {
            sink.tableHeaderCell();
            sink.text(cell);
            sink.tableHeaderCell_();
        }
        sink.tableRow_();
        for (String[] row : rows) {
            sink.tableRow();
            for (String cell : row) {
                sink.tableCell();
                sink.text(cell);
                sink.tableCell_();
            }
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }
}

package dev.readiness.maven.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * The site page of a module's last readiness check, rendered from its {@code report.json}: the verdict and the gate,
 * a table of every rule's status, the findings with their fixes, and the waivers with their owners and expiry. With
 * no report, the page says how to get one.
 */
final class ReadinessPage extends AbstractMavenReportRenderer {

    static final String TITLE = "Production readiness";

    /** What the page renders: the parsed report, or why there is none. */
    sealed interface Source {
        record Report(JsonNode json, String path) implements Source {
        }

        record Absent(String reason) implements Source {
        }
    }

    private final Source source;

    ReadinessPage(Sink sink, Source source) {
        super(sink);
        this.source = source;
    }

    @Override
    public String getTitle() {
        return TITLE;
    }

    @Override
    protected void renderBody() {
        startSection(TITLE);
        if (source instanceof Source.Absent absent) {
            paragraph(absent.reason());
            paragraph("Run the check before the site, e.g. mvn verify site (the readiness:check goal writes the report"
                    + " this page shows; the page never runs the rules itself).");
            endSection();
            return;
        }
        JsonNode report = ((Source.Report) source).json();
        renderVerdict(report, ((Source.Report) source).path());
        renderRules(report.path("results"));
        renderFindings(report.path("results"));
        renderWaivers(report.path("results"));
        endSection();
    }

    private void renderVerdict(JsonNode report, String path) {
        JsonNode project = report.path("project");
        paragraph(project.path("groupId").asText() + ":" + project.path("artifactId").asText() + ":"
                + project.path("version").asText() + " is " + verdictWords(report.path("verdict").asText())
                + ", judged by the " + report.path("gate").asText() + " gate (" + report.path("gateReason").asText()
                + ").");
        JsonNode summary = report.path("summary");
        startTable();
        tableHeader(new String[] {"Verdict", "Passed", "Failed", "Warned", "Waived", "Skipped", "Score"});
        plainRow(new String[] {report.path("verdict").asText(), summary.path("passed").asText(),
            summary.path("failed").asText(), summary.path("warned").asText(), summary.path("waived").asText(),
            summary.path("skipped").asText(), score(report.path("score"))});
        endTable();
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
        startSection("Rules");
        startTable();
        tableHeader(new String[] {"Rule", "Status", "Severity", "Result"});
        for (JsonNode result : results) {
            plainRow(new String[] {result.path("rule").asText(), result.path("status").asText(),
                result.path("severity").asText(), result.path("message").asText()});
        }
        endTable();
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
            startTable();
            tableHeader(new String[] {"Rule", "Status", "Subject", "Where", "Finding", "Fix"});
            rows.forEach(this::plainRow);
            endTable();
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
            startTable();
            tableHeader(new String[] {"Rule", "Waives", "Reason", "Owner", "Expires"});
            rows.forEach(this::plainRow);
            endTable();
        }
        endSection();
    }

    /**
     * A row of plain text. The renderer's own rows read "{text, url}" in a cell as a link; a report's texts come from
     * the project's files and stay text.
     */
    private void plainRow(String[] cells) {
        sink.tableRow();
        for (String cell : cells) {
            sink.tableCell();
            text(cell);
            sink.tableCell_();
        }
        sink.tableRow_();
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
}

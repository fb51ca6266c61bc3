package dev.readiness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.core.Status;
import java.nio.charset.StandardCharsets;

/**
 * {@code gl-code-quality-report.json}: GitLab's Code Quality report (the subset of the Code Climate issue format GitLab
 * reads), so a merge request shows the findings it adds and fixes. Paths are relative to the repository root, as GitLab
 * expects; fingerprints are the SARIF ones, stable from build to build. Findings a waiver accepts are left out: GitLab
 * has no notion of an accepted issue.
 */
public final class CodeQualityReport implements ReportWriter {

    public static final String FILE = "gl-code-quality-report.json";

    private static final JsonNodeFactory JSON = JsonTrees.NODES;



    @Override
    public String format() {
        return "codequality";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public byte[] render(ReportInput report) {
        ArrayNode issues = JSON.arrayNode();
        for (ReportInput.Result result : report.results()) {
            if (result.status() != Status.FAIL && result.status() != Status.WARN) {
                continue;
            }
            for (ReportInput.Finding finding : result.findings()) {
                if (finding.waived()) {
                    continue;
                }
                String path = finding.placed().fromRepositoryRoot();
                ObjectNode issue = issues.addObject();
                issue.put("type", "issue");
                issue.put("check_name", result.rule());
                issue.put("description", finding.message() + (finding.hint().isEmpty() ? "" : ". Fix: " + finding.hint()));
                issue.putArray("categories").add("Bug Risk");
                issue.put("severity", result.status() == Status.FAIL ? "major" : "minor");
                issue.put("fingerprint", SarifReport.fingerprint(result.rule(), path, finding.message()));
                ObjectNode location = issue.putObject("location");
                location.put("path", path);
                location.putObject("lines").put("begin", finding.placed().hasLine() ? finding.placed().line() : 1);
            }
        }
        return JsonTrees.indented(issues).getBytes(StandardCharsets.UTF_8);
    }
}

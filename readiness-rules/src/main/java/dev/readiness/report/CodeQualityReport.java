package dev.readiness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Location;
import dev.readiness.core.RepositoryRoot;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * {@code gl-code-quality-report.json}: GitLab's Code Quality report (the subset of the Code Climate issue format GitLab
 * reads), so a merge request shows the findings it adds and fixes. Paths are relative to the repository root, as GitLab
 * expects; fingerprints are the SARIF ones, stable from build to build. Findings a waiver accepts are left out: GitLab
 * has no notion of an accepted issue.
 */
public final class CodeQualityReport {

    public static final String FILE = "gl-code-quality-report.json";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private CodeQualityReport() {
    }

    public static byte[] render(Report report, Path baseDir, Path reactorRoot) {
        Path repositoryRoot = RepositoryRoot.of(baseDir, reactorRoot);
        ArrayNode issues = JSON.arrayNode();
        for (RuleResult result : report.results()) {
            if (result.status() != Status.FAIL && result.status() != Status.WARN) {
                continue;
            }
            for (Finding finding : result.findings()) {
                if (finding.waived()) {
                    continue;
                }
                String path = ReportLocations.fromRepositoryRoot(finding, baseDir, reactorRoot, repositoryRoot);
                ObjectNode issue = issues.addObject();
                issue.put("type", "issue");
                issue.put("check_name", result.rule());
                issue.put("description", finding.message() + (finding.hint().isEmpty() ? "" : ". Fix: " + finding.hint()));
                issue.putArray("categories").add("Bug Risk");
                issue.put("severity", result.status() == Status.FAIL ? "major" : "minor");
                issue.put("fingerprint", SarifReport.fingerprint(result.rule(), path, finding.message()));
                ObjectNode location = issue.putObject("location");
                location.put("path", path);
                location.putObject("lines").put("begin", finding.location().filter(Location::hasLine)
                        .map(Location::line).orElse(1));
            }
        }
        try {
            return JsonReport.mapper().writeValueAsString(issues).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the Code Quality report", e);
        }
    }
}

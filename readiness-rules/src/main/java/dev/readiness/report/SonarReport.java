package dev.readiness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * {@code readiness-sonar.json}: SonarQube's generic external issues report (the format of SonarQube 10.3 and later),
 * for {@code sonar.externalIssuesReportPaths}. Each rule that has issues is described once (name, help and the impact
 * of its severity); each finding of a rule that FAILs or WARNs is an issue on its file and line, relative to the module
 * as the scanner indexes it. A finding on a file outside the module (a parent POM, a policy) is placed on the module's
 * {@code pom.xml}, naming the file in its message, since Sonar drops issues on files it does not index; findings a
 * waiver accepts are left out.
 */
public final class SonarReport implements ReportWriter {

    public static final String FILE = "readiness-sonar.json";
    static final String ENGINE = "readiness";

    private static final JsonNodeFactory JSON = JsonTrees.NODES;



    @Override
    public String format() {
        return "sonar";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public byte[] render(ReportInput report) {
        ObjectNode root = JSON.objectNode();
        ArrayNode described = root.putArray("rules");
        ArrayNode issues = root.putArray("issues");
        Set<String> ruleIds = new LinkedHashSet<>();
        for (ReportInput.Result result : report.results()) {
            if (result.status() != Status.FAIL && result.status() != Status.WARN) {
                continue;
            }
            for (ReportInput.Finding finding : result.findings()) {
                if (finding.waived()) {
                    continue;
                }
                ruleIds.add(result.rule());
                ObjectNode issue = issues.addObject();
                issue.put("ruleId", result.rule());
                issue.put("effortMinutes", 10);
                ObjectNode location = issue.putObject("primaryLocation");
                ReportInput.Placed placed = finding.placed();
                String where = placed.inModule().isPresent() ? "" : " (in " + placed.fromRepositoryRoot()
                        + (placed.hasLine() ? ":" + placed.line() : "") + ")";
                location.put("message", finding.message() + where
                        + (finding.hint().isEmpty() ? "" : ". Fix: " + finding.hint()));
                location.put("filePath", placed.inModule().orElse("pom.xml"));
                int line = placed.inModule().isPresent() && placed.hasLine() ? placed.line() : 1;
                location.putObject("textRange").put("startLine", line);
            }
        }
        for (RuleDescriptor rule : report.rules()) {
            if (!ruleIds.contains(rule.id())) {
                continue;
            }
            ObjectNode descriptor = described.addObject();
            descriptor.put("id", rule.id());
            descriptor.put("name", rule.summary());
            descriptor.put("description", rule.rationale() + " " + rule.help());
            descriptor.put("engineId", ENGINE);
            descriptor.put("cleanCodeAttribute", "COMPLETE");
            descriptor.put("type", "CODE_SMELL");
            descriptor.put("severity", rule.defaultSeverity() == Severity.ERROR ? "MAJOR" : "MINOR");
            descriptor.putArray("impacts").addObject().put("softwareQuality", "RELIABILITY")
                    .put("severity", rule.defaultSeverity() == Severity.ERROR ? "HIGH" : "MEDIUM");
        }
        return JsonTrees.indented(root).getBytes(StandardCharsets.UTF_8);
    }
}

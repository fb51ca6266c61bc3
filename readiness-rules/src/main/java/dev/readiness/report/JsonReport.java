package dev.readiness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.Location;
import dev.readiness.engine.Report;
import java.io.IOException;
import java.nio.file.Path;

/** {@code report.json}: the machine-readable report, in the shape the product's specification fixes. */
public final class JsonReport {

    public static final String FILE = "report.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private JsonReport() {
    }

    public static ObjectNode toJson(Report report, Path baseDir, Path reactorRoot) {
        ObjectNode root = JSON.objectNode();
        root.put("reportVersion", Report.VERSION);
        ObjectNode project = root.putObject("project");
        project.put("groupId", report.project().groupId());
        project.put("artifactId", report.project().artifactId());
        project.put("version", report.project().version());
        ObjectNode contract = root.putObject("contract");
        contract.put("path", report.contract().path());
        contract.put("sha256", report.contract().sha256());
        ArrayNode extended = contract.putArray("extends");
        report.contract().extendsChain().forEach(extended::add);
        root.put("gate", report.gate().key());
        root.put("gateReason", report.gateReason());
        root.put("verdict", report.verdict().name());
        summary(root.putObject("summary"), report.summary());
        score(root.putObject("score"), report.score());
        ArrayNode results = root.putArray("results");
        for (RuleResult result : report.results()) {
            ObjectNode node = results.addObject();
            node.put("rule", result.rule());
            node.put("status", result.status().name());
            node.put("severity", result.severity().key());
            node.put("message", result.message());
            ArrayNode findings = node.putArray("findings");
            for (Finding finding : result.findings()) {
                ObjectNode item = findings.addObject();
                item.put("subject", finding.subject());
                item.put("message", finding.message());
                if (finding.location().isPresent()) {
                    Location location = finding.location().get();
                    ObjectNode where = item.putObject("location");
                    where.put("file", DisplayPaths.display(location.file(), baseDir, reactorRoot));
                    if (location.hasLine()) {
                        where.put("line", location.line());
                    } else {
                        where.putNull("line");
                    }
                } else {
                    item.putNull("location");
                }
                item.put("hint", finding.hint());
                if (finding.waiver().isPresent()) {
                    waiver(item.putObject("waiver"), finding.waiver().get());
                } else {
                    item.putNull("waiver");
                }
            }
            if (result.waiver().isPresent()) {
                waiver(node.putObject("waiver"), result.waiver().get());
            } else {
                node.putNull("waiver");
            }
            node.put("durationMs", result.durationMs());
        }
        return root;
    }

    public static void write(Report report, Path baseDir, Path reactorRoot, Path file) throws IOException {
        GeneratedFile.write(file, MAPPER.writeValueAsBytes(toJson(report, baseDir, reactorRoot)));
    }

    private static void waiver(ObjectNode node, Contract.Waiver waiver) {
        node.put("reason", waiver.reason());
        node.put("owner", waiver.owner());
        node.put("expires", waiver.expires());
        if (!waiver.wholeRule()) {
            ArrayNode subjects = node.putArray("subjects");
            waiver.subjects().forEach(subjects::add);
        }
    }

    /** Fills {@code {passed, failed, warned, waived, skipped}}. */
    static void summary(ObjectNode counts, Report.Summary summary) {
        counts.put("passed", summary.passed());
        counts.put("failed", summary.failed());
        counts.put("warned", summary.warned());
        counts.put("waived", summary.waived());
        counts.put("skipped", summary.skipped());
    }

    /** Fills {@code {sections: {group: {points, maximum}}, overall}}. */
    static void score(ObjectNode node, Report.Score score) {
        ObjectNode sections = node.putObject("sections");
        score.sections().forEach((group, section) -> sections.putObject(group)
                .put("points", section.points()).put("maximum", section.maximum()));
        node.put("overall", rounded(score.overall()));
    }

    /** A ratio to four decimals, as people read it. */
    static double rounded(double ratio) {
        return Math.round(ratio * 10_000) / 10_000.0;
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}

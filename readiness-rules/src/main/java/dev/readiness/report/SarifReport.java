package dev.readiness.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.core.Status;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * {@code readiness.sarif}: SARIF 2.1.0 for code-scanning UIs. Every result has a location (a finding without a file is
 * placed on the module's pom.xml, since such UIs drop results without one) and a fingerprint made of the rule, the
 * file and the message, so the same finding is the same alert from build to build.
 */
public final class SarifReport implements ReportWriter {

    public static final String FILE = "readiness.sarif";
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** The base id of result URIs: the repository root, which code scanning resolves them against. */
    static final String SRCROOT = "%SRCROOT%";

    private static final JsonNodeFactory JSON = JsonTrees.NODES;



    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public byte[] render(ReportInput report) {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();
        // The run's category in code scanning: one per module, so the modules of a build upload side by side and a
        // module's next upload closes only its own fixed alerts.
        run.putObject("automationDetails").put("id", "readiness/" + report.project().artifactId() + "/");
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "readiness");
        driver.put("informationUri", "https://readiness.dev");
        ArrayNode descriptors = driver.putArray("rules");
        for (RuleDescriptor rule : report.rules()) {
            ObjectNode descriptor = descriptors.addObject();
            descriptor.put("id", rule.id());
            descriptor.putObject("shortDescription").put("text", rule.summary());
            descriptor.putObject("fullDescription").put("text", rule.rationale());
            descriptor.putObject("help").put("text", rule.help());
            descriptor.putObject("defaultConfiguration").put("level", level(rule.defaultSeverity()));
        }
        // Code scanning resolves a result's file against the repository root: URIs are relative to it, under the base
        // id %SRCROOT% that the run declares to be that root, so a module's findings land on the module's files.
        ObjectNode srcRoot = run.putObject("originalUriBaseIds").putObject(SRCROOT);
        srcRoot.putObject("description").put("text", "The root of the repository the module "
                + report.project().artifactId() + " is in");
        ArrayNode results = run.putArray("results");
        for (ReportInput.Result result : report.results()) {
            if (result.status() == Status.PASS || result.status() == Status.SKIPPED) {
                continue;
            }
            for (ReportInput.Finding finding : result.findings()) {
                ObjectNode item = results.addObject();
                item.put("ruleId", result.rule());
                item.put("level", switch (result.status()) {
                    case FAIL -> "error";
                    case WARN -> "warning";
                    default -> "note";
                });
                Optional<Contract.Waiver> waiver = finding.waiver().isPresent() ? finding.waiver() : result.waiver();
                if (result.status() == Status.WAIVED || finding.waived()) {
                    ObjectNode suppression = item.putArray("suppressions").addObject();
                    suppression.put("kind", "external");
                    if (waiver.isPresent()) {
                        suppression.put("justification", WaiverText.of(waiver.get()));
                    }
                }
                String text = finding.message() + (finding.hint().isEmpty() ? "" : ". Fix: " + finding.hint());
                item.putObject("message").put("text", text);
                ReportInput.Placed placed = finding.placed();
                String uri = placed.fromRepositoryRoot();
                ObjectNode physical = item.putArray("locations").addObject().putObject("physicalLocation");
                ObjectNode artifact = physical.putObject("artifactLocation");
                artifact.put("uri", uri);
                if (placed.underRepositoryRoot()) {
                    artifact.put("uriBaseId", SRCROOT);
                }
                if (placed.hasLine()) {
                    physical.putObject("region").put("startLine", placed.line());
                }
                if (!finding.subject().isEmpty()) {
                    item.putObject("properties").put("subject", finding.subject());
                }
                // The engine names files in messages relative to the module, and the URI is relative to the
                // repository, so the checkout's location never makes a finding new.
                item.putObject("partialFingerprints").put("readiness/v1", fingerprint(result.rule(), uri, finding.message()));
            }
        }
        return JsonTrees.indented(root).getBytes(StandardCharsets.UTF_8);
    }

    private static String level(dev.readiness.core.Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARN -> "warning";
            case OFF -> "none";
        };
    }

    /** Stable across builds: the line is left out, so an edit above a finding does not make it a new alert. */
    static String fingerprint(String rule, String file, String message) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((rule + "\n" + file + "\n" + message).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}

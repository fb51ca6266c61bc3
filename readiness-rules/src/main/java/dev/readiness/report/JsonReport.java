package dev.readiness.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.contract.Contract;
import dev.readiness.core.JsonTrees;
import dev.readiness.engine.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code report.json}: the machine-readable report, in the shape the product's specification fixes. The records below
 * are that shape, key by key and in order; the file is their serialisation, written key by key with Jackson's
 * streaming generator (its data binding would introspect every record first: a few hundred milliseconds in the fresh
 * JVM of a one-module build). {@link #toJson} reads the written bytes back, so the file and the tree cannot differ.
 */
public final class JsonReport implements ReportWriter {

    public static final String FILE = "report.json";


    /** The whole file. */
    @JsonPropertyOrder({"reportVersion", "project", "contract", "gate", "gateReason", "verdict", "summary", "score",
            "results"})
    public record Document(int reportVersion, Report.Project project, ContractJson contract, String gate,
            String gateReason, String verdict, Report.Summary summary, ScoreJson score, List<ResultJson> results) {
    }

    /** {@code contract}: the contract checked and the ones it extends, nearest first. */
    @JsonPropertyOrder({"path", "sha256", "extends"})
    public record ContractJson(String path, String sha256, @JsonProperty("extends") List<String> extendsChain) {
    }

    /** {@code score}: each clause group's points, then the overall ratio to four decimals. */
    @JsonPropertyOrder({"sections", "overall"})
    public record ScoreJson(Map<String, SectionJson> sections, double overall) {
    }

    @JsonPropertyOrder({"points", "maximum"})
    public record SectionJson(double points, int maximum) {
    }

    /** One rule's result; {@code waiver} is null unless a waiver accepts the whole rule. */
    @JsonPropertyOrder({"rule", "status", "severity", "message", "findings", "waiver", "durationMs"})
    public record ResultJson(String rule, String status, String severity, String message, List<FindingJson> findings,
            WaiverJson waiver, long durationMs) {
    }

    /** One finding; {@code location} and {@code waiver} are null when there is none. */
    @JsonPropertyOrder({"subject", "message", "location", "hint", "waiver"})
    public record FindingJson(String subject, String message, LocationJson location, String hint, WaiverJson waiver) {
    }

    /** {@code line} is null when not known. */
    @JsonPropertyOrder({"file", "line"})
    public record LocationJson(String file, Integer line) {
    }

    /** {@code subjects} is left out for a waiver of the whole rule. */
    @JsonPropertyOrder({"reason", "owner", "expires", "subjects"})
    public record WaiverJson(String reason, String owner, String expires,
            @JsonInclude(JsonInclude.Include.NON_NULL) List<String> subjects) {
    }

    public static Document document(ReportInput report) {
        Report.ContractInfo contract = report.contract();
        List<ResultJson> results = new ArrayList<>(report.results().size());
        for (ReportInput.Result result : report.results()) {
            results.add(result(result));
        }
        return new Document(Report.VERSION, report.project(),
                new ContractJson(contract.path(), contract.sha256(), contract.extendsChain()), report.gate().key(),
                report.gateReason(), report.verdict().name(), report.summary(), score(report.score()),
                List.copyOf(results));
    }

    /** The file's content as a tree, for reading it back. */
    public static JsonNode toJson(ReportInput report) {
        try {
            return JsonTrees.tree(JsonTrees.STRICT, new JsonReport().render(report));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read back report.json", e);
        }
    }


    @Override
    public String format() {
        return "json";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public byte[] render(ReportInput report) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator json = JsonTrees.indentedGenerator(bytes)) {
            write(json, document(report));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write report.json", e);
        }
        return bytes.toByteArray();
    }

    /** The document, key by key in the records' order. */
    static void write(JsonGenerator json, Document document) throws IOException {
        json.writeStartObject();
        json.writeNumberField("reportVersion", document.reportVersion());
        json.writeObjectFieldStart("project");
        coordinates(json, document.project().groupId(), document.project().artifactId(), document.project().version());
        json.writeEndObject();
        json.writeObjectFieldStart("contract");
        json.writeStringField("path", document.contract().path());
        json.writeStringField("sha256", document.contract().sha256());
        strings(json, "extends", document.contract().extendsChain());
        json.writeEndObject();
        json.writeStringField("gate", document.gate());
        json.writeStringField("gateReason", document.gateReason());
        json.writeStringField("verdict", document.verdict());
        summary(json, document.summary());
        score(json, document.score());
        json.writeArrayFieldStart("results");
        for (ResultJson result : document.results()) {
            json.writeStartObject();
            json.writeStringField("rule", result.rule());
            json.writeStringField("status", result.status());
            json.writeStringField("severity", result.severity());
            json.writeStringField("message", result.message());
            json.writeArrayFieldStart("findings");
            for (FindingJson finding : result.findings()) {
                json.writeStartObject();
                json.writeStringField("subject", finding.subject());
                json.writeStringField("message", finding.message());
                json.writeFieldName("location");
                if (finding.location() == null) {
                    json.writeNull();
                } else {
                    json.writeStartObject();
                    json.writeStringField("file", finding.location().file());
                    json.writeFieldName("line");
                    if (finding.location().line() == null) {
                        json.writeNull();
                    } else {
                        json.writeNumber(finding.location().line());
                    }
                    json.writeEndObject();
                }
                json.writeStringField("hint", finding.hint());
                waiver(json, finding.waiver());
                json.writeEndObject();
            }
            json.writeEndArray();
            waiver(json, result.waiver());
            json.writeNumberField("durationMs", result.durationMs());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** {@code "groupId", "artifactId", "version"}: a module's coordinates, inside the object being written. */
    static void coordinates(JsonGenerator json, String groupId, String artifactId, String version) throws IOException {
        json.writeStringField("groupId", groupId);
        json.writeStringField("artifactId", artifactId);
        json.writeStringField("version", version);
    }

    /** {@code "summary": {passed, failed, warned, waived, skipped}}. */
    static void summary(JsonGenerator json, Report.Summary summary) throws IOException {
        json.writeObjectFieldStart("summary");
        json.writeNumberField("passed", summary.passed());
        json.writeNumberField("failed", summary.failed());
        json.writeNumberField("warned", summary.warned());
        json.writeNumberField("waived", summary.waived());
        json.writeNumberField("skipped", summary.skipped());
        json.writeEndObject();
    }

    /** {@code "score": {sections: {group: {points, maximum}}, overall}}. */
    static void score(JsonGenerator json, ScoreJson score) throws IOException {
        json.writeObjectFieldStart("score");
        json.writeObjectFieldStart("sections");
        for (Map.Entry<String, SectionJson> section : score.sections().entrySet()) {
            json.writeObjectFieldStart(section.getKey());
            json.writeNumberField("points", section.getValue().points());
            json.writeNumberField("maximum", section.getValue().maximum());
            json.writeEndObject();
        }
        json.writeEndObject();
        json.writeNumberField("overall", score.overall());
        json.writeEndObject();
    }

    private static void waiver(JsonGenerator json, WaiverJson waiver) throws IOException {
        json.writeFieldName("waiver");
        if (waiver == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject();
        json.writeStringField("reason", waiver.reason());
        json.writeStringField("owner", waiver.owner());
        json.writeStringField("expires", waiver.expires());
        if (waiver.subjects() != null) {
            strings(json, "subjects", waiver.subjects());
        }
        json.writeEndObject();
    }

    private static void strings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static ResultJson result(ReportInput.Result result) {
        List<FindingJson> findings = new ArrayList<>(result.findings().size());
        for (ReportInput.Finding finding : result.findings()) {
            findings.add(finding(finding));
        }
        return new ResultJson(result.rule(), result.status().name(), result.severity().key(), result.message(),
                List.copyOf(findings), waiver(result.waiver()), result.durationMs());
    }

    private static FindingJson finding(ReportInput.Finding finding) {
        LocationJson location = null;
        if (finding.location().isPresent()) {
            ReportInput.Location at = finding.location().get();
            location = new LocationJson(at.file(), at.hasLine() ? at.line() : null);
        }
        return new FindingJson(finding.subject(), finding.message(), location, finding.hint(), waiver(finding.waiver()));
    }

    private static WaiverJson waiver(Optional<Contract.Waiver> waiver) {
        if (waiver.isEmpty()) {
            return null;
        }
        Contract.Waiver w = waiver.get();
        return new WaiverJson(w.reason(), w.owner(), w.expires(), w.wholeRule() ? null : w.subjects());
    }

    /** {@code {sections: {group: {points, maximum}}, overall}}, the overall ratio rounded as people read it. */
    static ScoreJson score(Report.Score score) {
        Map<String, SectionJson> sections = new LinkedHashMap<>();
        for (Map.Entry<String, Report.Score.Section> section : score.sections().entrySet()) {
            sections.put(section.getKey(), new SectionJson(section.getValue().points(), section.getValue().maximum()));
        }
        return new ScoreJson(sections, rounded(score.overall()));
    }

    /** A ratio to four decimals, as people read it. */
    static double rounded(double ratio) {
        return Math.round(ratio * 10_000) / 10_000.0;
    }
}

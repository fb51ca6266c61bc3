package dev.readiness.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.readiness.core.JsonTrees;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The one summary of a multi-module build: a table in the log and {@code reactor-report.json} in the top project. */
public final class ReactorSummary {

    public static final String FILE = "reactor-report.json";

    /** One checked module: its report and where that report was written. */
    public record Module(Report report, Path reportFile) {
    }

    /** A module of the reactor whose check never ran: the build stopped first, or it depends on a failed module. */
    public record NotChecked(String groupId, String artifactId, String version) {
    }

    private final List<Module> modules;
    private final List<NotChecked> notChecked;

    public ReactorSummary(List<Module> modules) {
        this(modules, List.of());
    }

    /** @param notChecked in build order */
    public ReactorSummary(List<Module> modules, List<NotChecked> notChecked) {
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing((Module m) -> m.report().project().groupId())
                .thenComparing(m -> m.report().project().artifactId()));
        this.modules = List.copyOf(sorted);
        this.notChecked = List.copyOf(notChecked);
    }

    /** FAIL when a module fails or was not checked: a module never checked has not met its contract. */
    public Status verdict() {
        return !notChecked.isEmpty() || modules.stream().anyMatch(m -> m.report().verdict() == Status.FAIL)
                ? Status.FAIL : Status.PASS;
    }

    /** The table, one line per module, then the build's verdict. */
    public List<String> lines() {
        int width = Math.max(6, Math.max(
                modules.stream().mapToInt(m -> m.report().project().artifactId().length()).max().orElse(6),
                notChecked.stream().mapToInt(m -> m.artifactId().length()).max().orElse(6)));
        List<String> lines = new ArrayList<>();
        lines.add("Readiness summary:");
        lines.add(String.format("  %-" + width + "s  %-7s %4s %4s %6s %5s", "Module", "Verdict", "FAIL", "WARN", "WAIVED",
                "SCORE"));
        for (Module module : modules) {
            Report.Summary s = module.report().summary();
            lines.add(String.format(java.util.Locale.ROOT, "  %-" + width + "s  %-7s %4d %4d %6d %5.2f",
                    module.report().project().artifactId(), module.report().verdict(), s.failed(), s.warned(), s.waived(),
                    module.report().score().overall()));
        }
        for (NotChecked module : notChecked) {
            lines.add(String.format("  %-" + width + "s  not checked", module.artifactId()));
        }
        long failing = modules.stream().filter(m -> m.report().verdict() == Status.FAIL).count();
        lines.add("Readiness verdict: " + verdict() + " (" + modules.size() + " modules checked, " + failing + " failing"
                + (notChecked.isEmpty() ? "" : ", " + notChecked.size() + " not checked") + ")");
        return lines;
    }

    /** {@code reactor-report.json}: the verdict, then each module's counts, score and report file. */
    @JsonPropertyOrder({"reportVersion", "verdict", "modules", "notChecked"})
    public record Document(int reportVersion, String verdict, List<ModuleJson> modules, List<NotCheckedJson> notChecked) {
    }

    /** A module of the reactor whose check never ran because the build stopped first. */
    @JsonPropertyOrder({"groupId", "artifactId", "version"})
    public record NotCheckedJson(String groupId, String artifactId, String version) {
    }

    /** One module; {@code report} is its report.json, relative to the top project. */
    @JsonPropertyOrder({"groupId", "artifactId", "version", "verdict", "gate", "summary", "score", "report"})
    public record ModuleJson(String groupId, String artifactId, String version, String verdict, String gate,
            Report.Summary summary, JsonReport.ScoreJson score, String report) {
    }

    public void write(Path directory, Path topLevelDir) throws IOException {
        List<ModuleJson> list = modules.stream().map(module -> {
            Report report = module.report();
            return new ModuleJson(report.project().groupId(), report.project().artifactId(), report.project().version(),
                    report.verdict().name(), report.gate().key(), report.summary(), JsonReport.score(report.score()),
                    DisplayPaths.relative(module.reportFile(), topLevelDir));
        }).toList();
        List<NotCheckedJson> skipped = notChecked.stream()
                .map(module -> new NotCheckedJson(module.groupId(), module.artifactId(), module.version())).toList();
        GeneratedFile.write(directory.resolve(FILE), render(new Document(Report.VERSION, verdict().name(), list, skipped)));
    }

    /** The document, key by key in the records' order, as report.json is written (see {@link JsonReport}). */
    static byte[] render(Document document) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (JsonGenerator json = JsonTrees.indentedGenerator(bytes)) {
            json.writeStartObject();
            json.writeNumberField("reportVersion", document.reportVersion());
            json.writeStringField("verdict", document.verdict());
            json.writeArrayFieldStart("modules");
            for (ModuleJson module : document.modules()) {
                json.writeStartObject();
                JsonReport.coordinates(json, module.groupId(), module.artifactId(), module.version());
                json.writeStringField("verdict", module.verdict());
                json.writeStringField("gate", module.gate());
                JsonReport.summary(json, module.summary());
                JsonReport.score(json, module.score());
                json.writeStringField("report", module.report());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("notChecked");
            for (NotCheckedJson module : document.notChecked()) {
                json.writeStartObject();
                JsonReport.coordinates(json, module.groupId(), module.artifactId(), module.version());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return bytes.toByteArray();
    }
}

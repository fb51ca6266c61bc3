package dev.readiness.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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

    private final List<Module> modules;

    public ReactorSummary(List<Module> modules) {
        List<Module> sorted = new ArrayList<>(modules);
        sorted.sort(Comparator.comparing((Module m) -> m.report().project().groupId())
                .thenComparing(m -> m.report().project().artifactId()));
        this.modules = List.copyOf(sorted);
    }

    public Status verdict() {
        return modules.stream().anyMatch(m -> m.report().verdict() == Status.FAIL) ? Status.FAIL : Status.PASS;
    }

    /** The table, one line per module, then the build's verdict. */
    public List<String> lines() {
        int width = Math.max(6, modules.stream().mapToInt(m -> m.report().project().artifactId().length()).max().orElse(6));
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
        long failing = modules.stream().filter(m -> m.report().verdict() == Status.FAIL).count();
        lines.add("Readiness verdict: " + verdict() + " (" + modules.size() + " modules checked, " + failing + " failing)");
        return lines;
    }

    /** {@code reactor-report.json}: the verdict, then each module's counts, score and report file. */
    @JsonPropertyOrder({"reportVersion", "verdict", "modules"})
    public record Document(int reportVersion, String verdict, List<ModuleJson> modules) {
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
        GeneratedFile.write(directory.resolve(FILE), JsonReport.mapper().writeValueAsBytes(
                new Document(Report.VERSION, verdict().name(), list)));
    }
}

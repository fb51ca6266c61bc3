package dev.readiness.report;

import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.DisplayPaths;
import dev.readiness.engine.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What every report writer is fed: the module's report, the descriptors of the rules that ran, and where the module
 * lies, by which the writers name files to people ({@link #display}) and to code-review tools.
 *
 * @param baseDir the module's directory: files are shown relative to it
 * @param reactorRoot the top of the build: files outside it are shown absolute
 */
public record ReportInput(Report report, List<RuleDescriptor> rules, Path baseDir, Path reactorRoot) {

    public ReportInput {
        Objects.requireNonNull(report, "report");
        rules = List.copyOf(rules);
        baseDir = baseDir.toAbsolutePath().normalize();
        reactorRoot = reactorRoot.toAbsolutePath().normalize();
    }

    /** A file as the reports name it to people. */
    public String display(Path file) {
        return DisplayPaths.display(file, baseDir, reactorRoot);
    }
}

package dev.readiness.report;

import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Gate;
import dev.readiness.core.RepositoryRoot;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What every report writer is fed: the module's report made for display, once. Every file the engine's report names
 * is here as the reports show it, so a writer never computes a path; with it, the descriptors of the rules that ran.
 *
 * @param project the module's coordinates
 * @param contract the contract that was checked, its paths relative to the module
 * @param gate the gate the build was held to
 * @param gateReason why that gate ran
 * @param verdict FAIL when any rule failed, PASS otherwise
 * @param summary how many rules ended in each status
 * @param score the readiness score
 * @param results one per rule, in the engine's order
 * @param rules the descriptors of the registered rules, in catalogue order
 */
public record ReportInput(Report.Project project, Report.ContractInfo contract, Gate gate, String gateReason,
        Status verdict, Report.Summary summary, Report.Score score, List<Result> results, List<RuleDescriptor> rules) {

    public ReportInput {
        Objects.requireNonNull(project, "project");
        results = List.copyOf(results);
        rules = List.copyOf(rules);
    }

    /**
     * The report as the writers show it.
     *
     * @param baseDir the module's directory: files are shown relative to it
     * @param reactorRoot the top of the build: files outside it are shown absolute
     */
    public static ReportInput of(Report report, List<RuleDescriptor> rules, Path baseDir, Path reactorRoot) {
        Places places = new Places(baseDir.toAbsolutePath().normalize(), reactorRoot.toAbsolutePath().normalize());
        List<Result> results = new ArrayList<>(report.results().size());
        for (RuleResult result : report.results()) {
            List<Finding> findings = new ArrayList<>(result.findings().size());
            for (dev.readiness.api.Finding finding : result.findings()) {
                findings.add(places.finding(finding));
            }
            results.add(new Result(result.rule(), result.status(), result.severity(), result.message(), findings,
                    result.waiver(), result.durationMs()));
        }
        return new ReportInput(report.project(), report.contract(), report.gate(), report.gateReason(),
                report.verdict(), report.summary(), report.score(), results, rules);
    }

    /** One rule's result, its findings made for display. */
    public record Result(String rule, Status status, Severity severity, String message, List<Finding> findings,
            Optional<Contract.Waiver> waiver, long durationMs) {
        public Result {
            findings = List.copyOf(findings);
        }
    }

    /**
     * A finding as the reports show it.
     *
     * @param location its file and line as people read them; empty when the finding names no file
     * @param waiver the waiver that accepts this finding alone
     * @param placed where the reports for code-review tools put it
     */
    public record Finding(String subject, String message, Optional<Location> location, String hint,
            Optional<Contract.Waiver> waiver, Placed placed) {

        public boolean waived() {
            return waiver.isPresent();
        }
    }

    /**
     * A file as people read it, and the line.
     *
     * @param file relative to the module inside the build, absolute outside it (see {@link DisplayPaths#display})
     * @param line 0 when not known
     */
    public record Location(String file, int line) {

        public boolean hasLine() {
            return line > 0;
        }

        /** {@code file:line}, or the file alone when the line is not known. */
        @Override
        public String toString() {
            return hasLine() ? file + ":" + line : file;
        }
    }

    /**
     * Where the reports for code-review tools put a finding: on its file, or on the module's {@code pom.xml} for a
     * finding without one, since those tools drop issues without a file.
     *
     * @param fromRepositoryRoot the file relative to the repository root, or as {@link Location#file} shows it when it
     *     lies outside that root or inside an archive
     * @param underRepositoryRoot true when {@code fromRepositoryRoot} is relative to the repository root
     * @param inModule the file relative to the module, when it lies in the module (and not inside an archive)
     * @param line the finding's line, 0 when not known
     */
    public record Placed(String fromRepositoryRoot, boolean underRepositoryRoot, Optional<String> inModule, int line) {

        public boolean hasLine() {
            return line > 0;
        }
    }

    /** Turns the engine's paths into display paths, for one module. */
    private record Places(Path baseDir, Path reactorRoot, Path repositoryRoot) {

        Places(Path baseDir, Path reactorRoot) {
            this(baseDir, reactorRoot, RepositoryRoot.of(baseDir, reactorRoot));
        }

        Finding finding(dev.readiness.api.Finding finding) {
            Optional<dev.readiness.core.Location> at = finding.location();
            Optional<Location> location = at.isPresent()
                    ? Optional.of(new Location(DisplayPaths.display(at.get().file(), baseDir, reactorRoot), at.get().line()))
                    : Optional.empty();
            Path file = at.isPresent() ? at.get().file() : baseDir.resolve("pom.xml");
            Optional<String> fromRoot = DisplayPaths.inside(file, repositoryRoot);
            Placed placed = new Placed(fromRoot.isPresent() ? fromRoot.get() : DisplayPaths.display(file, baseDir, reactorRoot),
                    fromRoot.isPresent(), DisplayPaths.inside(file, baseDir), at.isPresent() ? at.get().line() : 0);
            return new Finding(finding.subject(), finding.message(), location, finding.hint(), finding.waiver(), placed);
        }
    }
}

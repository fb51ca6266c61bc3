package dev.readiness.maven;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Printable;
import dev.readiness.core.Secrets;
import dev.readiness.core.Status;
import dev.readiness.engine.Engine;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.handoff.HandoffManifest;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.ManifestJson;
import dev.readiness.maven.adapter.MavenFacts;
import dev.readiness.maven.adapter.RepositoryFiles.PluginJars;
import dev.readiness.report.JsonReport;
import dev.readiness.report.MarkdownReport;
import dev.readiness.report.ReportFormat;
import dev.readiness.report.ReportInput;
import dev.readiness.report.ReportWriter;
import dev.readiness.report.StepSummary;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import java.util.function.Function;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Checks the module against its handoff contract ({@code readiness.json}), writes the reports and fails the build
 * when a clause is unmet.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true,
        requiresDependencyResolution = ResolutionScope.TEST)
public class CheckMojo extends AbstractMojo {

    /** How many findings the failure message spells out; the reports have all of them. */
    private static final int FINDINGS_IN_MESSAGE = 20;
    /** The handoff manifest's name in the report directory. */
    static final String HANDOFF_FILE = "handoff.json";

    /**
     * Skips the check; the log says so.
     * <pre>{@code <skip>true</skip>}</pre>
     */
    @Parameter(property = "readiness.skip", defaultValue = "false")
    boolean skip;

    /**
     * The contract: a path relative to the module, a {@code classpath:} resource of the plugin's dependencies, or an
     * {@code https:} URL. Unset: the nearest {@code readiness.json} from the module up to the reactor root.
     * <pre>{@code <contract>contracts/readiness.json</contract>}</pre>
     */
    @Parameter(property = "readiness.contract")
    String contract;

    /**
     * An organisation's contract that every project's contract extends, in the same forms as {@code contract}; set
     * once in a corporate parent POM, usually as a resource of a jar added as a plugin dependency.
     * <pre>{@code <policy>classpath:acme/readiness-policy.json</policy>}</pre>
     */
    @Parameter(property = "readiness.policy")
    String policy;

    /**
     * {@code default} or {@code release}. Unset: {@code release} when the project version is not a SNAPSHOT. The
     * release gate runs release-only rules and fails on warnings.
     * <pre>{@code <gate>release</gate>}</pre>
     */
    @Parameter(property = "readiness.gate")
    String gate;

    /**
     * Fail the build when a rule fails. {@code false} still writes the reports and logs the failures.
     * <pre>{@code <failOnViolation>false</failOnViolation>}</pre>
     */
    @Parameter(property = "readiness.failOnViolation", defaultValue = "true")
    boolean failOnViolation;

    /**
     * Reports to write, comma-separated: {@code json} (report.json), {@code junit} (TEST-readiness.xml), {@code sarif}
     * (readiness.sarif), {@code markdown} (summary.md), {@code sonar} (readiness-sonar.json, SonarQube's generic
     * external issues), {@code codequality} (gl-code-quality-report.json, GitLab Code Quality).
     * <pre>{@code <formats>json,sarif,codequality</formats>}</pre>
     */
    @Parameter(property = "readiness.formats", defaultValue = "json,junit,sarif,markdown")
    String formats;

    /**
     * Where the reports go.
     * <pre>&lt;reportDirectory&gt;${project.build.directory}/readiness&lt;/reportDirectory&gt;</pre>
     */
    @Parameter(property = "readiness.reportDirectory", defaultValue = "${project.build.directory}/readiness")
    File reportDirectory;

    /**
     * The date waivers are judged against, {@code YYYY-MM-DD}; unset: today. For reproducible builds and tests.
     * <pre>{@code <today>2027-01-15</today>}</pre>
     */
    @Parameter(property = "readiness.today")
    String today;

    /**
     * Write the handoff manifest ({@code handoff.json} in the report directory) and attach it to the project with
     * classifier {@code readiness} and type {@code json}, so that {@code mvn install} and {@code mvn deploy} put
     * {@code <artifactId>-<version>-readiness.json} beside the jar and the next release is checked against it.
     * <pre>{@code <handoffManifest>false</handoffManifest>}</pre>
     */
    @Parameter(property = "readiness.handoffManifest", defaultValue = "true")
    boolean handoffManifest;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    MojoExecution mojoExecution;

    private final ReadinessBuild build;
    /** Attaches the handoff manifest; null in tests that do not attach. */
    private final MavenProjectHelper projectHelper;
    /** Looks up environment variables ({@code GITHUB_STEP_SUMMARY}); a map in tests. */
    private final Function<String, String> environment;

    @Inject
    public CheckMojo(ReadinessBuild build, MavenProjectHelper projectHelper) {
        this(build, projectHelper, Environment.VARIABLES);
    }

    /** The process's environment variables. */
    private enum Environment implements Function<String, String> {
        VARIABLES;

        @Override
        public String apply(String name) {
            return System.getenv(name);
        }
    }

    CheckMojo(ReadinessBuild build, Function<String, String> environment) {
        this(build, null, environment);
    }

    CheckMojo(ReadinessBuild build, MavenProjectHelper projectHelper, Function<String, String> environment) {
        this.build = build;
        this.projectHelper = projectHelper;
        this.environment = environment;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        build.checkStarted(session, mojoExecution);
        boolean failing = true;
        try {
            check();
            failing = false;
        } finally {
            // The last module's check prints the reactor summary, whatever its own outcome.
            build.checkEnded(session, project, failing, getLog());
            build.awaitWarmUp();
        }
    }

    private void check() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("readiness: skipped (readiness.skip=true)");
            return;
        }
        if ("pom".equals(project.getPackaging()) && (contract == null || contract.isBlank())) {
            // A parent, BOM or aggregator is checked by the rules that read POMs when a contract serves it; one that
            // no contract serves (a corporate parent binding the check for its children, an aggregator of modules
            // with contracts of their own) has nothing to be checked against.
            Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
            Path root = MavenFacts.reactorRoot(project, session);
            if (servedByNoContract(baseDir, root)) {
                getLog().info("readiness: " + project.getArtifactId() + " has pom packaging and no contract serves it "
                        + "(no " + ContractLookup.FILE_NAME + " in " + baseDir
                        + (baseDir.equals(root) ? "" : " or above it up to " + root) + "); not checked");
                return;
            }
        }
        Report report;
        Facts facts;
        Set<ReportFormat> reportFormats;
        Optional<Path> directory = Optional.empty();
        Engine.ReadAhead readAhead = null;
        LoadedContract loaded;
        try {
            reportFormats = ReportFormat.parse(formats);
            directory = Optional.of(reportDirectory());
            facts = MavenFacts.collect(project, session, build.dependencies(), getLog(), PluginJars.LOCAL);
            GateChoice gateChoice = GateChoice.choose(gate, project.getVersion());
            loaded = build.contract(contract, policy, facts.project());
            // Once the contract has loaded: a contract that cannot be read needs no evidence, and reading large
            // reports while the contract was parsed slowed a large module's check (BENCHMARKS.md).
            readAhead = build.engine().readAhead(facts);
            report = build.engine().evaluate(loaded, facts, gateChoice.gate(), gateChoice.reason(), date());
        } catch (InvalidInputException e) {
            endWithoutReport(readAhead, directory);
            // A user's mistake: one paragraph with file, line and fix, no stack trace.
            throw new MojoExecutionException(Printable.of(Secrets.mask(e.getMessage())));
        } catch (RuntimeException | Error e) {
            endWithoutReport(readAhead, directory);
            throw e;
        }
        conclude(report, facts, reportFormats, handoffManifest ? Optional.of(loaded) : Optional.empty());
    }

    /**
     * Writes the handoff manifest, beside the reports; the verdict is acted on after both, so that a failed check
     * leaves the manifest of what failed for whoever looks into it.
     */
    private Path writeManifest(Report report, LoadedContract loaded, Facts facts) throws IOException {
        Path file = reportDirectory.toPath().resolve(HANDOFF_FILE);
        Manifest manifest = HandoffManifest.of(report, loaded, facts,
                facts.buildStarted().isPresent() ? facts.buildStarted().get() : Instant.now());
        GeneratedFile.write(file, ManifestJson.render(manifest));
        return file;
    }

    /** Attaches the written manifest to the project, so that install and deploy carry it. */
    private void attachManifest(Path file) {
        if (projectHelper != null) {
            projectHelper.attachArtifact(project, Manifest.TYPE, Manifest.CLASSIFIER, file.toFile());
        }
        getLog().debug("readiness: handoff manifest " + file + " attached as " + Manifest.CLASSIFIER + " " + Manifest.TYPE);
    }

    private static boolean servedByNoContract(Path baseDir, Path root) throws MojoExecutionException {
        try {
            return ContractLookup.nearest(baseDir, root).isEmpty();
        } catch (InvalidInputException e) {
            throw new MojoExecutionException(Printable.of(Secrets.mask(e.getMessage())));
        }
    }

    /**
     * The check ends before it has a verdict: the evidence still being read ahead is stopped and waited for (it must
     * not run on once the plugin is gone), and the reports of an earlier run are removed, so that no dashboard reads a
     * verdict this build did not reach.
     */
    private void endWithoutReport(Engine.ReadAhead readAhead, Optional<Path> directory) {
        if (readAhead != null) {
            readAhead.cancel();
        }
        if (directory.isPresent()) {
            Path dir = directory.get();
            List<String> files = new ArrayList<>(ReportFormat.allFileNames());
            files.add(HANDOFF_FILE);
            for (String file : files) {
                try {
                    Files.deleteIfExists(dir.resolve(file));
                } catch (IOException e) {
                    getLog().warn("readiness: cannot remove the earlier report " + dir.resolve(file) + ": " + e.getMessage());
                }
            }
        }
    }

    /** The report directory, made if need be; one that is a file or cannot be written is the user's to fix. */
    private Path reportDirectory() {
        Path dir = reportDirectory.toPath().toAbsolutePath().normalize();
        String fix = "or set readiness.reportDirectory (<reportDirectory> in the plugin's configuration) to a directory "
                + "the build may write, such as ${project.build.directory}/readiness";
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new InvalidInputException("the report directory " + dir + " is a file, not a directory",
                    "remove the file, " + fix);
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new InvalidInputException("cannot create the report directory " + dir + ": " + e, "check the "
                    + "permissions of its parent, " + fix);
        }
        if (!Files.isWritable(dir)) {
            throw new InvalidInputException("the report directory " + dir + " is not writable",
                    "give the build's user write permission on it, " + fix);
        }
        Optional<String> other = build.claimReportDirectory(dir, project.getId());
        if (other.isPresent()) {
            getLog().warn("readiness: " + other.get() + " writes its reports to " + dir + " too, and this module's "
                    + "reports replace them; give each module its own readiness.reportDirectory, such as "
                    + "${project.build.directory}/readiness");
        }
        return dir;
    }

    /** Writes the reports, logs the results and decides: the part of {@link #execute()} after the evaluation. */
    void conclude(Report report, Facts facts, Set<ReportFormat> reportFormats)
            throws MojoExecutionException, MojoFailureException {
        conclude(report, facts, reportFormats, Optional.empty());
    }

    /** @param manifestOf the contract whose handoff manifest is written beside the reports, if one is */
    private void conclude(Report report, Facts facts, Set<ReportFormat> reportFormats, Optional<LoadedContract> manifestOf)
            throws MojoExecutionException, MojoFailureException {
        writeReports(report, facts, reportFormats, manifestOf);
        log(report, facts);
        build.record(project.getId(), report, reportDirectory.toPath().resolve(JsonReport.FILE));
        if (report.verdict() == Status.FAIL) {
            String message = failureMessage(report, facts, reportsNamed(facts, reportFormats));
            if (failOnViolation) {
                Optional<String> left = build.leftUnchecked(session, project);
                throw new MojoFailureException(left.isPresent() ? message + "\n" + left.get() : message);
            }
            getLog().warn("readiness: failures ignored (readiness.failOnViolation=false)");
        }
    }

    private LocalDate date() {
        if (today == null || today.isBlank()) {
            return LocalDate.now();
        }
        try {
            return LocalDate.parse(today.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("readiness.today \"" + today + "\" is not a date", "write it as YYYY-MM-DD");
        }
    }

    /** A file the check writes after the evaluation, a report or the handoff manifest, as a task of its own. */
    private abstract static class Output extends RecursiveTask<Written> {
        private final String name;

        Output(String name) {
            this.name = name;
        }

        abstract Path write() throws IOException;

        @Override
        protected Written compute() {
            try {
                return new Written(name, Optional.of(write()), Optional.empty());
            } catch (IOException e) {
                return new Written(name, Optional.empty(), Optional.of(e));
            }
        }
    }

    private static final class ReportOutput extends Output {
        private final ReportWriter writer;
        private final ReportInput input;
        private final Path directory;

        ReportOutput(ReportWriter writer, ReportInput input, Path directory) {
            super(directory.resolve(writer.fileName()).toString());
            this.writer = writer;
            this.input = input;
            this.directory = directory;
        }

        @Override
        Path write() throws IOException {
            return writer.write(input, directory);
        }
    }

    private final class ManifestOutput extends Output {
        private final Report report;
        private final LoadedContract loaded;
        private final Facts facts;

        ManifestOutput(Report report, LoadedContract loaded, Facts facts, Path directory) {
            super("the handoff manifest " + directory.resolve(HANDOFF_FILE));
            this.report = report;
            this.loaded = loaded;
            this.facts = facts;
        }

        @Override
        Path write() throws IOException {
            return writeManifest(report, loaded, facts);
        }
    }

    private void writeReports(Report report, Facts facts, Set<ReportFormat> reportFormats,
            Optional<LoadedContract> manifestOf) throws MojoExecutionException {
        Path directory = reportDirectory.toPath();
        ReportInput input = ReportInput.of(report, build.registry().descriptors(), facts.project().baseDir(),
                facts.project().reactorRoot());
        // Each format is its own file, and so is the manifest: they are written in parallel.
        List<Output> outputs = new ArrayList<>();
        if (manifestOf.isPresent()) {
            outputs.add(new ManifestOutput(report, manifestOf.get(), facts, directory));
        }
        for (ReportFormat format : reportFormats) {
            outputs.add(new ReportOutput(format.writer(), input, directory));
        }
        ForkJoinTask.invokeAll(outputs);
        List<Written> written = new ArrayList<>();
        for (Output output : outputs) {
            written.add(output.join());
        }
        for (Written file : written) {
            if (file.failure().isPresent()) {
                throw new MojoExecutionException("cannot write " + file.name() + ": " + file.failure().get().getMessage(),
                        file.failure().get());
            }
        }
        if (manifestOf.isPresent()) {
            attachManifest(written.get(0).file().orElseThrow());
        }
        if (reportFormats.contains(ReportFormat.MARKDOWN)) {
            appendStepSummary(report, facts);
        }
    }

    private record Written(String name, Optional<Path> file, Optional<IOException> failure) {
    }

    /** Adds summary.md to GitHub's job summary when the build runs in GitHub Actions. */
    void appendStepSummary(Report report, Facts facts) {
        Optional<java.nio.file.Path> file = StepSummary.file(environment);
        if (file.isEmpty()) {
            return;
        }
        String markdown = new MarkdownReport().text(ReportInput.of(report, List.of(), facts.project().baseDir(),
                facts.project().reactorRoot()));
        try {
            StepSummary.Appended appended;
            // Modules built in parallel append to the same file: one at a time.
            synchronized (build) {
                appended = StepSummary.append(file.get(), markdown);
            }
            if (appended.linesLeftOut() > 0) {
                getLog().warn("readiness: " + appended.linesLeftOut() + " lines of the summary were left out of $"
                        + StepSummary.VARIABLE + " to stay under GitHub's 1 MiB limit");
            } else {
                getLog().debug("readiness: summary appended to $" + StepSummary.VARIABLE + " (" + file.get() + ")");
            }
        } catch (IOException e) {
            // The job summary is a convenience; the reports are written and the verdict stands without it.
            getLog().warn("readiness: cannot append to $" + StepSummary.VARIABLE + " (" + file.get() + "): " + e);
        }
    }

    private void log(Report report, Facts facts) {
        for (RuleResult result : report.results()) {
            String line = String.format("%-7s %s: %s", result.status(), result.rule(), result.message());
            switch (result.status()) {
                case FAIL -> getLog().error(line);
                case WARN -> getLog().warn(line);
                case WAIVED, SKIPPED -> getLog().info(line);
                default -> getLog().debug(line);
            }
        }
        Report.Summary s = report.summary();
        String where = DisplayPaths.display(reportDirectory.toPath(), facts.project().baseDir(), facts.project().reactorRoot());
        String verdict = String.format("readiness %s: %s (%d passed, %d failed, %d warned, %d waived, %d skipped; gate %s: %s); reports in %s",
                project.getArtifactId(), report.verdict(), s.passed(), s.failed(), s.warned(), s.waived(), s.skipped(),
                report.gate().key(), report.gateReason(), where);
        if (report.verdict() == Status.FAIL) {
            getLog().error(verdict);
        } else {
            getLog().info(verdict);
        }
    }

    /** Where the failure message sends people for the findings it leaves out: report.json, or the report directory. */
    private String reportsNamed(Facts facts, Set<ReportFormat> reportFormats) {
        Path directory = reportDirectory.toPath();
        Path shown = reportFormats.contains(ReportFormat.JSON) ? directory.resolve(JsonReport.FILE) : directory;
        return DisplayPaths.display(shown, facts.project().baseDir(), facts.project().reactorRoot());
    }

    private static String failureMessage(Report report, Facts facts, String reports) {
        List<RuleResult> failed = new ArrayList<>();
        for (RuleResult result : report.results()) {
            if (result.status() == Status.FAIL) {
                failed.add(result);
            }
        }
        StringBuilder text = new StringBuilder("The handoff contract is not met: ")
                .append(failed.size()).append(failed.size() == 1 ? " rule failed." : " rules failed.");
        int shown = 0;
        for (RuleResult result : failed) {
            text.append("\n").append(result.rule()).append(": ").append(result.message());
            for (Finding finding : result.findings()) {
                if (finding.waived()) {
                    // Accepted by a waiver: the reports list it with the waiver; the failure is about the rest.
                    continue;
                }
                if (shown++ >= FINDINGS_IN_MESSAGE) {
                    break;
                }
                text.append("\n  - ").append(finding.message());
                if (finding.location().isPresent()) {
                    Location location = finding.location().get();
                    text.append("\n    at ")
                            .append(DisplayPaths.display(location.file(), facts.project().baseDir(), facts.project().reactorRoot()))
                            .append(location.hasLine() ? ":" + location.line() : "");
                }
                if (!finding.hint().isEmpty()) {
                    text.append("\n    fix: ").append(finding.hint());
                }
            }
        }
        if (shown > FINDINGS_IN_MESSAGE) {
            text.append("\n  (more findings in ").append(reports).append(")");
        }
        return text.toString();
    }
}

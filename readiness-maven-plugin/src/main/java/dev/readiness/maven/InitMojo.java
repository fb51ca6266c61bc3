package dev.readiness.maven;

import dev.readiness.api.RuleResult;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Gate;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.init.StarterContract;
import dev.readiness.maven.adapter.MavenFacts;
import dev.readiness.maven.adapter.RepositoryFiles.PluginJars;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes a starter {@code readiness.json} for the module: every section with comments, floors measured from the
 * project as it is now (test count, JaCoCo coverage rounded down, metrics from {@code target/metrics.json}), the JSON
 * Schemas found under the resources, the runnable class as entry point, and {@code TODO} placeholders that fail their
 * rules until a person fills them. Run it after a build ({@code mvn verify readiness:init}) so there is something to
 * measure. At the root of a multi-module build it writes one contract at the root that serves every module, with the
 * floors of the weakest, once the last module is built. It ends by listing every decision left: each placeholder, each
 * floor below a rule's default, each rule that fails the contract as written. It never overwrites an existing
 * contract unless {@code readiness.force} is set.
 */
@Mojo(name = "init", threadSafe = true, requiresDependencyResolution = ResolutionScope.TEST)
public class InitMojo extends AbstractMojo {

    static final String BACKUP_SUFFIX = ".bak";

    /**
     * Replace an existing {@code readiness.json}; the old one is kept as {@code readiness.json.bak}.
     * <pre>{@code mvn readiness:init -Dreadiness.force=true}</pre>
     */
    @Parameter(property = "readiness.force", defaultValue = "false")
    boolean force;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    private final ReadinessBuild build;

    @Inject
    public InitMojo(ReadinessBuild build) {
        this.build = build;
    }

    @Override
    public void execute() throws MojoExecutionException {
        build.awaitWarmUp();
        Optional<MavenProject> root = multiModuleRoot(session);
        if (root.isPresent()) {
            atRoot(root.get());
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("readiness: " + project.getArtifactId() + " has pom packaging and gets no contract");
            return;
        }
        Facts facts = MavenFacts.collect(project, session);
        Path target = facts.project().baseDir().resolve(ContractLookup.FILE_NAME);
        Optional<Path> existing = existingContract(facts.project().baseDir(), facts.project().reactorRoot());
        if (existing.isPresent() && !force) {
            getLog().info("readiness: " + existing.get() + (existing.get().equals(target)
                    ? " already exists and was left unchanged; -Dreadiness.force=true replaces it, keeping the old one as "
                            + ContractLookup.FILE_NAME + BACKUP_SUFFIX
                    : " already serves " + project.getArtifactId() + " and was left unchanged; -Dreadiness.force=true "
                            + "writes a contract of the module's own to " + target));
            return;
        }
        StarterContract.Survey survey = StarterContract.survey(facts);
        StarterContract.Draft draft = StarterContract.draft(survey, build.registry());
        write(target, draft.text());
        getLog().info("readiness: wrote " + target + " (" + StarterContract.describe(survey) + ")");
        close(draft, List.of(project), List.of(facts), false);
    }

    /**
     * At the root of a multi-module build: one contract at the root that serves every module, written once every
     * module of the reactor has been built (by the last one to end, also under {@code -T}), so that
     * {@code mvn verify readiness:init} measures what this build left.
     */
    private void atRoot(MavenProject top) throws MojoExecutionException {
        Path target = top.getBasedir().toPath().resolve(ContractLookup.FILE_NAME);
        // Looked at first: under -T the last module may write it meanwhile.
        boolean exists = Files.exists(target);
        // The last module to end its build, which under -T need not be the last in build order: every other module's
        // tests and coverage reports are written by then.
        boolean last = build.lastInit(session, project);
        if (exists && !force) {
            if (project == top) {
                getLog().info("readiness: " + target + " already exists and serves every module; it was left unchanged "
                        + "(-Dreadiness.force=true replaces it, keeping the old one as " + ContractLookup.FILE_NAME
                        + BACKUP_SUFFIX + ")");
            }
            return;
        }
        if (!last) {
            if (project == top) {
                getLog().info("readiness: one contract for every module will be written to " + target
                        + " after the last module");
            }
            return;
        }
        List<Facts> modules = new ArrayList<>();
        List<MavenProject> projects = new ArrayList<>();
        List<StarterContract.Survey> surveys = new ArrayList<>();
        for (MavenProject module : session.getProjects()) {
            if (!"pom".equals(module.getPackaging())) {
                Facts facts = MavenFacts.collect(module, session);
                modules.add(facts);
                projects.add(module);
                surveys.add(StarterContract.survey(facts));
            }
        }
        if (modules.isEmpty()) {
            getLog().info("readiness: no module of the build has code; no contract written");
            return;
        }
        StarterContract.Survey survey = StarterContract.atRoot(MavenFacts.collect(top, session), surveys);
        StarterContract.Draft draft = StarterContract.draft(survey, build.registry());
        write(target, draft.text());
        getLog().info("readiness: wrote " + target + ", one contract for the " + modules.size() + " modules ("
                + String.join(", ", modules.stream().map(f -> f.project().artifactId()).toList()) + "; "
                + StarterContract.describe(survey) + "); a module overrides it with a readiness.json of its own holding "
                + "\"extends\": \"../" + ContractLookup.FILE_NAME + "\" and what differs");
        close(draft, projects, modules, true);
    }

    private void write(Path target, String text) throws MojoExecutionException {
        try {
            if (Files.exists(target)) {
                Path backup = target.resolveSibling(ContractLookup.FILE_NAME + BACKUP_SUFFIX);
                Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
                getLog().info("readiness: kept the previous contract as " + backup);
            }
            GeneratedFile.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /**
     * The closing lines: every decision left, each placeholder and each rule that fails the contract as written (the
     * check run once on it, with the evidence {@code check} reads); a failure that only repeats a placeholder is left
     * to the list of placeholders.
     */
    private void close(StarterContract.Draft draft, List<MavenProject> projects, List<Facts> surveyed, boolean named) {
        List<String> failing = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            Facts facts = session == null ? surveyed.get(i)
                    : MavenFacts.collect(projects.get(i), session, build.dependencies(), getLog(), PluginJars.LOCAL);
            String prefix = named ? facts.project().artifactId() + ": " : "";
            try {
                LoadedContract loaded = build.contract(null, null, facts.project());
                Report report = build.engine().evaluate(loaded, facts, Gate.DEFAULT, "readiness:init", LocalDate.now());
                for (RuleResult result : report.results()) {
                    if (result.status() == Status.FAIL && !onlyPlaceholders(result)) {
                        failing.add(prefix + result.rule() + " (" + shortened(result.message()) + ")");
                    }
                }
            } catch (InvalidInputException e) {
                failing.add(prefix + "the contract: " + e.getMessage());
            }
        }
        List<String> lines = StarterContract.closing(StarterContract.placeholders(draft.text()), draft.decisions(), failing);
        lines.forEach(line -> getLog().info("readiness: " + line));
    }

    private static boolean onlyPlaceholders(RuleResult result) {
        return !result.findings().isEmpty() && result.findings().stream().allMatch(f -> f.message().contains("\"TODO\"")
                || f.message().contains("placeholder") || f.message().contains(".include is empty"));
    }

    private static String shortened(String message) {
        return message.length() <= 140 ? message : message.substring(0, 137) + "...";
    }

    /**
     * The top-level project of a build of several modules that aggregates them (pom packaging), when it is part of
     * the build; empty for a single module, or a build of some modules only ({@code -pl}).
     */
    static Optional<MavenProject> multiModuleRoot(MavenSession session) {
        if (session == null) {
            return Optional.empty();
        }
        MavenProject top = session.getTopLevelProject();
        if (session.getProjects() == null || session.getProjects().size() < 2 || top == null || !"pom".equals(top.getPackaging())
                || !session.getProjects().contains(top)) {
            return Optional.empty();
        }
        return Optional.of(top);
    }

    /** This module's contract, or one up to the reactor root that already serves it. */
    private static Optional<Path> existingContract(Path baseDir, Path reactorRoot) {
        for (Path dir = baseDir; dir != null && dir.startsWith(reactorRoot); dir = dir.getParent()) {
            Path candidate = dir.resolve(ContractLookup.FILE_NAME);
            if (Files.exists(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}

package dev.readiness.maven;

import dev.readiness.contract.ContractLoader;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.HttpProxy;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Status;
import dev.readiness.engine.Engine;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.maven.adapter.MavenFacts;
import dev.readiness.maven.adapter.SettingsProxies;
import dev.readiness.maven.adapter.SharedDependencyFacts;
import dev.readiness.readers.FileReaders;
import dev.readiness.report.ReactorSummary;
import dev.readiness.report.ReportFormat;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import org.apache.maven.SessionScoped;
import org.apache.maven.execution.BuildFailure;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * What one Maven build shares between its modules and threads: the rule registry, the contract loader with its
 * cache of parsed contracts, the dependency graphs and checksums, and each module's report for the reactor summary.
 * Owned by the Maven session, so a new build (or a new mvnd request) starts afresh.
 */
@Named
@SessionScoped
public class ReadinessBuild {

    /** The plugin, as Maven keys it in a POM's build plugins. */
    private static final String PLUGIN_KEY = "dev.readiness:readiness-maven-plugin";

    private final RuleRegistry registry;
    private final Engine engine;
    private final ContractLoader contracts;
    private final SharedDependencyFacts dependencies;
    private final Map<String, ReactorSummary.Module> reports = new ConcurrentHashMap<>();
    /** Which modules are still to be checked, from the first check of a reactor on. */
    private ReactorEnd reactorEnd;
    /** Which modules' {@code init} has not ended yet, from the first one of a reactor on. */
    private ReactorEnd initEnd;
    private final Map<Path, String> reportDirectories = new ConcurrentHashMap<>();
    /** The readers' warm-up threads ({@link #warmUp}), none when nothing is warmed up. */
    private final List<Thread> warmingUp;

    /**
     * @param session the build; its proxy settings apply to {@code https:} contracts ({@code null} in tests: direct)
     */
    @Inject
    public ReadinessBuild(RepositorySystem repositorySystem, MavenSession session) {
        ClassLoader pluginRealm = ReadinessBuild.class.getClassLoader();
        Function<URI, Optional<HttpProxy>> proxies = SettingsProxies.of(session == null ? null : session.getRepositorySession());
        this.contracts = new ContractLoader(pluginRealm, proxies);
        MavenProject project = session == null ? null : session.getCurrentProject();
        this.warmingUp = skipped(session, project) ? List.of() : warmUp(pluginRealm, session, project);
        this.registry = RuleRegistry.load(pluginRealm);
        this.engine = new Engine(registry);
        this.dependencies = new SharedDependencyFacts(repositorySystem);
    }

    /**
     * Starts the readers' first use in the JVM on three daemon threads of their own, while Maven finishes injecting the
     * mojo and the check gathers the module's facts: a small product's check is mostly such first uses, and the second
     * core is free meanwhile. One uses the JSON reader ({@link FileReaders#warmUpReader()}) and renders a report of its
     * own in the default formats ({@link ReportFormat#warmUp()}); the other two start the JSON Schema validator when
     * the contract the check will most likely read ({@link #likelyContract}) may declare schemas, without waiting for
     * the first: one its keyword table and meta-schema ({@link FileReaders#warmUpValidator(Optional)}), the other at
     * the same time its formats and regular expression engine ({@link FileReaders#warmUpValidatorFormats}). The
     * validator's start-up is the longest first use of a check with schemas. The check never waits for them while it
     * runs (what it needs of the warm-up, it takes when ready, as it would have made it itself); each goal waits for
     * them before it ends ({@link #awaitWarmUp}), so that none outlives the plugin's class realm, which Maven closes when
     * the build ends. They start for every goal of the plugin, since the plugin cannot know its goal before Maven
     * injects it, unless the first module's check is skipped ({@link #skipped}).
     */
    private static List<Thread> warmUp(ClassLoader pluginRealm, MavenSession session, MavenProject project) {
        return List.of(started(new WarmUp(Part.READER, session, project), "readiness-warm-up", pluginRealm),
                started(new WarmUp(Part.VALIDATOR, session, project), "readiness-warm-up-validator", pluginRealm),
                started(new WarmUp(Part.FORMATS, session, project), "readiness-warm-up-formats", pluginRealm));
    }

    private static Thread started(WarmUp warmUp, String name, ClassLoader pluginRealm) {
        Thread thread = new Thread(warmUp, name);
        thread.setContextClassLoader(pluginRealm);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /**
     * Waits until the warm-up has ended, at once when it has. A goal calls it before it ends: a warm-up still running
     * when the build ends (a check that needed none of it, say) would read the validator's meta-schemas from a closed
     * class realm, and the validator would log that failure.
     */
    public void awaitWarmUp() {
        try {
            for (Thread thread : warmingUp) {
                thread.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What a warm-up thread makes. */
    private enum Part {
        /** The JSON reader's first use and the report writers' ({@link ReportFormat#warmUp()}). */
        READER,
        /** The validator's keyword table and meta-schema ({@link FileReaders#warmUpValidator(Optional)}). */
        VALIDATOR,
        /** The validator's formats and regular expression engine ({@link FileReaders#warmUpValidatorFormats}). */
        FORMATS
    }

    /** One of the first uses, on a warm-up thread of its own. */
    private static final class WarmUp implements Runnable {

        private final Part part;
        private final MavenSession session;
        private final MavenProject project;

        /** @param session the build, null in tests (the contract is not known then) */
        WarmUp(Part part, MavenSession session, MavenProject project) {
            this.part = part;
            this.session = session;
            this.project = project;
        }

        @Override
        public void run() {
            try {
                switch (part) {
                    case READER -> {
                        FileReaders.warmUpReader();
                        ReportFormat.warmUp();
                    }
                    case VALIDATOR -> FileReaders.warmUpValidator(likelyContract(session, project));
                    case FORMATS -> FileReaders.warmUpValidatorFormats(likelyContract(session, project));
                }
            } catch (Throwable e) {
                // Nothing depends on it: whatever fails here fails again, reported, where the check reads the file.
            }
        }
    }

    /**
     * Whether the module's check is skipped wherever it runs, as far as its POM and the build's properties tell before
     * Maven configures the mojo: every execution's {@code skip} (its own, else the plugin's, else the
     * {@code readiness.skip} property) and the plugin's for a run from the command line. Nothing is warmed up then.
     */
    static boolean skipped(MavenSession session, MavenProject project) {
        if (project == null) {
            return false;
        }
        try {
            boolean skip = Boolean.parseBoolean(MavenFacts.property(project, session, "readiness.skip"));
            for (Plugin plugin : ourPlugin(project)) {
                skip = parsed(MavenFacts.parameter(plugin.getConfiguration(), "skip"), skip);
                for (PluginExecution execution : plugin.getExecutions()) {
                    boolean executionSkips = parsed(MavenFacts.parameter(execution.getConfiguration(), "skip"), skip);
                    if (!executionSkips) {
                        return false;
                    }
                }
            }
            return skip;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** A {@code skip} parameter's value, else what applies without it. */
    private static boolean parsed(Optional<String> value, boolean otherwise) {
        return value.isPresent() ? Boolean.parseBoolean(value.get()) : otherwise;
    }

    /**
     * The contract file the module's check will most likely read: the one the check's {@code contract} configuration
     * in the module's POM or the {@code readiness.contract} property names, else the nearest {@code readiness.json}
     * from the module up; empty when that is not known (a {@code classpath:} or {@code https:} contract, executions
     * configured with different contracts, a policy, which may declare schemas, or no project).
     */
    static Optional<Path> likelyContract(MavenSession session, MavenProject project) {
        if (project == null || project.getBasedir() == null) {
            return Optional.empty();
        }
        Set<String> contracts = new LinkedHashSet<>();
        for (Plugin plugin : ourPlugin(project)) {
            List<Object> configurations = new ArrayList<>();
            configurations.add(plugin.getConfiguration());
            for (PluginExecution execution : plugin.getExecutions()) {
                configurations.add(execution.getConfiguration());
            }
            for (Object configuration : configurations) {
                if (MavenFacts.parameter(configuration, "policy").isPresent()) {
                    return Optional.empty();
                }
                Optional<String> contract = MavenFacts.parameter(configuration, "contract");
                if (contract.isPresent()) {
                    contracts.add(contract.get());
                }
            }
        }
        String policy = MavenFacts.property(project, session, "readiness.policy");
        if (policy != null && !policy.isBlank() || contracts.size() > 1) {
            return Optional.empty();
        }
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        String configured = contracts.isEmpty() ? MavenFacts.property(project, session, "readiness.contract")
                : contracts.iterator().next();
        try {
            if (configured != null && !configured.isBlank()) {
                return configured.contains("${") ? Optional.empty() : ContractSource.parse(configured, baseDir).file();
            }
            return ContractLookup.nearest(baseDir, MavenFacts.reactorRoot(project, session));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** This plugin among the module's build plugins: none or one. */
    private static List<Plugin> ourPlugin(MavenProject project) {
        List<Plugin> ours = new ArrayList<>(1);
        for (Plugin plugin : project.getBuildPlugins()) {
            if (PLUGIN_KEY.equals(plugin.getKey())) {
                ours.add(plugin);
            }
        }
        return ours;
    }

    public RuleRegistry registry() {
        return registry;
    }

    public Engine engine() {
        return engine;
    }

    public ContractLoader contracts() {
        return contracts;
    }

    /** The verbose dependency graphs and artifact checksums gathered so far in this build. */
    public SharedDependencyFacts dependencies() {
        return dependencies;
    }

    /**
     * The module's contract with its chain: the configured one, or the nearest {@code readiness.json}, extended by
     * the organisation policy when one is set.
     */
    public LoadedContract contract(String configured, String policy, ProjectInfo project) {
        ContractSource source = ContractLookup.find(configured, project.baseDir(), project.reactorRoot());
        return contracts().load(source, ContractLookup.policy(policy, project.baseDir()));
    }

    /**
     * Notes that a module writes its reports to a directory; returns the other module that already does, whose
     * reports this one would overwrite.
     */
    public Optional<String> claimReportDirectory(Path directory, String moduleId) {
        String earlier = reportDirectories.putIfAbsent(directory.toAbsolutePath().normalize(), moduleId);
        return earlier == null || earlier.equals(moduleId) ? Optional.empty() : Optional.of(earlier);
    }

    /** Records a module's report for the reactor summary. */
    public void record(String moduleId, Report report, Path reportFile) {
        reports.put(moduleId, new ReactorSummary.Module(report, reportFile));
    }

    /**
     * Notes that a module's check starts. The first check of a reactor learns which modules run it: every module when
     * the goal was given on the command line, otherwise those whose build binds the check to the same phase.
     */
    public void checkStarted(MavenSession session, MojoExecution execution) {
        if (session.getProjects().size() < 2) {
            return;
        }
        ReactorEnd end;
        synchronized (this) {
            if (reactorEnd == null) {
                reactorEnd = new ReactorEnd(session.getProjects().stream()
                        .filter(project -> runsCheck(project, execution)).map(MavenProject::getId).toList());
            }
            end = reactorEnd;
        }
        end.started();
    }

    /**
     * Notes that a module's check ended, whether it passed, failed or stopped on bad input; the last one of the
     * reactor prints the reactor summary: after every module, also under {@code -T} and when a module failed. A
     * single-module build needs no summary.
     *
     * @param failing true when this module's check fails the build
     */
    public void checkEnded(MavenSession session, MavenProject project, boolean failing, Log log) {
        ReactorEnd end;
        synchronized (this) {
            end = reactorEnd;
        }
        if (end != null && ended(end, session, project, failing)) {
            summarize(session, log);
        }
    }

    /**
     * Notes that a module's {@code init} has come to the end of its module's build; true, once, for the last one of
     * the reactor, when every module's {@code init} has ended: under {@code -T} the last module in build order may end
     * before the others. A build in which a module fails never answers true (its {@code init} does not run), so no
     * contract is measured on a module whose tests failed or never ran, whether the build fails fast or at the end.
     */
    public boolean lastInit(MavenSession session, MavenProject project) {
        ReactorEnd end;
        synchronized (this) {
            if (initEnd == null) {
                initEnd = new ReactorEnd(session.getProjects().stream().map(MavenProject::getId).toList());
            }
            end = initEnd;
        }
        end.started();
        return end.ended(project.getId(), List.of(), false);
    }

    /** {@link ReactorEnd#ended}, with the modules that will not come and whether the build stops, as Maven decides. */
    private static boolean ended(ReactorEnd end, MavenSession session, MavenProject project, boolean failing) {
        String behaviour = session.getRequest().getReactorFailureBehavior();
        List<MavenProject> failed = session.getProjects().stream()
                .filter(p -> session.getResult().getBuildSummary(p) instanceof BuildFailure)
                .collect(Collectors.toCollection(ArrayList::new));
        if (failing) {
            failed.add(project);
        }
        // Maven builds nothing downstream of a failed module, unless told never to fail.
        Set<String> notComing = new HashSet<>();
        if (!MavenExecutionRequest.REACTOR_FAIL_NEVER.equals(behaviour)) {
            for (MavenProject broken : failed) {
                session.getProjectDependencyGraph().getDownstreamProjects(broken, true)
                        .forEach(downstream -> notComing.add(downstream.getId()));
            }
        }
        // Failing fast, Maven starts no module after a failure: the checks running now are the last.
        boolean stops = MavenExecutionRequest.REACTOR_FAIL_FAST.equals(behaviour)
                && (!failed.isEmpty() || session.getResult().hasExceptions());
        return end.ended(project.getId(), notComing, stops);
    }

    /** Whether the module's build runs the check being executed. */
    static boolean runsCheck(MavenProject project, MojoExecution execution) {
        if (execution.getSource() == MojoExecution.Source.CLI) {
            return true;
        }
        String plugin = execution.getGroupId() + ":" + execution.getArtifactId();
        String phase = execution.getLifecyclePhase();
        String goal = execution.getGoal();
        String defaultPhase = execution.getMojoDescriptor() == null ? null : execution.getMojoDescriptor().getPhase();
        for (Plugin declared : project.getBuildPlugins()) {
            if (!plugin.equals(declared.getKey())) {
                continue;
            }
            for (PluginExecution bound : declared.getExecutions()) {
                String boundPhase = bound.getPhase() != null ? bound.getPhase() : defaultPhase;
                if (bound.getGoals().contains(goal) && (phase == null || phase.equals(boundPhase))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What the failure of this module's check leaves unchecked, to add to its failure message: the modules whose
     * check will not run because the build stops here (failing fast), or because they depend on this module (failing
     * at the end), and how to check them all in one run. Empty when nothing is left out.
     */
    public Optional<String> leftUnchecked(MavenSession session, MavenProject project) {
        ReactorEnd end;
        synchronized (this) {
            end = reactorEnd;
        }
        if (end == null) {
            return Optional.empty();
        }
        String behaviour = session.getRequest().getReactorFailureBehavior();
        if (MavenExecutionRequest.REACTOR_FAIL_NEVER.equals(behaviour)) {
            return Optional.empty();
        }
        boolean atEnd = MavenExecutionRequest.REACTOR_FAIL_AT_END.equals(behaviour);
        Set<String> downstream = session.getProjectDependencyGraph().getDownstreamProjects(project, true).stream()
                .map(MavenProject::getId).collect(Collectors.toSet());
        Set<String> waiting = new HashSet<>(end.notChecked());
        List<String> names = session.getProjects().stream()
                // Failing fast, only the modules not built yet; under -T a module being built may still reach its check.
                .filter(p -> waiting.contains(p.getId()) && !p.getId().equals(project.getId()))
                .filter(p -> atEnd ? downstream.contains(p.getId()) : session.getResult().getBuildSummary(p) == null)
                .map(MavenProject::getArtifactId).toList();
        if (names.isEmpty()) {
            return Optional.empty();
        }
        String command = "mvn " + (session.getGoals().isEmpty() ? "verify" : String.join(" ", session.getGoals()));
        String summary = displayed(summaryDirectory(session).resolve(ReactorSummary.FILE), session);
        String text = atEnd
                ? "Not checked, because they depend on " + project.getArtifactId() + ": " + String.join(", ", names)
                        + ".\nTo check them too: " + command + " -Dreadiness.failOnViolation=false, then read each "
                        + "module's verdict in the reactor summary (" + summary + ")."
                : "Not checked, because the build stops at this failure: " + String.join(", ", names)
                        + ".\nTo check every module in one run: " + command + " -fae (modules that depend on a failing "
                        + "one are still left out), or " + command + " -Dreadiness.failOnViolation=false, then read each "
                        + "module's verdict in the reactor summary (" + summary + ").";
        return Optional.of(text);
    }

    private static Path summaryDirectory(MavenSession session) {
        return Path.of(session.getTopLevelProject().getBuild().getDirectory(), "readiness");
    }

    /** A path as the user reads it: relative to the top-level project, where the build runs. */
    private static String displayed(Path file, MavenSession session) {
        Path top = session.getTopLevelProject().getBasedir().toPath();
        return DisplayPaths.display(file, top, top);
    }

    private void summarize(MavenSession session, Log log) {
        if (reports.isEmpty()) {
            return;
        }
        ReactorEnd end;
        synchronized (this) {
            end = reactorEnd;
        }
        Set<String> notChecked = new HashSet<>(end.notChecked());
        List<ReactorSummary.NotChecked> left = session.getProjects().stream()
                .filter(p -> notChecked.contains(p.getId()))
                .map(p -> new ReactorSummary.NotChecked(p.getGroupId(), p.getArtifactId(), p.getVersion())).toList();
        ReactorSummary summary = new ReactorSummary(List.copyOf(reports.values()), left);
        log.info("");
        for (String line : summary.lines()) {
            if (summary.verdict() == Status.FAIL && line.startsWith("Readiness verdict")) {
                log.error(line);
            } else {
                log.info(line);
            }
        }
        MavenProject top = session.getTopLevelProject();
        Path directory = summaryDirectory(session);
        try {
            summary.write(directory, top.getBasedir().toPath());
            log.info("Readiness reactor report: " + directory.resolve(ReactorSummary.FILE));
        } catch (IOException e) {
            log.error("cannot write " + directory.resolve(ReactorSummary.FILE) + ": " + e.getMessage());
        }
    }
}

package dev.readiness.facts;

import dev.readiness.contract.Contract.SchemaDeclaration;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.facts.deps.ArtifactFiles;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyLock;
import dev.readiness.facts.env.ContainerFile;
import dev.readiness.facts.env.MavenWrapper;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.manifest.PreviousRelease;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Everything a rule may look at for one module. Each kind of evidence is gathered on first use and at most once, so a
 * rule that needs no dependency graph never waits for one. Immutable from a rule's point of view; safe to share
 * between threads.
 */
public final class Facts {

    private final ProjectInfo project;
    private final Workspace workspace;
    private final EvidenceReaders readers;
    private final Supplier<Evidence<PomMetadata>> pomMetadata;
    private final Supplier<Evidence<PomSettings>> pomSettings;
    private final Supplier<Evidence<List<ContainerFile>>> containerFiles;
    private final Supplier<Evidence<Optional<MavenWrapper>>> mavenWrapper;
    private final Supplier<Evidence<Set<String>>> compiledClasses;
    private final Supplier<Evidence<ArtifactContents>> mainArtifact;
    private final Supplier<Evidence<List<TextFile>>> packagedConfiguration;
    private final List<Path> testReportDirectories;
    private final String testsSkipped;
    private final Optional<Instant> buildStarted;
    private final Supplier<Evidence<TestReports>> testReports;
    private final List<Path> mainSourceRoots;
    private final List<Path> testSourceRoots;
    private final Path testOutputDirectory;
    private final Supplier<Evidence<ModuleCode>> moduleCode;
    private final Supplier<Evidence<ClassReferences>> mainClassReferences;
    private final Map<Path, Lazy<Evidence<Set<String>>>> libraryPackages = new ConcurrentHashMap<>();
    private final Map<Path, Lazy<Evidence<Coverage>>> coverage = new ConcurrentHashMap<>();
    private final Map<List<String>, Lazy<Evidence<MetricValues>>> metrics = new ConcurrentHashMap<>();
    private final Map<Path, Lazy<Evidence<JsonFile>>> jsonFiles = new ConcurrentHashMap<>();
    private final Map<List<SchemaDeclaration>, Lazy<Evidence<List<DeclaredSchema>>>> schemas = new ConcurrentHashMap<>();
    private final Supplier<Evidence<DependencyGraph>> dependencies;
    private final Supplier<Evidence<DependencyGraph>> dependencyConflicts;
    private final Supplier<Evidence<DeclaredVersions>> declaredVersions;
    private final Supplier<Evidence<BuildPlugins>> buildPlugins;
    private final Supplier<Evidence<DependencyLock>> lock;
    private final Supplier<Evidence<Optional<DependencyLock>>> recordedLock;
    private final Supplier<Evidence<PreviousRelease>> previousRelease;
    private final ArtifactFiles artifactFiles;

    private Facts(Builder builder) {
        this.project = Objects.requireNonNull(builder.project, "project");
        this.workspace = builder.workspace != null ? builder.workspace : Workspace.of(project);
        this.readers = builder.readers;
        this.pomMetadata = orMissing(builder.pomMetadata, "POM metadata");
        this.pomSettings = orMissing(builder.pomSettings, "the POM's build configuration");
        this.containerFiles = new Gathered<>(Kind.CONTAINER_FILES);
        this.mavenWrapper = new Gathered<>(Kind.MAVEN_WRAPPER);
        this.compiledClasses = builder.compiledClasses != null ? Lazy.of(builder.compiledClasses)
                : new Gathered<>(Kind.COMPILED_CLASSES);
        this.mainArtifact = orMissing(builder.mainArtifact, "the main artifact");
        this.packagedConfiguration = builder.packagedConfiguration != null ? Lazy.of(builder.packagedConfiguration)
                : new Gathered<>(Kind.PACKAGED_CONFIGURATION);
        this.testReportDirectories = builder.testReportDirectories != null ? List.copyOf(builder.testReportDirectories)
                : List.of(project.buildDirectory().resolve("surefire-reports"), project.buildDirectory().resolve("failsafe-reports"));
        this.testsSkipped = builder.testsSkipped;
        this.buildStarted = Optional.ofNullable(builder.buildStarted);
        this.testReports = new Gathered<>(Kind.TEST_REPORTS);
        this.mainSourceRoots = builder.mainSourceRoots != null ? List.copyOf(builder.mainSourceRoots)
                : List.of(project.baseDir().resolve("src/main/java"));
        this.testSourceRoots = builder.testSourceRoots != null ? List.copyOf(builder.testSourceRoots)
                : List.of(project.baseDir().resolve("src/test/java"));
        this.testOutputDirectory = builder.testOutputDirectory != null ? builder.testOutputDirectory
                : project.buildDirectory().resolve("test-classes");
        this.moduleCode = new Gathered<>(Kind.MODULE_CODE);
        this.mainClassReferences = new Gathered<>(Kind.MAIN_CLASS_REFERENCES);
        this.dependencies = orMissing(builder.dependencies, "the dependency graph");
        this.dependencyConflicts = orMissing(builder.dependencyConflicts, "the verbose dependency graph");
        this.declaredVersions = orMissing(builder.declaredVersions, "the versions declared in the POMs");
        this.buildPlugins = orMissing(builder.buildPlugins, "the build plugins");
        this.artifactFiles = builder.artifactFiles != null ? builder.artifactFiles : ArtifactFiles.NONE;
        this.lock = new Gathered<>(Kind.LOCK);
        this.recordedLock = new Gathered<>(Kind.RECORDED_LOCK);
        this.previousRelease = Lazy.of(builder.previousRelease != null ? builder.previousRelease
                : new Given<>(Evidence.missing("the previous release was not looked up",
                        "run the check through the Maven plugin, which asks the project's repositories")));
    }

    /** Facts of a module whose evidence, where not handed in, these readers gather from the module's directories. */
    public static Builder builder(ProjectInfo project, EvidenceReaders readers) {
        return new Builder(project, readers);
    }

    public ProjectInfo project() {
        return project;
    }

    public Workspace workspace() {
        return workspace;
    }

    public Evidence<PomMetadata> pomMetadata() {
        return pomMetadata.get();
    }

    /** The compiler release, the output timestamp and the Jib configuration of the POM hierarchy. */
    public Evidence<PomSettings> pomSettings() {
        return pomSettings.get();
    }

    /** The module's Dockerfiles and Containerfiles, parsed; an empty list when it has none. */
    public Evidence<List<ContainerFile>> containerFiles() {
        return containerFiles.get();
    }

    /** The Maven Wrapper at the {@linkplain Workspace#repositoryRoot() repository root}; empty when there is none. */
    public Evidence<Optional<MavenWrapper>> mavenWrapper() {
        return mavenWrapper.get();
    }

    /** Qualified names of the classes compiled into the build output ({@code com.acme.Main}, {@code a.B$Inner}). */
    public Evidence<Set<String>> compiledClasses() {
        return compiledClasses.get();
    }

    public Evidence<ArtifactContents> mainArtifact() {
        return mainArtifact.get();
    }

    /** The text files that configure the packaged program: main resources and the archive's non-class entries. */
    public Evidence<List<TextFile>> packagedConfiguration() {
        return packagedConfiguration.get();
    }

    /** Where Surefire and Failsafe write their XML reports. */
    public List<Path> testReportDirectories() {
        return testReportDirectories;
    }

    /**
     * Why the build's configuration skips the tests ({@code skipTests=true}); empty when it does not. The configuration
     * says what Surefire's plugin-level settings ask for; whether tests ran is told by the reports and their times.
     */
    public String testsSkipped() {
        return testsSkipped;
    }

    /** When the build started, to tell reports it wrote from those left over; empty when the build tool did not say. */
    public Optional<Instant> buildStarted() {
        return buildStarted;
    }

    /** Whether the module has main or test code; a packaging module has none. */
    public Evidence<ModuleCode> moduleCode() {
        return moduleCode.get();
    }

    /** The classes outside the module that its compiled main classes refer to, read from their constant pools once. */
    public Evidence<ClassReferences> mainClassReferences() {
        return mainClassReferences.get();
    }

    /** The packages of the classes in a library's file (a jar or a class directory), read once per file. */
    public Evidence<Set<String>> libraryPackages(Path library) {
        Path file = library.toAbsolutePath().normalize();
        return once(libraryPackages, file, new Gathered<>(Kind.LIBRARY_PACKAGES, file));
    }

    /**
     * The gathering of the evidence that takes longest and that most contracts read, slowest first: the JaCoCo report
     * at its default place, the test reports, the verbose dependency graph, the module's files and the main artifact.
     * An engine may run these ahead of the rules, while the first ones run; each piece is still gathered once, and a
     * rule that asks meanwhile waits for it. Evidence gathered and never asked for costs only the work.
     */
    public List<Runnable> slowestEvidence() {
        return List.of(new GatherAhead(SlowEvidence.DEFAULT_COVERAGE), new GatherAhead(SlowEvidence.TEST_REPORTS),
                new GatherAhead(SlowEvidence.DEPENDENCY_CONFLICTS), new GatherAhead(SlowEvidence.MODULE_FILES),
                new GatherAhead(SlowEvidence.MAIN_ARTIFACT), new GatherAhead(SlowEvidence.LOCK_WHEN_RECORDED));
    }

    /**
     * The slowest evidence that depends on the contract: its schemas, checked against their dialect's meta-schema and
     * compiled (the validator's first use in the JVM). The engine starts gathering it before the rules, so that the
     * rules that wait for it wait the least.
     */
    public List<Runnable> slowestEvidence(LoadedContract contract) {
        return contract.contract().schemas().isEmpty() ? List.of()
                : List.of(new GatherAhead(SlowEvidence.SCHEMAS, contract));
    }

    /** The evidence {@link #slowestEvidence()} and {@link #slowestEvidence(LoadedContract)} gather ahead. */
    private enum SlowEvidence {
        DEFAULT_COVERAGE, TEST_REPORTS, DEPENDENCY_CONFLICTS, MODULE_FILES, MAIN_ARTIFACT, LOCK_WHEN_RECORDED, SCHEMAS
    }

    private final class GatherAhead implements Runnable {

        private final SlowEvidence evidence;
        /** The contract whose schemas are read, for {@link SlowEvidence#SCHEMAS}. */
        private final LoadedContract contract;

        GatherAhead(SlowEvidence evidence) {
            this(evidence, null);
        }

        GatherAhead(SlowEvidence evidence, LoadedContract contract) {
            this.evidence = evidence;
            this.contract = contract;
        }

        @Override
        public void run() {
            switch (evidence) {
                case DEFAULT_COVERAGE -> defaultCoverage();
                case TEST_REPORTS -> testReports();
                case DEPENDENCY_CONFLICTS -> dependencyConflicts();
                case MODULE_FILES -> workspace.moduleFiles();
                case MAIN_ARTIFACT -> mainArtifact();
                case LOCK_WHEN_RECORDED -> lockWhenRecorded();
                case SCHEMAS -> schemas(contract);
            }
        }
    }

    /**
     * The checksums of the build's jars, when the module has a lock to compare them with: hashing the jars (some
     * megabytes, in a JVM that has not compiled SHA-256 yet) is the slowest part of a small module's check.
     */
    private void lockWhenRecorded() {
        Evidence<Optional<DependencyLock>> recorded = recordedLock();
        if (recorded.isPresent() && recorded.value().isPresent()) {
            lock();
        }
    }

    private void defaultCoverage() {
        try {
            coverage(workspace.resolve(Coverage.DEFAULT_REPORT, "JaCoCo report", Location.of(project.pomFile())));
        } catch (InvalidInputException e) {
            // A report that leads out of the project is refused when a rule asks for it; nothing to read ahead.
        }
    }

    /** The Surefire and Failsafe reports in {@link #testReportDirectories()}, read once. */
    public Evidence<TestReports> testReports() {
        return testReports.get();
    }

    /** A JaCoCo XML report, read once per file however many rules ask. */
    public Evidence<Coverage> coverage(Path report) {
        Path file = report.toAbsolutePath().normalize();
        return once(coverage, file, new Gathered<>(Kind.COVERAGE, file));
    }

    /** The metrics in these files (paths relative to the module, as {@code metrics.files} names them), read once per list. */
    public Evidence<MetricValues> metrics(List<String> files) {
        List<String> key = List.copyOf(files);
        return once(metrics, key, new Gathered<>(Kind.METRICS, key));
    }

    /**
     * A JSON file of the module (a schema, a file a schema's {@code $ref} names), parsed once per file however many
     * rules ask; missing when it cannot be read or is not strict JSON, naming the file and line.
     */
    public Evidence<JsonFile> json(Path file) {
        return once(jsonFiles, file.toAbsolutePath().normalize(), new Gathered<>(Kind.JSON, file));
    }

    /**
     * A golden sample, parsed on each call and not kept: {@code schemas.samples} reads each sample once, and a module
     * may have tens of thousands of them, which memory need not hold all at once.
     */
    public Evidence<JsonFile> sample(Path file) {
        return readers.json(workspace, file);
    }

    /**
     * The schemas the contract declares, read, checked against their dialect's meta-schema and compiled once per
     * module however many rules ask; each is compiled or says why it cannot be.
     */
    public Evidence<List<DeclaredSchema>> schemas(LoadedContract contract) {
        return once(schemas, contract.contract().schemas(), new Gathered<>(Kind.SCHEMAS, contract));
    }

    /**
     * The evidence cached under this key, gathered on first use; {@code gathering} is kept only when no other thread
     * put one first, and is not started otherwise.
     */
    private static <K, T> T once(Map<K, Lazy<T>> cache, K key, Lazy<T> gathering) {
        Lazy<T> first = cache.putIfAbsent(key, gathering);
        return (first != null ? first : gathering).get();
    }

    /** The dependencies the build resolved (all scopes), each with the path of requests that brought it in. */
    public Evidence<DependencyGraph> dependencies() {
        return dependencies.get();
    }

    /**
     * The resolved dependencies and the requests that lost a version conflict. Collecting them costs a full graph
     * collection, so only the rules about conflicts ask.
     */
    public Evidence<DependencyGraph> dependencyConflicts() {
        return dependencyConflicts.get();
    }

    /** Dependencies, plugins, extensions and parents as written in the POMs of the module and its parents. */
    public Evidence<DeclaredVersions> declaredVersions() {
        return declaredVersions.get();
    }

    /** Every plugin of the build, lifecycle-bound ones included, and whether a POM pins its version. */
    public Evidence<BuildPlugins> buildPlugins() {
        return buildPlugins.get();
    }

    /** The dependencies and plugins of the build with their checksums, as {@code readiness:lock} would record them. */
    public Evidence<DependencyLock> lock() {
        return lock.get();
    }

    /** The module's {@code readiness-lock.json}; empty when there is none. */
    public Evidence<Optional<DependencyLock>> recordedLock() {
        return recordedLock.get();
    }

    /**
     * The release this version follows and its handoff manifest, looked up in the project's repositories when a rule
     * first asks (and only then: a contract that compares with no release never waits for a repository).
     */
    public Evidence<PreviousRelease> previousRelease() {
        return previousRelease.get();
    }

    private static <T> Supplier<Evidence<T>> orMissing(Supplier<Evidence<T>> supplier, String what) {
        return Lazy.of(supplier != null ? supplier
                : new Given<>(Evidence.missing(what + " was not collected", "run the check through the Maven plugin")));
    }

    /** The evidence this class gathers itself, through its readers or from other evidence. */
    private enum Kind {
        CONTAINER_FILES, MAVEN_WRAPPER, COMPILED_CLASSES, PACKAGED_CONFIGURATION, TEST_REPORTS,
        MODULE_CODE, MAIN_CLASS_REFERENCES, LOCK, RECORDED_LOCK,
        /** Of a file: a library's packages, a coverage report, a JSON file; of a list of metrics files. */
        LIBRARY_PACKAGES, COVERAGE, JSON, METRICS,
        /** Of a contract. */
        SCHEMAS
    }

    /**
     * A piece of evidence of one kind, gathered on first use. {@code T} is the type the kind's reader returns: each
     * field and cache names it once, where it creates its {@code Gathered}.
     */
    @SuppressWarnings("unchecked")
    private final class Gathered<T> extends Lazy<T> {

        private final Kind kind;
        /** The file, files or contract the evidence is read from; null for the module's own evidence. */
        private final Object source;

        Gathered(Kind kind) {
            this(kind, null);
        }

        Gathered(Kind kind, Object source) {
            this.kind = kind;
            this.source = source;
        }

        @Override
        protected T compute() {
            return (T) read();
        }

        private Evidence<?> read() {
            return switch (kind) {
                case CONTAINER_FILES -> readers.containerFiles(workspace);
                case MAVEN_WRAPPER -> readers.mavenWrapper(workspace.repositoryRoot());
                case COMPILED_CLASSES -> readers.compiledClasses(project.outputDirectory());
                case PACKAGED_CONFIGURATION ->
                        readers.configurationFiles(project.resourceDirectories(), mainArtifact.get());
                case TEST_REPORTS -> readers.testReports(testReportDirectories);
                case MODULE_CODE -> readers.moduleCode(workspace, mainSourceRoots, project.outputDirectory(),
                        testSourceRoots, testOutputDirectory);
                case MAIN_CLASS_REFERENCES -> readers.classReferences(project.outputDirectory());
                case LOCK -> currentLock();
                case RECORDED_LOCK -> readers.recordedLock(project.baseDir());
                case LIBRARY_PACKAGES -> readers.libraryPackages((Path) source);
                case COVERAGE -> readers.coverage((Path) source);
                case JSON -> readers.json(workspace, (Path) source);
                case METRICS -> readers.metrics(workspace, (List<String>) source);
                case SCHEMAS -> readers.schemas(workspace, (LoadedContract) source, new JsonFiles());
            };
        }
    }

    private Evidence<DependencyLock> currentLock() {
        Evidence<DependencyGraph> graph = dependencies.get();
        if (!graph.isPresent()) {
            return graph.asMissing();
        }
        Evidence<BuildPlugins> plugins = buildPlugins.get();
        if (!plugins.isPresent()) {
            return plugins.asMissing();
        }
        return DependencyLock.current(graph.value(), plugins.value(), artifactFiles);
    }

    /** The module's JSON files, each parsed once, as the schemas' reader asks for them. */
    private final class JsonFiles implements Function<Path, Evidence<JsonFile>> {
        @Override
        public Evidence<JsonFile> apply(Path file) {
            return json(file);
        }
    }

    /** A value known when the facts are assembled. */
    private static final class Given<T> implements Supplier<T> {

        private final T value;

        Given(T value) {
            this.value = value;
        }

        @Override
        public T get() {
            return value;
        }
    }

    /** The packaged archive, read by the builder's readers. */
    private static final class ArtifactReading implements Supplier<Evidence<ArtifactContents>> {

        private final EvidenceReaders readers;
        private final Path file;

        ArtifactReading(EvidenceReaders readers, Path file) {
            this.readers = readers;
            this.file = file;
        }

        @Override
        public Evidence<ArtifactContents> get() {
            return readers.artifactContents(file);
        }
    }

    /** Assembles facts; anything not given is gathered from the project's directories when first asked for. */
    public static final class Builder {
        private final ProjectInfo project;
        private final EvidenceReaders readers;
        private Workspace workspace;
        private Supplier<Evidence<PomMetadata>> pomMetadata;
        private Supplier<Evidence<PomSettings>> pomSettings;
        private Supplier<Evidence<Set<String>>> compiledClasses;
        private Supplier<Evidence<ArtifactContents>> mainArtifact;
        private Supplier<Evidence<List<TextFile>>> packagedConfiguration;
        private List<Path> testReportDirectories;
        private String testsSkipped = "";
        private Instant buildStarted;
        private List<Path> mainSourceRoots;
        private List<Path> testSourceRoots;
        private Path testOutputDirectory;
        private Supplier<Evidence<DependencyGraph>> dependencies;
        private Supplier<Evidence<DependencyGraph>> dependencyConflicts;
        private Supplier<Evidence<DeclaredVersions>> declaredVersions;
        private Supplier<Evidence<BuildPlugins>> buildPlugins;
        private ArtifactFiles artifactFiles;
        private Supplier<Evidence<PreviousRelease>> previousRelease;

        private Builder(ProjectInfo project, EvidenceReaders readers) {
            this.project = project;
            this.readers = Objects.requireNonNull(readers, "readers");
        }

        public Builder workspace(Workspace value) {
            this.workspace = value;
            return this;
        }

        public Builder pomMetadata(Supplier<Evidence<PomMetadata>> value) {
            this.pomMetadata = value;
            return this;
        }

        public Builder pomMetadata(PomMetadata value) {
            return pomMetadata(new Given<>(Evidence.of(value)));
        }

        public Builder pomSettings(Supplier<Evidence<PomSettings>> value) {
            this.pomSettings = value;
            return this;
        }

        public Builder pomSettings(PomSettings value) {
            return pomSettings(new Given<>(Evidence.of(value)));
        }

        public Builder compiledClasses(Supplier<Evidence<Set<String>>> value) {
            this.compiledClasses = value;
            return this;
        }

        /** The packaged archive, read when first needed; missing when the build has not packaged it. */
        public Builder mainArtifact(Path file) {
            this.mainArtifact = new ArtifactReading(readers, file);
            return this;
        }

        public Builder mainArtifact(Supplier<Evidence<ArtifactContents>> value) {
            this.mainArtifact = value;
            return this;
        }

        public Builder packagedConfiguration(Supplier<Evidence<List<TextFile>>> value) {
            this.packagedConfiguration = value;
            return this;
        }

        /** Surefire's and Failsafe's {@code reportsDirectory}; by default {@code surefire-reports} and {@code failsafe-reports} in the build directory. */
        public Builder testReportDirectories(List<Path> value) {
            this.testReportDirectories = value;
            return this;
        }

        /** Why the build skips its tests, such as {@code "skipTests=true"}; empty when it runs them. */
        public Builder testsSkipped(String reasonOrEmpty) {
            this.testsSkipped = reasonOrEmpty == null ? "" : reasonOrEmpty;
            return this;
        }

        /** When the build started; reports older than that are left over from an earlier build. */
        public Builder buildStarted(Instant value) {
            this.buildStarted = value;
            return this;
        }

        /** The main and test source roots; by default {@code src/main/java} and {@code src/test/java}. */
        public Builder sourceRoots(List<Path> main, List<Path> test) {
            this.mainSourceRoots = main;
            this.testSourceRoots = test;
            return this;
        }

        /** Where the test classes are compiled to; by default {@code test-classes} in the build directory. */
        public Builder testOutputDirectory(Path value) {
            this.testOutputDirectory = value;
            return this;
        }

        /** The resolved dependencies, gathered when a rule first asks. */
        public Builder dependencies(Supplier<Evidence<DependencyGraph>> value) {
            this.dependencies = value;
            return this;
        }

        /** The verbose graph with the conflicts' losing requests; collected only when a rule asks. */
        public Builder dependencyConflicts(Supplier<Evidence<DependencyGraph>> value) {
            this.dependencyConflicts = value;
            return this;
        }

        /** A hand-built graph, verbose or not, for both {@link #dependencies()} and {@link #dependencyConflicts()}. */
        public Builder dependencies(DependencyGraph graph) {
            dependencies(() -> Evidence.of(graph));
            return dependencyConflicts(() -> graph.verbose() ? Evidence.of(graph)
                    : Evidence.missing("the verbose dependency graph was not collected", "run the check through the Maven plugin"));
        }

        public Builder declaredVersions(Supplier<Evidence<DeclaredVersions>> value) {
            this.declaredVersions = value;
            return this;
        }

        public Builder buildPlugins(Supplier<Evidence<BuildPlugins>> value) {
            this.buildPlugins = value;
            return this;
        }

        /** How plugin files are found and checksums computed, for the lock. */
        public Builder artifactFiles(ArtifactFiles value) {
            this.artifactFiles = value;
            return this;
        }

        /** The previous release, looked up when a rule first asks. */
        public Builder previousRelease(Supplier<Evidence<PreviousRelease>> value) {
            this.previousRelease = value;
            return this;
        }

        public Facts build() {
            return new Facts(this);
        }
    }
}

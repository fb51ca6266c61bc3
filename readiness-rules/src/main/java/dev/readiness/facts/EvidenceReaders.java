package dev.readiness.facts;

import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.facts.deps.DependencyLock;
import dev.readiness.facts.env.ContainerFile;
import dev.readiness.facts.env.MavenWrapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * How {@link Facts} reads the evidence it gathers from the module's directories itself: build output, reports and
 * files at known places. The file readers of {@code dev.readiness.readers} implement it; the records stay free of
 * parsing, and a test can hand in readers of its own.
 */
public interface EvidenceReaders {

    /** The module's Dockerfiles and Containerfiles, parsed; an empty list when it has none. */
    Evidence<List<ContainerFile>> containerFiles(Workspace workspace);

    /** The Maven Wrapper of the repository whose top is {@code root}; empty when there is none. */
    Evidence<Optional<MavenWrapper>> mavenWrapper(Path root);

    /** Qualified names of the classes compiled into a build output directory. */
    Evidence<Set<String>> compiledClasses(Path outputDirectory);

    /** The entries of a packaged archive. */
    Evidence<ArtifactContents> artifactContents(Path file);

    /** The text files of the main resources and of the archive's non-class entries. */
    Evidence<List<TextFile>> configurationFiles(List<Path> resourceDirectories, Evidence<ArtifactContents> artifact);

    /** The Surefire and Failsafe reports in these directories. */
    Evidence<TestReports> testReports(List<Path> directories);

    /** Whether the module has main or test code. */
    Evidence<ModuleCode> moduleCode(Workspace workspace, List<Path> mainSourceRoots, Path outputDirectory,
            List<Path> testSourceRoots, Path testOutputDirectory);

    /** The classes outside the module that the class files of a build output refer to. */
    Evidence<ClassReferences> classReferences(Path outputDirectory);

    /** The packages of the classes in a library's file (a jar or a class directory). */
    Evidence<Set<String>> libraryPackages(Path library);

    /** A JaCoCo XML report. */
    Evidence<Coverage> coverage(Path report);

    /** The metrics in these files, named relative to the module. */
    Evidence<MetricValues> metrics(Workspace workspace, List<String> files);

    /** A JSON data file of the module, strictly parsed, with the line of each value. */
    Evidence<JsonFile> json(Workspace workspace, Path file);

    /**
     * The schemas the contract declares, each compiled or with the reasons it cannot be.
     *
     * @param documents reads the schema files and the files their {@code $ref}s name
     */
    Evidence<List<DeclaredSchema>> schemas(Workspace workspace, LoadedContract contract,
            Function<Path, Evidence<JsonFile>> documents);

    /** The module's recorded {@code readiness-lock.json}; empty when there is none. */
    Evidence<Optional<DependencyLock>> recordedLock(Path moduleDir);
}

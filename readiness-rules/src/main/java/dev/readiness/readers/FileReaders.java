package dev.readiness.readers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.JsonTrees;
import dev.readiness.facts.ArtifactContents;
import dev.readiness.facts.ClassReferences;
import dev.readiness.facts.Coverage;
import dev.readiness.facts.DeclaredSchema;
import dev.readiness.facts.EvidenceReaders;
import dev.readiness.facts.Facts;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.MetricValues;
import dev.readiness.facts.ModuleCode;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.facts.TestReports;
import dev.readiness.facts.TextFile;
import dev.readiness.facts.Workspace;
import dev.readiness.facts.deps.DependencyLock;
import dev.readiness.facts.env.ContainerFile;
import dev.readiness.facts.env.MavenWrapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The evidence {@link Facts} gathers itself, read from the files where the build and its tools write it. */
public final class FileReaders implements EvidenceReaders {

    public static final FileReaders INSTANCE = new FileReaders();

    /** A contract larger than this is not looked into: it may declare anything. */
    private static final long LOOKED_INTO_BYTES = 1 << 20;

    private FileReaders() {
    }

    /**
     * Uses the JSON reader and the JSON Schema validator once, on documents of their own: {@link #warmUpReader()},
     * {@link #warmUpValidatorFormats(Optional)} and {@link #warmUpValidator(Optional)}, with the contract not known.
     * Touches no file and keeps nothing.
     *
     * @return whether both answered as they must (they always do; a test holds them to it)
     */
    public static boolean warmUp() {
        return warmUpReader() && warmUpValidatorFormats(Optional.empty()) && warmUpValidator(Optional.empty());
    }

    /**
     * Uses the JSON reader once, on a document of its own. Its first use in a fresh JVM loads and initialises a few
     * hundred classes; a caller that starts this on a thread of its own while it does other work (the plugin, while
     * Maven injects the mojo and the module's facts are gathered) finds them ready when the contract is read.
     *
     * @return whether the reader answered as it must
     */
    public static boolean warmUpReader() {
        try {
            JsonNode tree = JsonTrees.tree(JsonTrees.LENIENT, "{\"a\": [1, 2.5, \"b\", true, null], // c\n}");
            return tree != null && tree.path("a").size() == 5;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles the JSON Schema validator's draft 2020-12 meta-schema once, when the contract the check will most likely
     * read may declare schemas ({@link #mayDeclareSchemas}): a check without schemas never starts the validator, whose
     * first use costs as much CPU as the rest of a small check's readers, on a machine the build keeps busy. Meant for a
     * thread of its own, next to {@link #warmUpReader()}'s: it does not wait for the JSON reader to decide.
     *
     * @param contract that contract, read only here; empty when not known
     * @return whether the validator answered as it must, or true when it was not started
     */
    public static boolean warmUpValidator(Optional<Path> contract) {
        return !mayDeclareSchemas(contract) || JsonSchemas.warmUp();
    }

    /**
     * The part of {@link #warmUpValidator(Optional)} a third thread can make at the same time, for the same contracts:
     * the validator's formats and the linear-time regular expression engine, which the validator needs only once it has
     * made its keyword table.
     *
     * @return whether they answered as they must, or true when they were not started
     */
    public static boolean warmUpValidatorFormats(Optional<Path> contract) {
        return !mayDeclareSchemas(contract) || JsonSchemas.warmUpFormats();
    }

    /**
     * Whether the contract may declare schemas: its text names {@code "schemas"} or {@code "extends"} (another
     * contract, which may declare them), or it is not known, or too large to look into. False for one that names
     * neither, and for one that is not a readable file (its check fails on it before any schema is read). The text
     * is searched, not parsed, so that the answer does not wait for the JSON reader's first use; a contract that names
     * a key without declaring anything under it ({@code "schemas": []}) only warms the validator up for nothing.
     */
    static boolean mayDeclareSchemas(Optional<Path> contract) {
        if (contract.isEmpty()) {
            return true;
        }
        try {
            Path file = contract.get();
            if (!Files.isRegularFile(file)) {
                return false;
            }
            if (Files.size(file) > LOOKED_INTO_BYTES) {
                return true;
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return text.contains("\"schemas\"") || text.contains("\"extends\"");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Facts of a module that read what is not handed in from the module's directories. */
    public static Facts.Builder facts(ProjectInfo project) {
        return Facts.builder(project, INSTANCE);
    }

    @Override
    public Evidence<List<ContainerFile>> containerFiles(Workspace workspace) {
        return ContainerDefinitions.find(workspace);
    }

    @Override
    public Evidence<Optional<MavenWrapper>> mavenWrapper(Path root) {
        return MavenWrapperFile.in(root);
    }

    @Override
    public Evidence<Set<String>> compiledClasses(Path outputDirectory) {
        return BuildOutput.compiledClasses(outputDirectory);
    }

    @Override
    public Evidence<ArtifactContents> artifactContents(Path file) {
        return BuildOutput.artifactContents(file);
    }

    @Override
    public Evidence<List<TextFile>> configurationFiles(List<Path> resourceDirectories, Evidence<ArtifactContents> artifact) {
        return BuildOutput.configurationFiles(resourceDirectories, artifact);
    }

    @Override
    public Evidence<TestReports> testReports(List<Path> directories) {
        return SurefireReports.read(directories);
    }

    @Override
    public Evidence<ModuleCode> moduleCode(Workspace workspace, List<Path> mainSourceRoots, Path outputDirectory,
            List<Path> testSourceRoots, Path testOutputDirectory) {
        return ModuleCodeFinder.find(workspace, mainSourceRoots, outputDirectory, testSourceRoots, testOutputDirectory);
    }

    @Override
    public Evidence<ClassReferences> classReferences(Path outputDirectory) {
        return ClassFiles.read(outputDirectory);
    }

    @Override
    public Evidence<Set<String>> libraryPackages(Path library) {
        return ClassFiles.packagesIn(library);
    }

    @Override
    public Evidence<Coverage> coverage(Path report) {
        return JacocoReports.read(report);
    }

    @Override
    public Evidence<MetricValues> metrics(Workspace workspace, List<String> files) {
        return MetricFiles.read(workspace, files);
    }

    @Override
    public Evidence<JsonFile> json(Workspace workspace, Path file) {
        return JsonFiles.read(workspace, file);
    }

    @Override
    public Evidence<List<DeclaredSchema>> schemas(Workspace workspace, LoadedContract contract,
            Function<Path, Evidence<JsonFile>> documents) {
        return JsonSchemas.read(workspace, contract, documents);
    }

    @Override
    public Evidence<Optional<DependencyLock>> recordedLock(Path moduleDir) {
        return LockFile.in(moduleDir).read();
    }
}

package dev.readiness.facts;

import dev.readiness.core.Evidence;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the module has code to test: source files in its main or test source roots, or classes in its build output.
 * A packaging or aggregation module (a jar of resources, a distribution) has none, and rules about tests and coverage
 * do not apply to it.
 *
 * @param mainSources whether a main source root holds a file
 * @param mainClasses whether the build output holds a class file
 * @param testSources whether a test source root holds a file
 * @param testClasses whether the test build output holds a class file
 * @param lookedAt the directories looked at, module-relative where they lie in the module, for the reason shown
 * @param testsCompiled when the newest test class was written, if there is one: reports at least as new are of the
 *     tests as they are now, even when an earlier Maven invocation ran them ({@code mvn verify}, then
 *     {@code mvn readiness:check})
 */
public record ModuleCode(boolean mainSources, boolean mainClasses, boolean testSources, boolean testClasses,
        List<String> lookedAt, Optional<Instant> testsCompiled) {

    public ModuleCode {
        lookedAt = List.copyOf(lookedAt);
        testsCompiled = testsCompiled == null ? Optional.empty() : testsCompiled;
    }

    public ModuleCode(boolean mainSources, boolean mainClasses, boolean testSources, boolean testClasses,
            List<String> lookedAt) {
        this(mainSources, mainClasses, testSources, testClasses, lookedAt, Optional.empty());
    }

    /** True for a module with neither main nor test code. */
    public boolean none() {
        return !mainSources && !mainClasses && !testSources && !testClasses;
    }

    /** Why the module counts as having no code: {@code "no sources in src/main/java, ..."}. */
    public String describe() {
        return "no source files or compiled classes in " + String.join(", ", lookedAt);
    }

    /**
     * Looks for code, stopping at the first file found in each place. A directory that cannot be listed is missing
     * evidence, so that a rule never skips a module it could not look into.
     */
    static Evidence<ModuleCode> find(Workspace workspace, List<Path> mainSourceRoots, Path outputDirectory,
            List<Path> testSourceRoots, Path testOutputDirectory) {
        try {
            List<String> lookedAt = Stream.of(mainSourceRoots.stream(), Stream.of(outputDirectory),
                            testSourceRoots.stream(), Stream.of(testOutputDirectory))
                    .flatMap(s -> s).map(p -> shown(workspace, p)).distinct().toList();
            return Evidence.of(new ModuleCode(anyFile(mainSourceRoots, ""), anyFile(List.of(outputDirectory), ".class"),
                    anyFile(testSourceRoots, ""), anyFile(List.of(testOutputDirectory), ".class"), lookedAt,
                    newestClass(testOutputDirectory)));
        } catch (IOException | UncheckedIOException e) {
            return Evidence.missing("cannot look for the module's code: " + e.getMessage(),
                    "check the permissions of the source and output directories");
        }
    }

    private static boolean anyFile(List<Path> roots, String suffix) throws IOException {
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                if (files.anyMatch(f -> Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Instant> newestClass(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".class") && Files.isRegularFile(f))
                    .map(ModuleCode::written).max(Instant::compareTo);
        }
    }

    private static Instant written(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String shown(Workspace workspace, Path dir) {
        Path normalized = dir.toAbsolutePath().normalize();
        return normalized.startsWith(workspace.moduleDir()) ? workspace.relative(normalized) : normalized.toString();
    }
}

package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.facts.ModuleCode;
import dev.readiness.facts.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Looks into the source roots and build output of a module for {@link ModuleCode}. */
public final class ModuleCodeFinder {

    private ModuleCodeFinder() {
    }

    /**
     * Looks for code, stopping at the first file found in each place. A directory that cannot be listed is missing
     * evidence, so that a rule never skips a module it could not look into.
     */
    public static Evidence<ModuleCode> find(Workspace workspace, List<Path> mainSourceRoots, Path outputDirectory,
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
                    .map(ModuleCodeFinder::written).max(Instant::compareTo);
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

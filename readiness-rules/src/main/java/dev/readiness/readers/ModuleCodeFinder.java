package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.facts.ModuleCode;
import dev.readiness.facts.Workspace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
            Set<String> places = new LinkedHashSet<>();
            for (List<Path> roots : List.of(mainSourceRoots, List.of(outputDirectory), testSourceRoots,
                    List.of(testOutputDirectory))) {
                for (Path root : roots) {
                    places.add(shown(workspace, root));
                }
            }
            List<String> lookedAt = List.copyOf(places);
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
                for (Iterator<Path> walk = files.iterator(); walk.hasNext(); ) {
                    Path f = walk.next();
                    if (Files.isRegularFile(f) && f.getFileName().toString().endsWith(suffix)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Optional<Instant> newestClass(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        Instant newest = null;
        try (Stream<Path> files = Files.walk(root)) {
            for (Iterator<Path> walk = files.iterator(); walk.hasNext(); ) {
                Path f = walk.next();
                if (f.getFileName().toString().endsWith(".class") && Files.isRegularFile(f)) {
                    Instant written = written(f);
                    if (newest == null || written.isAfter(newest)) {
                        newest = written;
                    }
                }
            }
        }
        return Optional.ofNullable(newest);
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

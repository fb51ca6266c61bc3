package dev.readiness.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A scratch directory for fuzz tests, whose readers take files: one per JVM, each input written over the last one,
 * deleted when the JVM ends.
 */
public final class FuzzFiles {

    private static final Path DIRECTORY = create();

    private FuzzFiles() {
    }

    /** A directory of this JVM's scratch area, created on first use. */
    public static Path directory(String name) {
        try {
            return Files.createDirectories(DIRECTORY.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the input to {@code file} in the directory {@code name}, replacing what an earlier input left. */
    public static Path write(String name, String file, byte[] input) {
        try {
            return Files.write(directory(name).resolve(file), input);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path create() {
        try {
            Path directory = Files.createTempDirectory("readiness-fuzz");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(directory)));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A scratch directory under the system's temporary directory; nothing depends on it being gone.
        }
    }
}

package dev.readiness.core;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes the files the plugin generates (reports, {@code readiness-baseline.json}, {@code readiness-lock.json}) so that an
 * interrupted run never leaves a half-written file: the content goes to a temporary file in the same directory, which
 * is then renamed over the target.
 */
public final class GeneratedFile {

    private GeneratedFile() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path file = target.toAbsolutePath().normalize();
        Path directory = file.getParent();
        Files.createDirectories(directory);
        // Same directory, so the rename stays on one file system and can be atomic. Not Files.createTempFile: its
        // owner-only permissions would stay on the file; a file created plainly gets the user's usual ones (umask).
        Path temporary = directory.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
                // Some file systems cannot rename atomically, or not over an existing file.
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}

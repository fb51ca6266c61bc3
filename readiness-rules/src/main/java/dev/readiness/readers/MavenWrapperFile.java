package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.env.MavenWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads the Maven Wrapper's properties at the top of a repository into {@link MavenWrapper}. */
public final class MavenWrapperFile {

    private MavenWrapperFile() {
    }

    /** A wrapper's settings are a few lines; a larger file is not one. */
    static final long MAX_BYTES = 64 * 1024;

    /** The wrapper of the repository whose top is {@code root}; empty when there is none. */
    public static Evidence<Optional<MavenWrapper>> in(Path root) {
        Path file = root.resolve(MavenWrapper.PROPERTIES);
        if (!Files.exists(file)) {
            return Evidence.of(Optional.empty());
        }
        if (!Files.isRegularFile(file)) {
            return Evidence.missing(file + " is not a regular file", "make it the wrapper's properties file",
                    Location.of(file));
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return Evidence.missing(file + " is " + size + " bytes, more than the " + (MAX_BYTES >> 10)
                        + " KiB a wrapper's properties take", "regenerate it with mvn wrapper:wrapper", Location.of(file));
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            return Evidence.of(Optional.of(MavenWrapper.parse(file, text)));
        } catch (IOException e) {
            return Evidence.missing(file + " cannot be read: " + e.getMessage(), "check the file's permissions",
                    Location.of(file));
        }
    }

}

package dev.readiness.facts.deps;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Finds the files of a build's plugins and fingerprints artifact files, for the lock. The Maven adapter resolves
 * plugin jars from the repository and remembers checksums for the whole build; without it, plugin files are unknown.
 */
public interface ArtifactFiles {

    /**
     * The plugin's jar; empty when the build does not run the plugin and its jar is not in the local repository (Maven
     * resolves the jar of every plugin it runs before the module's build starts), so that the check fetches nothing.
     */
    Evidence<Optional<Path>> plugin(BuildPlugin plugin);

    /** The SHA-256 of a file, lower-case hex. */
    default Evidence<String> sha256(Path file) {
        return computeSha256(file);
    }

    /** Plugin files unknown; checksums computed on each call. */
    ArtifactFiles NONE = new ArtifactFiles() {
        @Override
        public Evidence<Optional<Path>> plugin(BuildPlugin plugin) {
            return Evidence.missing("the file of plugin " + plugin.coordinates() + " was not resolved",
                    "run the check through the Maven plugin");
        }
    };

    static Evidence<String> computeSha256(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return Evidence.missing("cannot read " + file + " to compute its checksum: " + e.getMessage(),
                    "check that the local repository is readable", Location.of(file));
        }
        return Evidence.of(HexFormat.of().formatHex(digest.digest()));
    }
}

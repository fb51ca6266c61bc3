package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.facts.deps.ArtifactFiles;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Plugin jars from the repository and the checksums of artifact files, each file hashed once per build however many
 * modules lock it. The jars of the plugins the build runs are in the local repository already: Maven resolves them
 * before the module's build starts.
 */
public final class RepositoryFiles {

    /** Where plugin jars come from. */
    public enum PluginJars {
        /**
         * The local repository only, for the check: a plugin whose jar is not there is one the build does not run
         * (the clean, install, deploy and site plugins of a {@code verify}), locked by version; nothing is downloaded,
         * so that {@code mvn -o verify} needs only what the build itself needed.
         */
        LOCAL,
        /** Fetched from the plugin repositories when not local, for {@code readiness:lock}, which records them all. */
        FETCH
    }

    /** A file as it is now: a changed file gets a new checksum. */
    private record Stamp(Path file, long size, long modified) {
    }

    private final RepositorySystem system;
    private final Map<Stamp, String> checksums = new ConcurrentHashMap<>();

    public RepositoryFiles(RepositorySystem system) {
        this.system = system;
    }

    /** The artifact files of one module's build. */
    public ArtifactFiles of(MavenProject project, RepositorySystemSession session, PluginJars jars) {
        RepositorySystemSession local = jars == PluginJars.LOCAL && !session.isOffline()
                ? new DefaultRepositorySystemSession(session).setOffline(true) : session;
        return new ArtifactFiles() {
            @Override
            public Evidence<Optional<Path>> plugin(BuildPlugin plugin) {
                if (plugin.version().isEmpty()) {
                    return Evidence.missing("plugin " + plugin.key() + " has no version to lock",
                            "pin its version in <pluginManagement> (dependencies.plugin-versions)");
                }
                ArtifactRequest request = new ArtifactRequest(
                        new DefaultArtifact(plugin.groupId(), plugin.artifactId(), "jar", plugin.version()),
                        project.getRemotePluginRepositories(), "plugin");
                try {
                    return Evidence.of(Optional.of(system.resolveArtifact(local, request).getArtifact().getFile().toPath()));
                } catch (ArtifactResolutionException e) {
                    if (jars == PluginJars.LOCAL) {
                        return Evidence.of(Optional.empty());
                    }
                    return Evidence.missing("cannot resolve plugin " + plugin.coordinates() + ": " + e.getMessage(),
                            "check the plugin repositories and the network, then run the build again");
                }
            }

            @Override
            public Evidence<String> sha256(Path file) {
                return RepositoryFiles.this.sha256(file);
            }
        };
    }

    Evidence<String> sha256(Path file) {
        Stamp stamp;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            stamp = new Stamp(file.toAbsolutePath().normalize(), attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return ArtifactFiles.computeSha256(file);
        }
        String known = checksums.get(stamp);
        if (known != null) {
            return Evidence.of(known);
        }
        Evidence<String> computed = ArtifactFiles.computeSha256(file);
        if (computed.isPresent()) {
            checksums.put(stamp, computed.value());
        }
        return computed;
    }
}

package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.facts.deps.ArtifactFiles;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Plugin jars from the repository (the local one first; those the build ran are there already) and the checksums of
 * artifact files, each file hashed once per build however many modules lock it.
 */
public final class RepositoryFiles {

    /** A file as it is now: a changed file gets a new checksum. */
    private record Stamp(Path file, long size, long modified) {
    }

    private final RepositorySystem system;
    private final Map<Stamp, String> checksums = new ConcurrentHashMap<>();

    public RepositoryFiles(RepositorySystem system) {
        this.system = system;
    }

    /** The artifact files of one module's build. */
    public ArtifactFiles of(MavenProject project, RepositorySystemSession session) {
        return new ArtifactFiles() {
            @Override
            public Evidence<Path> plugin(BuildPlugin plugin) {
                if (plugin.version().isEmpty()) {
                    return Evidence.missing("plugin " + plugin.key() + " has no version to lock",
                            "pin its version in <pluginManagement> (dependencies.plugin-versions)");
                }
                ArtifactRequest request = new ArtifactRequest(
                        new DefaultArtifact(plugin.groupId(), plugin.artifactId(), "jar", plugin.version()),
                        project.getRemotePluginRepositories(), "plugin");
                try {
                    return Evidence.of(system.resolveArtifact(session, request).getArtifact().getFile().toPath());
                } catch (ArtifactResolutionException e) {
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

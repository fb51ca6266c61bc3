package dev.readiness.facts;

import dev.readiness.core.RepositoryRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The module being checked, as the build tool describes it.
 *
 * @param groupId the module's groupId
 * @param artifactId the module's artifactId
 * @param version the module's version
 * @param packaging {@code jar}, {@code war}, {@code pom}, ...
 * @param baseDir the module's directory
 * @param reactorRoot the top of the multi-module build (the module's own directory in a single-module build)
 * @param pomFile the module's build file
 * @param buildDirectory {@code target/}
 * @param outputDirectory {@code target/classes}
 * @param resourceDirectories the main resource directories ({@code src/main/resources})
 */
public record ProjectInfo(
        String groupId,
        String artifactId,
        String version,
        String packaging,
        Path baseDir,
        Path reactorRoot,
        Path pomFile,
        Path buildDirectory,
        Path outputDirectory,
        List<Path> resourceDirectories) {

    public ProjectInfo {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packaging, "packaging");
        baseDir = baseDir.toAbsolutePath().normalize();
        reactorRoot = reactorRoot.toAbsolutePath().normalize();
        pomFile = pomFile.toAbsolutePath().normalize();
        buildDirectory = buildDirectory.toAbsolutePath().normalize();
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        List<Path> resources = new ArrayList<>(resourceDirectories.size());
        for (Path directory : resourceDirectories) {
            resources.add(directory.toAbsolutePath().normalize());
        }
        resourceDirectories = Collections.unmodifiableList(resources);
    }

    /** A module laid out as Maven does by default. */
    public static ProjectInfo standard(String groupId, String artifactId, String version, Path baseDir) {
        Path target = baseDir.resolve("target");
        return new ProjectInfo(groupId, artifactId, version, "jar", baseDir, baseDir, baseDir.resolve("pom.xml"),
                target, target.resolve("classes"), List.of(baseDir.resolve("src/main/resources")));
    }

    /** The top of the repository the module sits in ({@link RepositoryRoot}). */
    public Path repositoryRoot() {
        return RepositoryRoot.of(baseDir, reactorRoot);
    }

    public boolean isSnapshot() {
        return version.endsWith("-SNAPSHOT");
    }

    public String coordinates() {
        return groupId + ":" + artifactId + ":" + version;
    }
}

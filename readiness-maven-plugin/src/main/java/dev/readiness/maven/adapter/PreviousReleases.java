package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.manifest.Manifest;
import dev.readiness.manifest.ManifestJson;
import dev.readiness.manifest.PreviousRelease;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.ArtifactRepository;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;
import org.eclipse.aether.transfer.ArtifactTransferException;
import org.eclipse.aether.transfer.MetadataNotFoundException;
import org.eclipse.aether.transfer.MetadataTransferException;
import org.eclipse.aether.version.Version;

/**
 * Finds the release a module's version follows and its handoff manifest, through Maven's resolver and the project's
 * remote repositories, as Maven resolves anything else: a version range request below the current version, then the
 * {@code readiness} json of the newest release in it. Offline, the local repository alone answers.
 */
public final class PreviousReleases {

    /** A manifest is a few megabytes at most; a larger file there is not one. */
    private static final int MAX_BYTES = 64 * 1024 * 1024;
    private static final String CONTEXT = "readiness";

    private final RepositorySystem system;

    public PreviousReleases(RepositorySystem system) {
        this.system = system;
    }

    public Evidence<PreviousRelease> find(MavenProject project, RepositorySystemSession session) {
        String groupId = project.getGroupId();
        String artifactId = project.getArtifactId();
        String current = project.getVersion();
        List<RemoteRepository> repositories = project.getRemoteProjectRepositories();
        String asked = session.isOffline() ? "the local repository (the build is offline)"
                : "the local repository and " + names(repositories);
        VersionRangeResult range;
        try {
            range = system.resolveVersionRange(session, new VersionRangeRequest(new DefaultArtifact(groupId, artifactId,
                    Manifest.CLASSIFIER, Manifest.TYPE, "[0," + current + ")"), repositories, CONTEXT));
        } catch (VersionRangeResolutionException e) {
            return Evidence.missing("cannot list the releases of " + groupId + ":" + artifactId + ": " + e.getMessage(),
                    "check the repositories of the project (" + names(repositories) + ") and the network");
        }
        if (!session.isOffline()) {
            for (Exception e : range.getExceptions()) {
                if (e instanceof MetadataTransferException transfer && !(e instanceof MetadataNotFoundException)) {
                    return unreachable(transfer.getRepository(), groupId + ":" + artifactId + "'s versions", e);
                }
            }
        }
        Optional<Version> previous = newestRelease(range.getVersions());
        if (previous.isEmpty()) {
            return Evidence.of(PreviousRelease.none("no release of " + groupId + ":" + artifactId + " below " + current
                    + " in " + asked));
        }
        String version = previous.get().toString();
        DefaultArtifact manifest = new DefaultArtifact(groupId, artifactId, Manifest.CLASSIFIER, Manifest.TYPE, version);
        String coordinates = groupId + ":" + artifactId + ":" + Manifest.TYPE + ":" + Manifest.CLASSIFIER + ":" + version;
        ArtifactResult result;
        try {
            result = system.resolveArtifact(session, new ArtifactRequest(manifest, repositories, CONTEXT));
        } catch (ArtifactResolutionException e) {
            result = e.getResult();
            if (!session.isOffline()) {
                for (Exception cause : result == null ? List.<Exception>of() : result.getExceptions()) {
                    if (cause instanceof ArtifactTransferException transfer && !(cause instanceof ArtifactNotFoundException)) {
                        return unreachable(transfer.getRepository(), coordinates, cause);
                    }
                }
            }
            return Evidence.of(PreviousRelease.none("the release " + version + " has no handoff manifest ("
                    + coordinates + " is in none of " + asked + "); it was released before readiness:check attached one"));
        }
        Path file = result.getArtifact().getFile().toPath();
        byte[] content;
        try (InputStream in = Files.newInputStream(file)) {
            content = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            return Evidence.missing("cannot read the handoff manifest " + file + ": " + e.getMessage(),
                    "delete it from the local repository so that it is downloaded again");
        }
        if (content.length > MAX_BYTES) {
            return Evidence.missing("the handoff manifest " + file + " is larger than " + (MAX_BYTES >> 20)
                    + " MiB; it is not one", "delete it from the local repository so that it is downloaded again");
        }
        return ManifestJson.read(content, coordinates).map(read -> PreviousRelease.of(version, read));
    }

    private static Optional<Version> newestRelease(List<Version> versions) {
        Version newest = null;
        for (Version version : versions) {
            if (!version.toString().endsWith("SNAPSHOT") && (newest == null || version.compareTo(newest) > 0)) {
                newest = version;
            }
        }
        return Optional.ofNullable(newest);
    }

    private static Evidence<PreviousRelease> unreachable(ArtifactRepository repository, String what, Exception e) {
        String name = repository instanceof RemoteRepository remote ? remote.getId() + " (" + remote.getUrl() + ")"
                : String.valueOf(repository);
        return Evidence.missing("the repository " + name + " cannot be reached to look up " + what + ": "
                        + e.getMessage(),
                "check the network, the repository's address and the credentials in settings.xml; to compare with "
                        + "the local repository alone, build offline (mvn -o)");
    }

    private static String names(List<RemoteRepository> repositories) {
        if (repositories.isEmpty()) {
            return "no remote repository";
        }
        List<String> names = new ArrayList<>(repositories.size());
        for (RemoteRepository repository : repositories) {
            names.add(repository.getId() + " (" + repository.getUrl() + ")");
        }
        return String.join(", ", names);
    }
}

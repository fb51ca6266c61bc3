package dev.readiness.rules.dependencies;

import dev.readiness.core.Glob;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.VersionRange;
import java.util.Optional;

/**
 * {@code groupId:artifactId[:version]} where {@code *} matches any text in the groupId and artifactId, and the
 * version is a Maven range ({@code [,2.17.1)}), one version, or {@code *}: {@code log4j:log4j},
 * {@code org.junit.*:*}, {@code org.apache.logging.log4j:log4j-core:[,2.17.1)}.
 */
public final class ArtifactPattern {

    private final String text;
    private final Glob groupId;
    private final Glob artifactId;
    private final Optional<VersionRange> versions;

    private ArtifactPattern(String text, Glob groupId, Glob artifactId, Optional<VersionRange> versions) {
        this.text = text;
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.versions = versions;
    }

    /**
     * @param withVersion whether a third part, the versions, is allowed
     * @throws IllegalArgumentException saying what is wrong
     */
    public static ArtifactPattern parse(String text, boolean withVersion) {
        String expected = withVersion ? "groupId:artifactId[:versionRange]" : "groupId:artifactId";
        String[] parts = text.trim().split(":", 3);
        if (parts.length < 2 || parts[0].isBlank() || parts[1].isBlank() || parts.length == 3 && !withVersion) {
            throw new IllegalArgumentException(expected + " (\"" + text + "\" is not)");
        }
        Optional<VersionRange> versions = Optional.empty();
        if (parts.length == 3 && !parts[2].isBlank() && !parts[2].trim().equals("*")) {
            try {
                versions = Optional.of(VersionRange.parse(parts[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(expected + " with a Maven version range such as [,2.17.1) ("
                        + e.getMessage() + ")", e);
            }
        }
        // groupIds and artifactIds have no '/', so a path glob's '*' matches any text in them, dots included.
        return new ArtifactPattern(text.trim(), Glob.ofPath(parts[0].trim()), Glob.ofPath(parts[1].trim()), versions);
    }

    public boolean matches(Coordinates coordinates) {
        return groupId.matches(coordinates.groupId()) && artifactId.matches(coordinates.artifactId())
                && (versions.isEmpty() || versions.get().contains(coordinates.version()));
    }

    @Override
    public String toString() {
        return text;
    }
}

package dev.readiness.facts.deps;

import java.util.Objects;

/**
 * An artifact's coordinates: {@code groupId:artifactId:version}, with a type ({@code jar} unless said) and a
 * classifier (empty unless said).
 */
public record Coordinates(String groupId, String artifactId, String version, String type, String classifier) {

    public Coordinates {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        type = type == null || type.isEmpty() ? "jar" : type;
        classifier = classifier == null ? "" : classifier;
    }

    public static Coordinates of(String groupId, String artifactId, String version) {
        return new Coordinates(groupId, artifactId, version, "jar", "");
    }

    /**
     * Reads {@code groupId:artifactId:version[:type[:classifier]]}.
     *
     * @throws IllegalArgumentException when there are fewer than three or more than five parts
     */
    public static Coordinates parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length < 3 || parts.length > 5) {
            throw new IllegalArgumentException("\"" + text + "\" is not groupId:artifactId:version[:type[:classifier]]");
        }
        return new Coordinates(parts[0], parts[1], parts[2], parts.length > 3 ? parts[3] : "jar",
                parts.length > 4 ? parts[4] : "");
    }

    /** {@code groupId:artifactId}: what conflicts are about. */
    public String key() {
        return groupId + ":" + artifactId;
    }

    /** Everything but the version: {@code groupId:artifactId:type[:classifier]}, the key of a lock entry. */
    public String versionlessId() {
        return key() + ":" + type + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    public Coordinates withVersion(String other) {
        return new Coordinates(groupId, artifactId, other, type, classifier);
    }

    public boolean isSnapshot() {
        return Version.isSnapshot(version);
    }

    /** {@code artifactId version}, the way request paths show a step. */
    public String shortName() {
        return artifactId + " " + version;
    }

    /** {@code groupId:artifactId:version}, then the type and classifier when they are not a plain jar. */
    @Override
    public String toString() {
        String text = groupId + ":" + artifactId + ":" + version;
        if (!classifier.isEmpty()) {
            return text + ":" + type + ":" + classifier;
        }
        return type.equals("jar") ? text : text + ":" + type;
    }
}

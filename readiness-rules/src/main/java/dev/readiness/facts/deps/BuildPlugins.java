package dev.readiness.facts.deps;

import dev.readiness.core.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every plugin the module's build uses, those bound by the packaging's lifecycle included, with the version Maven runs
 * and whether a POM of the module or its parents wrote that version down.
 *
 * @param plugins sorted by groupId:artifactId
 * @param pom where a missing pin belongs, with its line: the {@code <pluginManagement>} of the nearest POM of the
 *     hierarchy that has one and is part of the project's sources (a parent in the repository cannot be edited), else
 *     the module's POM
 */
public record BuildPlugins(List<BuildPlugin> plugins, Location pom) {

    public BuildPlugins {
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(pom, "pom");
    }

    /** Where the plugin's version is written, or where it should be: its pin, its declaration, or {@link #pom}. */
    public Location location(BuildPlugin plugin) {
        if (plugin.pinnedAt().isPresent()) {
            return plugin.pinnedAt().get();
        }
        return plugin.declaredAt().isPresent() ? plugin.declaredAt().get() : pom;
    }

    /**
     * A plugin of the build.
     *
     * @param pinnedAt where a POM of the hierarchy writes its version; empty when the version comes from Maven (the
     *     packaging's lifecycle mapping or the super POM)
     * @param declaredAt where the nearest POM of the hierarchy declares the plugin without a version (the place to
     *     add one); empty when no POM names it, as for most lifecycle plugins
     */
    public record BuildPlugin(String groupId, String artifactId, String version, Optional<Location> pinnedAt,
            Optional<Location> declaredAt) {
        public BuildPlugin {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            version = version == null ? "" : version;
            Objects.requireNonNull(pinnedAt, "pinnedAt");
            Objects.requireNonNull(declaredAt, "declaredAt");
        }

        public BuildPlugin(String groupId, String artifactId, String version, Optional<Location> pinnedAt) {
            this(groupId, artifactId, version, pinnedAt, Optional.empty());
        }

        public boolean pinned() {
            return pinnedAt.isPresent();
        }

        public String key() {
            return groupId + ":" + artifactId;
        }

        public Coordinates coordinates() {
            return new Coordinates(groupId, artifactId, version, "maven-plugin", "");
        }
    }
}

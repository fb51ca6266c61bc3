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
 * @param pom the module's POM, where a missing pin belongs
 */
public record BuildPlugins(List<BuildPlugin> plugins, Location pom) {

    public BuildPlugins {
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(pom, "pom");
    }

    /**
     * A plugin of the build.
     *
     * @param pinnedAt where a POM of the hierarchy writes its version; empty when the version comes from Maven (the
     *     packaging's lifecycle mapping or the super POM)
     */
    public record BuildPlugin(String groupId, String artifactId, String version, Optional<Location> pinnedAt) {
        public BuildPlugin {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            version = version == null ? "" : version;
            Objects.requireNonNull(pinnedAt, "pinnedAt");
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

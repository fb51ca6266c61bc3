package dev.readiness.facts.deps;

import dev.readiness.core.Location;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dependencies, plugins, extensions and parents as written in the POMs of the module and its parents, with where
 * each is written: what {@code dependencies.no-ranges} reads, and where findings about a direct dependency point.
 *
 * @param declarations in POM order, the module's own POM first, then each parent
 */
public record DeclaredVersions(List<Declaration> declarations) {

    public DeclaredVersions {
        declarations = List.copyOf(declarations);
    }

    /** Where a POM names an artifact. */
    public enum Kind {
        DEPENDENCY("dependency"),
        MANAGED_DEPENDENCY("managed dependency"),
        PLUGIN("plugin"),
        MANAGED_PLUGIN("managed plugin"),
        PLUGIN_DEPENDENCY("plugin dependency"),
        EXTENSION("build extension"),
        PARENT("parent");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One element naming an artifact.
     *
     * @param kind which element
     * @param groupId its groupId (interpolated; Maven's default for plugins when left out)
     * @param artifactId its artifactId
     * @param version the version as written ({@code ${commons.version}}, {@code [3.0,4.0)}); empty when not written
     * @param effectiveVersion the version with properties replaced; empty when not written
     * @param location the {@code <version>} element, or the element itself when no version is written
     * @param profile the profile the element is in; empty outside profiles
     */
    public record Declaration(Kind kind, String groupId, String artifactId, String version, String effectiveVersion,
            Location location, String profile) {
        public Declaration {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            version = version == null ? "" : version;
            effectiveVersion = effectiveVersion == null || effectiveVersion.isEmpty() ? version : effectiveVersion;
            Objects.requireNonNull(location, "location");
            profile = profile == null ? "" : profile;
        }

        public String key() {
            return groupId + ":" + artifactId;
        }

        public boolean hasVersion() {
            return !version.isEmpty();
        }

        /** {@code dependency org.apache.commons:commons-lang3} or {@code ... in profile spark}. */
        public String describe() {
            return kind.label() + " " + key() + (profile.isEmpty() ? "" : " (profile " + profile + ")");
        }
    }

    /** Where the module's own POM (or a parent's) declares this direct dependency. */
    public Optional<Declaration> dependency(String key) {
        for (Declaration declaration : declarations) {
            if (declaration.kind() == Kind.DEPENDENCY && declaration.key().equals(key)) {
                return Optional.of(declaration);
            }
        }
        return Optional.empty();
    }
}

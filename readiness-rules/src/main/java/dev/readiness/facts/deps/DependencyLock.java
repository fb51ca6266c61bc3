package dev.readiness.facts.deps;

import dev.readiness.core.Evidence;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import dev.readiness.facts.deps.DependencyGraph.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a build resolved, pinned: every dependency (all scopes) by {@code groupId:artifactId:type[:classifier]} and
 * every build plugin by {@code groupId:artifactId}, each with its version and the SHA-256 of its file. Modules of the
 * same build and SNAPSHOTs are locked by coordinates only: their files change with every build or deploy.
 *
 * @param notRun the plugins of the build as it is whose jar it did not resolve, because it does not run them (the clean,
 *        install, deploy and site plugins of a {@code verify}): their jars are not fetched for the lock, so only their
 *        versions are compared; their checksums are, in a build that runs them
 */
public record DependencyLock(SortedMap<String, Entry> dependencies, SortedMap<String, Entry> plugins,
        SortedSet<String> notRun) {

    public DependencyLock {
        dependencies = Collections.unmodifiableSortedMap(new TreeMap<>(dependencies));
        plugins = Collections.unmodifiableSortedMap(new TreeMap<>(plugins));
        notRun = Collections.unmodifiableSortedSet(new TreeSet<>(notRun));
    }

    /** A lock in which every entry was resolved: a recorded one. */
    public DependencyLock(SortedMap<String, Entry> dependencies, SortedMap<String, Entry> plugins) {
        this(dependencies, plugins, new TreeSet<>());
    }

    /**
     * One locked artifact.
     *
     * @param scope the dependency's scope; empty for a plugin
     * @param sha256 lower-case hex; empty when locked by coordinates only
     */
    public record Entry(String version, String scope, Optional<String> sha256) {
        public Entry {
            Objects.requireNonNull(version, "version");
            scope = scope == null ? "" : scope;
            Objects.requireNonNull(sha256, "sha256");
        }

        @Override
        public String toString() {
            return version + (scope.isEmpty() ? "" : " (" + scope + ")");
        }
    }

    /** One difference between the lock and the build; {@code toString()} is the line to print. */
    public record Change(String section, String id, Optional<Entry> before, Optional<Entry> after) {
        public boolean added() {
            return before.isEmpty();
        }

        public boolean removed() {
            return after.isEmpty();
        }

        @Override
        public String toString() {
            if (before.isEmpty()) {
                return "added " + section + " " + id + " " + after.orElseThrow();
            }
            if (after.isEmpty()) {
                return "removed " + section + " " + id + " " + before.get();
            }
            Entry was = before.get();
            Entry now = after.get();
            List<String> what = new ArrayList<>();
            if (!was.version().equals(now.version())) {
                what.add("version " + was.version() + " -> " + now.version());
            }
            if (!was.scope().equals(now.scope())) {
                what.add("scope " + was.scope() + " -> " + now.scope());
            }
            if (!was.sha256().equals(now.sha256())) {
                what.add("sha256 " + shortHash(was.sha256()) + " -> " + shortHash(now.sha256())
                        + (was.version().equals(now.version()) ? " (same version, different file)" : ""));
            }
            return "changed " + section + " " + id + ": " + String.join(", ", what);
        }

        private static String shortHash(Optional<String> hash) {
            return hash.map(h -> h.length() > 12 ? h.substring(0, 12) + "…" : h).orElse("(none)");
        }
    }

    /** The lock of the build as it is: the resolved graph and the build plugins with their files' checksums. */
    public static Evidence<DependencyLock> current(DependencyGraph graph, BuildPlugins plugins, ArtifactFiles files) {
        SortedMap<String, Entry> dependencies = new TreeMap<>();
        for (Node node : graph.nodes()) {
            Optional<String> sha256 = Optional.empty();
            if (!node.reactorModule() && !node.coordinates().isSnapshot()) {
                if (node.file().isEmpty()) {
                    return Evidence.missing("the file of " + node.coordinates() + " was not resolved",
                            "run the build with dependency resolution (mvn verify)");
                }
                Evidence<String> hash = files.sha256(node.file().get());
                if (!hash.isPresent()) {
                    return hash.map(h -> null);
                }
                sha256 = Optional.of(hash.value());
            }
            dependencies.put(node.coordinates().versionlessId(), new Entry(node.coordinates().version(), node.scope(), sha256));
        }
        SortedMap<String, Entry> pluginEntries = new TreeMap<>();
        SortedSet<String> notRun = new TreeSet<>();
        for (BuildPlugin plugin : plugins.plugins()) {
            Optional<String> sha256 = Optional.empty();
            if (!Version.isSnapshot(plugin.version())) {
                Evidence<Optional<Path>> file = files.plugin(plugin);
                if (!file.isPresent()) {
                    return file.map(f -> null);
                }
                if (file.value().isEmpty()) {
                    notRun.add(plugin.key());
                } else {
                    Evidence<String> hash = files.sha256(file.value().get());
                    if (!hash.isPresent()) {
                        return hash.map(h -> null);
                    }
                    sha256 = Optional.of(hash.value());
                }
            }
            pluginEntries.put(plugin.key(), new Entry(plugin.version(), "", sha256));
        }
        return Evidence.of(new DependencyLock(dependencies, pluginEntries, notRun));
    }

    /**
     * Added, removed and changed entries, dependencies first, each section sorted. A plugin {@code after} does not run
     * is compared by version: its recorded checksum stands until a build that runs it.
     */
    public static List<Change> diff(DependencyLock before, DependencyLock after) {
        List<Change> changes = new ArrayList<>();
        diff("dependency", before.dependencies(), after.dependencies(), Set.of(), changes);
        diff("plugin", before.plugins(), after.plugins(), after.notRun(), changes);
        return List.copyOf(changes);
    }

    private static void diff(String section, SortedMap<String, Entry> before, SortedMap<String, Entry> after,
            Set<String> versionOnly, List<Change> changes) {
        TreeSet<String> ids = new TreeSet<>(before.keySet());
        ids.addAll(after.keySet());
        for (String id : ids) {
            Optional<Entry> was = Optional.ofNullable(before.get(id));
            Optional<Entry> now = Optional.ofNullable(after.get(id));
            if (was.isPresent() && now.isPresent() && versionOnly.contains(id)) {
                now = Optional.of(new Entry(now.get().version(), now.get().scope(), was.get().sha256()));
            }
            if (!was.equals(now)) {
                changes.add(new Change(section, id, was, now));
            }
        }
    }
}

package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DependencyGraph.Managed;
import dev.readiness.facts.deps.DependencyGraph.Omitted;
import dev.readiness.facts.deps.DependencyGraph.RangeRequest;
import dev.readiness.facts.deps.VersionRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.maven.RepositoryUtils;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Exclusion;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.ArtifactProperties;
import org.eclipse.aether.artifact.ArtifactTypeRegistry;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.collection.CollectResult;
import org.eclipse.aether.collection.DependencyCollectionException;
import org.eclipse.aether.graph.DependencyNode;
import org.eclipse.aether.util.graph.manager.DependencyManagerUtils;
import org.eclipse.aether.version.VersionConstraint;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.util.graph.transformer.ConflictResolver;

/**
 * What only the full (verbose) dependency graph tells: the requests that lost a version conflict, those whose version
 * dependency management replaced, and those written as ranges in the POMs of the tree. Collecting it is the one
 * expensive fact, so it is collected only when a rule asks, and at most once per build for each distinct set of
 * inputs (dependencies, dependency management, repositories): modules with the same dependencies share it. Owned by
 * the session-scoped {@code ReadinessBuild}, so a new build (or mvnd request) collects afresh.
 */
public final class DependencyGraphs {

    /**
     * What determines the graph below the module: the module's own coordinates only name the root, which the omitted
     * requests' paths leave out.
     */
    record Key(List<String> dependencies, List<String> managed, List<String> repositories) {

        // Written out: a record's generated equals and hashCode are linked on their first call, a few milliseconds
        // each in a fresh JVM and tens for the first record (docs/architecture.md).
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && dependencies.equals(that.dependencies) && managed.equals(that.managed)
                    && repositories.equals(that.repositories);
        }

        @Override
        public int hashCode() {
            return (dependencies.hashCode() * 31 + managed.hashCode()) * 31 + repositories.hashCode();
        }
    }

    /**
     * What a verbose graph holds beyond the resolved artifacts. The managed requests carry no location yet: where the
     * management is written depends on the module, and modules with the same inputs share one graph.
     */
    public record Verbose(List<Omitted> omitted, List<Managed> managed, List<RangeRequest> ranges) {
        public Verbose {
            omitted = List.copyOf(omitted);
            managed = List.copyOf(managed);
            ranges = List.copyOf(ranges);
        }
    }

    /** One collection: what it found, how big the graph was, how long it took, which module asked first. */
    record Collected(Evidence<Verbose> verbose, int nodes, long millis, String firstModule) {
    }

    private final RepositorySystem system;
    private final Map<Key, Collected> graphs = new ConcurrentHashMap<>();
    private final Map<Key, Object> locks = new ConcurrentHashMap<>();
    private final AtomicInteger collections = new AtomicInteger();

    public DependencyGraphs(RepositorySystem system) {
        this.system = system;
    }

    /** How many graphs this build collected, for the log and tests. */
    public int collections() {
        return collections.get();
    }

    /**
     * What the module's verbose graph tells, collected now or reused from a module with the same inputs.
     *
     * @param log says (at info) that the graph was collected, how big it was and how long it took, or (at debug) that
     *     it was reused
     */
    public Evidence<Verbose> verbose(MavenProject project, RepositorySystemSession session, Log log) {
        if (project.getDependencies().isEmpty()) {
            // A parent or aggregator without dependencies: its graph is its root alone, nothing to collect.
            return Evidence.of(new Verbose(List.of(), List.of(), List.of()));
        }
        Key key = key(project);
        Collected known = graphs.get(key);
        if (known == null) {
            // One lock per key: modules built in parallel (-T) with the same dependencies wait for one collection.
            locks.putIfAbsent(key, new Object());
            synchronized (locks.get(key)) {
                known = graphs.get(key);
                if (known == null) {
                    known = collect(project, session);
                    graphs.put(key, known);
                    log.info("readiness: collected the full dependency graph of " + project.getArtifactId() + " ("
                            + known.nodes() + " nodes, " + (known.verbose().isPresent()
                                    ? known.verbose().value().omitted().size() : 0)
                            + " requests omitted for conflicts) in " + known.millis() + " ms; graphs collected in this build: "
                            + collections.get());
                    return known.verbose();
                }
            }
        }
        log.debug("readiness: reused the full dependency graph collected for " + known.firstModule()
                + " (same dependencies, management and repositories)");
        return known.verbose();
    }

    private Collected collect(MavenProject project, RepositorySystemSession session) {
        long start = System.nanoTime();
        collections.incrementAndGet();
        DefaultRepositorySystemSession verbose = new DefaultRepositorySystemSession(session);
        // Keep the losers of each conflict in the graph, marked with their winner, instead of removing them.
        verbose.setConfigProperty(ConflictResolver.CONFIG_PROP_VERBOSE, Boolean.TRUE);
        // Keep the version each request asked for before dependencyManagement replaced it.
        verbose.setConfigProperty(DependencyManagerUtils.CONFIG_PROP_VERBOSE, Boolean.TRUE);
        ArtifactTypeRegistry types = session.getArtifactTypeRegistry();
        CollectRequest request = new CollectRequest();
        request.setRootArtifact(RepositoryUtils.toArtifact(project.getArtifact()));
        request.setRequestContext("project");
        request.setRepositories(project.getRemoteProjectRepositories());
        for (Dependency dependency : project.getDependencies()) {
            request.addDependency(RepositoryUtils.toDependency(dependency, types));
        }
        if (project.getDependencyManagement() != null) {
            for (Dependency dependency : project.getDependencyManagement().getDependencies()) {
                request.addManagedDependency(RepositoryUtils.toDependency(dependency, types));
            }
        }
        Evidence<Verbose> found;
        int[] nodes = {0};
        try {
            CollectResult result = system.collectDependencies(verbose, request);
            List<Omitted> losers = new ArrayList<>();
            List<Managed> managed = new ArrayList<>();
            List<RangeRequest> ranges = new ArrayList<>();
            walk(result.getRoot(), new ArrayList<>(), Collections.newSetFromMap(new IdentityHashMap<>()),
                    new Found(losers, managed, ranges), nodes);
            found = Evidence.of(new Verbose(losers, managed, ranges));
        } catch (DependencyCollectionException e) {
            found = Evidence.missing("cannot collect the dependency graph of " + project.getId() + ": " + e.getMessage(),
                    "run mvn dependency:tree -Dverbose to see which dependency cannot be read");
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        return new Collected(found, nodes[0], millis, project.getArtifactId());
    }

    /** What the walk collects. */
    private record Found(List<Omitted> losers, List<Managed> managed, List<RangeRequest> ranges) {
    }

    private static void walk(DependencyNode node, List<Coordinates> path, Set<DependencyNode> onPath, Found found,
            int[] count) {
        for (DependencyNode child : node.getChildren()) {
            count[0]++;
            Coordinates coordinates = coordinates(child.getArtifact());
            List<Coordinates> childPath = new ArrayList<>(path);
            childPath.add(coordinates);
            String premanaged = DependencyManagerUtils.getPremanagedVersion(child);
            if (premanaged != null && !premanaged.equals(child.getArtifact().getVersion())) {
                Coordinates requested = coordinates.withVersion(premanaged);
                List<Coordinates> requestPath = new ArrayList<>(path);
                requestPath.add(requested);
                found.managed().add(new Managed(requested, coordinates.version(), requestPath, Optional.empty()));
            }
            Object winner = child.getData().get(ConflictResolver.NODE_DATA_WINNER);
            if (winner instanceof DependencyNode won) {
                if (!won.getArtifact().getBaseVersion().equals(child.getArtifact().getBaseVersion())) {
                    found.losers().add(new Omitted(coordinates, childPath));
                }
                continue;
            }
            Optional<String> range = range(child.getVersionConstraint());
            if (range.isPresent()) {
                found.ranges().add(new RangeRequest(coordinates, range.get(), childPath));
            }
            if (onPath.add(child)) {
                walk(child, childPath, onPath, found, count);
                onPath.remove(child);
            }
        }
    }

    /** The request's range, {@code LATEST} or {@code RELEASE}; empty for one version. */
    private static Optional<String> range(VersionConstraint constraint) {
        if (constraint == null) {
            return Optional.empty();
        }
        if (constraint.getRange() != null) {
            return Optional.of(constraint.getRange().toString());
        }
        String version = constraint.getVersion() == null ? "" : constraint.getVersion().toString();
        return VersionRange.isDynamic(version) ? Optional.of(version) : Optional.empty();
    }

    private static Coordinates coordinates(Artifact artifact) {
        return new Coordinates(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(),
                artifact.getProperty(ArtifactProperties.TYPE, artifact.getExtension()), artifact.getClassifier());
    }

    static Key key(MavenProject project) {
        List<String> dependencies = described(project.getDependencies());
        List<String> managed = project.getDependencyManagement() == null ? List.of()
                : described(project.getDependencyManagement().getDependencies());
        List<String> repositories = new ArrayList<>();
        if (project.getRemoteProjectRepositories() != null) {
            for (RemoteRepository repository : project.getRemoteProjectRepositories()) {
                repositories.add(describe(repository));
            }
        }
        return new Key(dependencies, managed, List.copyOf(repositories));
    }

    private static List<String> described(List<Dependency> dependencies) {
        List<String> described = new ArrayList<>(dependencies.size());
        for (Dependency dependency : dependencies) {
            described.add(describe(dependency));
        }
        return List.copyOf(described);
    }

    private static String describe(Dependency dependency) {
        List<String> exclusions = new ArrayList<>();
        for (Exclusion exclusion : dependency.getExclusions()) {
            exclusions.add(exclusion.getGroupId() + ":" + exclusion.getArtifactId());
        }
        Collections.sort(exclusions);
        return dependency.getManagementKey() + ":" + dependency.getVersion() + ":" + dependency.getScope() + ":"
                + dependency.isOptional() + ":" + dependency.getSystemPath() + ":" + exclusions;
    }

    private static String describe(RemoteRepository repository) {
        return repository.getId() + "=" + repository.getUrl() + (repository.getMirroredRepositories().isEmpty() ? ""
                : " mirror of " + repository.getMirroredRepositories().stream().map(RemoteRepository::getId).toList());
    }
}

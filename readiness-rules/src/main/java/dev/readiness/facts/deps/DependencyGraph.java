package dev.readiness.facts.deps;

import dev.readiness.core.Location;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The module's dependencies as the build resolved them, each with the path of requests that brought it in, and, in
 * the verbose form, the requests that lost a version conflict ({@link Omitted}): a library asked for
 * {@code curator-framework 2.13.0}, the build took 5.2.0.
 *
 * @param project the module
 * @param nodes the resolved artifacts, all scopes, in resolution order
 * @param omitted the requests that lost a conflict to another version (verbose graph only; empty otherwise)
 * @param managed the requests whose version {@code dependencyManagement} replaced (verbose graph only)
 * @param ranges the requests in the tree written as a version range, {@code LATEST} or {@code RELEASE} (verbose graph
 *     only): the versions that float below the module's own POMs
 * @param verbose true when {@code omitted}, {@code managed} and {@code ranges} were collected; a non-verbose graph
 *     cannot tell about them
 */
public record DependencyGraph(Coordinates project, List<Node> nodes, List<Omitted> omitted, List<Managed> managed,
        List<RangeRequest> ranges, boolean verbose) {

    public DependencyGraph {
        Objects.requireNonNull(project, "project");
        nodes = List.copyOf(nodes);
        omitted = List.copyOf(omitted);
        managed = List.copyOf(managed);
        ranges = List.copyOf(ranges);
    }

    /** The resolved artifacts only, as Maven hands them to a plugin. */
    public static DependencyGraph resolved(Coordinates project, List<Node> nodes) {
        return new DependencyGraph(project, nodes, List.of(), List.of(), List.of(), false);
    }

    /** The same resolved artifacts with the conflicts' losing requests. */
    public DependencyGraph withOmitted(List<Omitted> losers) {
        return verbose(losers, List.of(), List.of());
    }

    /** The same resolved artifacts with what the verbose graph tells: lost conflicts, managed versions, ranges. */
    public DependencyGraph verbose(List<Omitted> losers, List<Managed> managedRequests, List<RangeRequest> rangeRequests) {
        return new DependencyGraph(project, nodes, losers, managedRequests, rangeRequests, true);
    }

    /**
     * A resolved artifact.
     *
     * @param coordinates what was resolved (the version is the base version: {@code 1.0-SNAPSHOT})
     * @param scope {@code compile}, {@code provided}, {@code runtime}, {@code test} or {@code system}
     * @param optional declared optional
     * @param file the artifact's file, when resolved
     * @param path the requests from the module's direct dependency down to this artifact, this artifact last
     * @param reactorModule true for a module of the same build, whose file changes with every build
     */
    public record Node(Coordinates coordinates, String scope, boolean optional, Optional<Path> file,
            List<Coordinates> path, boolean reactorModule) {
        public Node {
            Objects.requireNonNull(coordinates, "coordinates");
            scope = scope == null || scope.isEmpty() ? "compile" : scope;
            Objects.requireNonNull(file, "file");
            path = List.copyOf(path);
            if (path.isEmpty()) {
                path = List.of(coordinates);
            }
        }

        /** A direct dependency of the module. */
        public boolean isDirect() {
            return path.size() == 1;
        }

        /** The module's own dependency through which this artifact comes in. */
        public Coordinates direct() {
            return path.get(0);
        }
    }

    /** A request for a version that the module does not resolve: one that lost a conflict, or one managed to another. */
    public sealed interface Request permits Omitted, Managed {
        /** The artifact and the version the request asked for. */
        Coordinates requested();

        /** The requests from the module's direct dependency down to this one, this one last. */
        List<Coordinates> path();
    }

    /**
     * A request that lost a version conflict.
     *
     * @param requested the artifact and the version this request asked for
     * @param path the requests from the module's direct dependency down to this one, this one last
     */
    public record Omitted(Coordinates requested, List<Coordinates> path) implements Request {
        public Omitted {
            Objects.requireNonNull(requested, "requested");
            path = List.copyOf(path);
            if (path.isEmpty()) {
                path = List.of(requested);
            }
        }
    }

    /**
     * A request whose version {@code dependencyManagement} replaced: {@code b 1.0} asks for {@code x 2.1}, the
     * module's management forces {@code x 1.1}.
     *
     * @param requested the artifact and the version the request asked for, before management
     * @param managedVersion the version management gave it
     * @param path the requests from the module's direct dependency down to this one, this one last (with the
     *     requested version)
     * @param managedAt the {@code <version>} of the managing POM (a parent or an imported BOM included), when known
     */
    public record Managed(Coordinates requested, String managedVersion, List<Coordinates> path,
            Optional<Location> managedAt) implements Request {
        public Managed {
            Objects.requireNonNull(requested, "requested");
            Objects.requireNonNull(managedVersion, "managedVersion");
            path = List.copyOf(path);
            if (path.isEmpty()) {
                path = List.of(requested);
            }
            Objects.requireNonNull(managedAt, "managedAt");
        }

        public Managed at(Optional<Location> where) {
            return new Managed(requested, managedVersion, path, where);
        }
    }

    /**
     * A request written as a range (or {@code LATEST}, {@code RELEASE}) somewhere in the tree.
     *
     * @param resolved the artifact and the version the range resolved to in this build
     * @param range the range as the resolver read it: {@code [1.0,2.0)}, {@code [1.0,1.0]}
     * @param path the requests from the module's direct dependency down to this one, this one last
     */
    public record RangeRequest(Coordinates resolved, String range, List<Coordinates> path) {
        public RangeRequest {
            Objects.requireNonNull(resolved, "resolved");
            Objects.requireNonNull(range, "range");
            path = List.copyOf(path);
            if (path.isEmpty()) {
                path = List.of(resolved);
            }
        }

        /** Written in a POM of the tree, not in the module's own POMs. */
        public boolean isTransitive() {
            return path.size() > 1;
        }

        /** The module's own dependency through which the range comes in. */
        public Coordinates direct() {
            return path.get(0);
        }
    }

    /** The resolved artifact with this {@code groupId:artifactId}. */
    public Optional<Node> resolved(String key) {
        for (Node node : nodes) {
            if (node.coordinates().key().equals(key)) {
                return Optional.of(node);
            }
        }
        return Optional.empty();
    }

    /** Resolved artifacts by {@code groupId:artifactId}, in resolution order. */
    public Map<String, Node> byKey() {
        Map<String, Node> byKey = new LinkedHashMap<>();
        for (Node node : nodes) {
            byKey.putIfAbsent(node.coordinates().key(), node);
        }
        return byKey;
    }

    /** {@code app -> spark-core 3.5.3 -> curator-framework 2.13.0}. */
    public String describe(List<Coordinates> path) {
        StringBuilder text = new StringBuilder(project.artifactId());
        for (Coordinates step : path) {
            text.append(" -> ").append(step.shortName());
        }
        return text.toString();
    }
}

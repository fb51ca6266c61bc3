package dev.readiness.testing;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.ArtifactFiles;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DeclaredVersions.Declaration;
import dev.readiness.facts.deps.DeclaredVersions.Kind;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.Managed;
import dev.readiness.facts.deps.DependencyGraph.Node;
import dev.readiness.facts.deps.DependencyGraph.Omitted;
import dev.readiness.facts.deps.DependencyGraph.RangeRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A hand-built dependency graph, POM declarations and build plugins, for the {@code dependencies.*} rules.
 *
 * <pre>{@code
 * Dependencies deps = Dependencies.of("com.acme:app:1.0.0")
 *         .dependency("org.apache.commons:commons-lang3:3.12.0")
 *         .transitive("compile", "org.apache.spark:spark-core:3.5.3", "org.apache.curator:curator-framework:2.13.0")
 *         .omitted("org.apache.hadoop:hadoop-auth:3.3.6", "org.apache.curator:curator-framework:5.2.0");
 * RuleHarness.in(dir).with(deps::applyTo).evaluate(new Convergence());
 * }</pre>
 *
 * Each direct dependency is declared in the module's pom.xml at line 20, 21, ... in the order added. Artifact files
 * are fake paths whose checksum is the SHA-256 of their coordinates unless {@link #checksum} says otherwise.
 */
public final class Dependencies {

    public static final int FIRST_DEPENDENCY_LINE = 20;

    private final Coordinates project;
    private final Path pom;
    private final List<Node> nodes = new ArrayList<>();
    private final List<Omitted> omitted = new ArrayList<>();
    private final List<Managed> managed = new ArrayList<>();
    private final List<RangeRequest> ranges = new ArrayList<>();
    private Location pinsBelong;
    private final List<Declaration> declarations = new ArrayList<>();
    private final List<BuildPlugin> plugins = new ArrayList<>();
    private final Map<String, String> checksums = new HashMap<>();
    private final Set<String> reactorModules = new java.util.HashSet<>();
    /** Plugins ({@code groupId:artifactId}) the build does not run: their jars are not in the local repository. */
    private final Set<String> notRun = new java.util.HashSet<>();
    private boolean verbose = true;
    private int nextLine = FIRST_DEPENDENCY_LINE;

    private Dependencies(Coordinates project, Path pom) {
        this.project = project;
        this.pom = pom;
    }

    /** A module with these coordinates; its POM is {@code pom.xml} in the current directory unless {@link #pom} says. */
    public static Dependencies of(String project) {
        return new Dependencies(Coordinates.parse(project), Path.of("pom.xml").toAbsolutePath());
    }

    public static Dependencies of(String project, Path pom) {
        return new Dependencies(Coordinates.parse(project), pom.toAbsolutePath().normalize());
    }

    public Path pom() {
        return pom;
    }

    /** A direct compile dependency, declared with its version. */
    public Dependencies dependency(String coordinates) {
        return dependency(coordinates, "compile");
    }

    /** A direct dependency in a scope, declared with its version in the module's POM. */
    public Dependencies dependency(String coordinates, String scope) {
        Coordinates c = Coordinates.parse(coordinates);
        nodes.add(node(c, scope, List.of(c)));
        declarations.add(new Declaration(Kind.DEPENDENCY, c.groupId(), c.artifactId(), c.version(), c.version(),
                Location.of(pom, nextLine++), ""));
        return this;
    }

    /** A module of the same build as a direct dependency. */
    public Dependencies reactorModule(String coordinates) {
        reactorModules.add(Coordinates.parse(coordinates).key());
        return dependency(coordinates);
    }

    /** A resolved transitive dependency: the path from a direct dependency to it, it last. */
    public Dependencies transitive(String scope, String... path) {
        List<Coordinates> steps = Arrays.stream(path).map(Coordinates::parse).toList();
        nodes.add(node(steps.get(steps.size() - 1), scope, steps));
        return this;
    }

    /** A request that lost a conflict: the path from a direct dependency to it, it last. */
    public Dependencies omitted(String... path) {
        List<Coordinates> steps = Arrays.stream(path).map(Coordinates::parse).toList();
        omitted.add(new Omitted(steps.get(steps.size() - 1), steps));
        return this;
    }

    /**
     * A request whose version dependency management replaced: the path from a direct dependency to the request (it
     * last, with the version it asked for), managed to {@code managedVersion} at this line of the module's POM.
     */
    public Dependencies managed(String managedVersion, int managedAtLine, String... path) {
        // With a column, as Maven tracks it; messages name the file and line only.
        return managed(managedVersion, new Location(pom, managedAtLine, 9), path);
    }

    /** The same, managed in another POM (a parent, a BOM). */
    public Dependencies managed(String managedVersion, Location managedAt, String... path) {
        List<Coordinates> steps = Arrays.stream(path).map(Coordinates::parse).toList();
        managed.add(new Managed(steps.get(steps.size() - 1), managedVersion, steps, Optional.of(managedAt)));
        return this;
    }

    /** A request written as {@code range} in the tree: the path from a direct dependency to it, it last (resolved). */
    public Dependencies range(String range, String... path) {
        List<Coordinates> steps = Arrays.stream(path).map(Coordinates::parse).toList();
        ranges.add(new RangeRequest(steps.get(steps.size() - 1), range, steps));
        return this;
    }

    /** The graph was resolved without conflict information, as Maven hands it to a plugin. */
    public Dependencies notVerbose() {
        verbose = false;
        return this;
    }

    /** A version as written in a POM. */
    public Dependencies declared(Kind kind, String key, String version, Path file, int line) {
        return declared(kind, key, version, version, file, line);
    }

    /** A version written with a property, {@code ${x}}, and its value. */
    public Dependencies declared(Kind kind, String key, String written, String effective, Path file, int line) {
        String[] parts = key.split(":");
        declarations.add(new Declaration(kind, parts[0], parts[1], written, effective, Location.of(file, line), ""));
        return this;
    }

    /** A build plugin whose version is pinned in the module's POM at this line. */
    public Dependencies plugin(String coordinates, int pinnedAtLine) {
        Coordinates c = Coordinates.parse(coordinates);
        plugins.add(new BuildPlugin(c.groupId(), c.artifactId(), c.version(), Optional.of(Location.of(pom, pinnedAtLine))));
        return this;
    }

    /** A build plugin a POM declares at this line without a version, which Maven's defaults supply. */
    public Dependencies declaredPlugin(String coordinates, Path file, int line) {
        Coordinates c = Coordinates.parse(coordinates);
        plugins.add(new BuildPlugin(c.groupId(), c.artifactId(), c.version(), Optional.empty(),
                Optional.of(Location.of(file, line))));
        return this;
    }

    /** Where missing pins belong: the pluginManagement of this POM (a parent's, say), at this line. */
    public Dependencies pinsBelongIn(Path file, int line) {
        pinsBelong = Location.of(file.toAbsolutePath().normalize(), line);
        return this;
    }

    /** A build plugin whose version comes from Maven's defaults. */
    public Dependencies defaultPlugin(String coordinates) {
        Coordinates c = Coordinates.parse(coordinates);
        plugins.add(new BuildPlugin(c.groupId(), c.artifactId(), c.version(), Optional.empty()));
        return this;
    }

    /** The file an artifact resolved to (a jar written by the test), instead of a name that does not exist. */
    public Dependencies file(String coordinates, Path file) {
        Coordinates c = Coordinates.parse(coordinates);
        nodes.replaceAll(n -> n.coordinates().equals(c)
                ? new Node(n.coordinates(), n.scope(), n.optional(), Optional.of(file), n.path(), n.reactorModule()) : n);
        return this;
    }

    /** The checksum an artifact's file has. */
    /** The plugin ({@code groupId:artifactId}) is not run by the build, so its jar is not at hand. */
    public Dependencies notRun(String plugin) {
        notRun.add(plugin);
        return this;
    }

    public Dependencies checksum(String coordinates, String sha256) {
        checksums.put(coordinates.replace(':', '_'), sha256);
        return this;
    }

    public DependencyGraph graph() {
        List<Node> resolved = nodes.stream().map(n -> new Node(n.coordinates(), n.scope(), n.optional(), n.file(), n.path(),
                reactorModules.contains(n.coordinates().key()))).toList();
        DependencyGraph graph = DependencyGraph.resolved(project, resolved);
        return verbose ? graph.verbose(omitted, managed, ranges) : graph;
    }

    public DeclaredVersions declaredVersions() {
        return new DeclaredVersions(declarations);
    }

    public BuildPlugins buildPlugins() {
        return new BuildPlugins(plugins, pinsBelong != null ? pinsBelong : Location.of(pom));
    }

    public ArtifactFiles artifactFiles() {
        return new ArtifactFiles() {
            @Override
            public Evidence<Optional<Path>> plugin(BuildPlugin plugin) {
                return Evidence.of(notRun.contains(plugin.key()) ? Optional.empty()
                        : Optional.of(file(plugin.groupId() + ":" + plugin.artifactId() + ":" + plugin.version())));
            }

            @Override
            public Evidence<String> sha256(Path file) {
                String coordinates = file.getFileName().toString();
                return Evidence.of(checksums.getOrDefault(coordinates, sha256Of(coordinates)));
            }
        };
    }

    /** Gives the facts this graph, these declarations and plugins. */
    public void applyTo(Facts.Builder facts) {
        DependencyGraph graph = graph();
        facts.dependencies(graph)
                .declaredVersions(() -> Evidence.of(declaredVersions()))
                .buildPlugins(() -> Evidence.of(buildPlugins()))
                .artifactFiles(artifactFiles());
    }

    public static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Node node(Coordinates coordinates, String scope, List<Coordinates> path) {
        return new Node(coordinates, scope, false, Optional.of(file(coordinates.groupId() + ":" + coordinates.artifactId()
                + ":" + coordinates.version())), path, false);
    }

    private static Path file(String coordinates) {
        return Path.of("repository", coordinates.replace(':', '_')).toAbsolutePath();
    }
}

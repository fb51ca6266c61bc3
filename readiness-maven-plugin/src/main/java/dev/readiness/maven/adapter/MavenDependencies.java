package dev.readiness.maven.adapter;

import dev.readiness.core.Location;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DeclaredVersions.Declaration;
import dev.readiness.facts.deps.DeclaredVersions.Kind;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.Node;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.BuildBase;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Extension;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputLocationTracker;
import org.apache.maven.model.Model;
import org.apache.maven.model.ModelBase;
import org.apache.maven.model.Parent;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;

/**
 * The dependency facts of a module from what Maven already knows: the artifacts it resolved for the project, the
 * original (as written) models of the project and its parents with their input locations, and the build plugins after
 * the packaging's lifecycle was injected.
 */
public final class MavenDependencies {

    private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

    /** Build plugins in the order of their {@code groupId:artifactId}. */
    private static final Comparator<BuildPlugin> BY_KEY = new Comparator<>() {
        @Override
        public int compare(BuildPlugin a, BuildPlugin b) {
            return a.key().compareTo(b.key());
        }
    };

    private MavenDependencies() {
    }

    /** The module's coordinates, the root of its request paths. */
    public static Coordinates root(MavenProject project) {
        return new Coordinates(project.getGroupId(), project.getArtifactId(), project.getVersion(),
                project.getPackaging(), "");
    }

    /** The artifacts Maven resolved for the project (all scopes, as {@code requiresDependencyResolution = TEST}). */
    public static DependencyGraph resolved(MavenProject project, MavenSession session) {
        Set<String> reactor = new HashSet<>();
        if (session != null && session.getProjects() != null) {
            for (MavenProject module : session.getProjects()) {
                reactor.add(module.getGroupId() + ":" + module.getArtifactId() + ":" + module.getVersion());
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            Coordinates coordinates = coordinates(artifact);
            File file = artifact.getFile();
            nodes.add(new Node(coordinates, artifact.getScope(), artifact.isOptional(),
                    file != null && file.isFile() ? Optional.of(file.toPath()) : Optional.empty(),
                    path(artifact, coordinates), reactor.contains(coordinates.groupId() + ":" + coordinates.artifactId()
                            + ":" + coordinates.version())));
        }
        return DependencyGraph.resolved(root(project), nodes);
    }

    static Coordinates coordinates(Artifact artifact) {
        return new Coordinates(artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion(),
                artifact.getType(), artifact.getClassifier());
    }

    /** The dependency trail without the project: {@code g:a:type[:classifier]:version} ids. */
    private static List<Coordinates> path(Artifact artifact, Coordinates self) {
        List<String> trail = artifact.getDependencyTrail();
        if (trail == null || trail.size() < 2) {
            return List.of(self);
        }
        List<Coordinates> path = new ArrayList<>();
        for (String id : trail.subList(1, trail.size() - 1)) {
            String[] parts = id.split(":");
            if (parts.length == 4) {
                path.add(new Coordinates(parts[0], parts[1], parts[3], parts[2], ""));
            } else if (parts.length == 5) {
                path.add(new Coordinates(parts[0], parts[1], parts[4], parts[2], parts[3]));
            }
        }
        path.add(self);
        return path;
    }

    /** The versions as written in the original models of the project and each of its parents. */
    public static DeclaredVersions declaredVersions(MavenProject project, MavenSession session) {
        Interpolator interpolator = new Interpolator(project, session);
        List<Declaration> declarations = new ArrayList<>();
        for (MavenProject pom = project; pom != null; pom = pom.getParent()) {
            Model model = pom.getOriginalModel();
            Path file = pomFile(pom);
            Parent parent = model.getParent();
            if (parent != null) {
                declarations.add(declaration(Kind.PARENT, parent.getGroupId(), parent.getArtifactId(), parent.getVersion(),
                        parent, file, "", interpolator));
            }
            declare(model, "", file, interpolator, declarations);
            if (model.getBuild() != null) {
                for (Extension extension : model.getBuild().getExtensions()) {
                    declarations.add(declaration(Kind.EXTENSION, extension.getGroupId(), extension.getArtifactId(),
                            extension.getVersion(), extension, file, "", interpolator));
                }
            }
            for (Profile profile : model.getProfiles()) {
                declare(profile, profile.getId(), file, interpolator, declarations);
            }
        }
        return new DeclaredVersions(declarations);
    }

    private static void declare(ModelBase base, String profile, Path file, Interpolator interpolator, List<Declaration> into) {
        for (Dependency dependency : base.getDependencies()) {
            into.add(declaration(Kind.DEPENDENCY, dependency.getGroupId(), dependency.getArtifactId(), dependency.getVersion(),
                    dependency, file, profile, interpolator));
        }
        if (base.getDependencyManagement() != null) {
            for (Dependency dependency : base.getDependencyManagement().getDependencies()) {
                into.add(declaration(Kind.MANAGED_DEPENDENCY, dependency.getGroupId(), dependency.getArtifactId(),
                        dependency.getVersion(), dependency, file, profile, interpolator));
            }
        }
        BuildBase build = base instanceof Model model ? model.getBuild() : ((Profile) base).getBuild();
        if (build == null) {
            return;
        }
        declarePlugins(build.getPlugins(), Kind.PLUGIN, profile, file, interpolator, into);
        if (build.getPluginManagement() != null) {
            declarePlugins(build.getPluginManagement().getPlugins(), Kind.MANAGED_PLUGIN, profile, file, interpolator, into);
        }
    }

    private static void declarePlugins(List<Plugin> plugins, Kind kind, String profile, Path file, Interpolator interpolator,
            List<Declaration> into) {
        for (Plugin plugin : plugins) {
            into.add(declaration(kind, plugin.getGroupId(), plugin.getArtifactId(), plugin.getVersion(), plugin, file,
                    profile, interpolator));
            for (Dependency dependency : plugin.getDependencies()) {
                into.add(declaration(Kind.PLUGIN_DEPENDENCY, dependency.getGroupId(), dependency.getArtifactId(),
                        dependency.getVersion(), dependency, file, profile, interpolator));
            }
        }
    }

    private static Declaration declaration(Kind kind, String groupId, String artifactId, String version,
            InputLocationTracker element, Path file, String profile, Interpolator interpolator) {
        String written = version == null ? "" : version.trim();
        InputLocation at = element.getLocation(written.isEmpty() ? "" : "version");
        if (at == null) {
            at = element.getLocation("");
        }
        return new Declaration(kind, interpolator.apply(nullToEmpty(groupId)), interpolator.apply(nullToEmpty(artifactId)),
                written, interpolator.apply(written), MavenFacts.locate(at, file), profile);
    }

    /**
     * Every plugin of the build with whether a POM of the hierarchy writes its version. {@code getBuildPlugins()}
     * holds the plugins the packaging's lifecycle binds as well as the declared ones, with the versions Maven runs.
     * The original models are as written, so their coordinates are interpolated first: a plugin written
     * {@code <artifactId>${jar.plugin}</artifactId><version>${jar.version}</version>} is pinned.
     */
    public static BuildPlugins buildPlugins(MavenProject project, MavenSession session) {
        Interpolator interpolator = new Interpolator(project, session);
        Map<String, Location> pins = new LinkedHashMap<>();
        Map<String, Location> declarations = new LinkedHashMap<>();
        Location pinsBelong = null;
        Map<String, List<String>> activeProfiles = project.getInjectedProfileIds();
        for (MavenProject pom = project; pom != null; pom = pom.getParent()) {
            Model model = pom.getOriginalModel();
            Path file = pomFile(pom);
            if (model.getBuild() != null) {
                pin(model.getBuild(), file, interpolator, pins, declarations);
            }
            List<String> active = activeProfiles.getOrDefault(modelId(model), List.of());
            for (Profile profile : model.getProfiles()) {
                if (active.contains(profile.getId()) && profile.getBuild() != null) {
                    pin(profile.getBuild(), file, interpolator, pins, declarations);
                }
            }
            if (pinsBelong == null && editable(file) && model.getBuild() != null
                    && model.getBuild().getPluginManagement() != null) {
                PluginManagement management = model.getBuild().getPluginManagement();
                // The element itself: Maven 3 and 4 track its start alike, not so its <plugins>.
                InputLocation at = management.getLocation("");
                pinsBelong = MavenFacts.locate(at != null ? at : management.getLocation("plugins"), file);
            }
        }
        List<BuildPlugin> plugins = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            String key = plugin.getGroupId() + ":" + plugin.getArtifactId();
            plugins.add(new BuildPlugin(plugin.getGroupId(), plugin.getArtifactId(), nullToEmpty(plugin.getVersion()),
                    Optional.ofNullable(pins.get(key)), Optional.ofNullable(declarations.get(key))));
        }
        plugins.sort(BY_KEY);
        return new BuildPlugins(plugins, pinsBelong != null ? pinsBelong : modulePom(project));
    }

    private static void pin(BuildBase build, Path file, Interpolator interpolator, Map<String, Location> pins,
            Map<String, Location> declarations) {
        List<Plugin> plugins = new ArrayList<>(build.getPlugins());
        if (build.getPluginManagement() != null) {
            plugins.addAll(build.getPluginManagement().getPlugins());
        }
        for (Plugin plugin : plugins) {
            String key = interpolator.apply(nullToEmpty(plugin.getGroupId())) + ":"
                    + interpolator.apply(nullToEmpty(plugin.getArtifactId()));
            // The nearest POM wins, as in Maven's inheritance; keep the first one found from the module up.
            if (plugin.getVersion() != null && !plugin.getVersion().isBlank()) {
                pins.putIfAbsent(key, MavenFacts.locate(plugin.getLocation("version"), file));
            } else {
                declarations.putIfAbsent(key, MavenFacts.locate(plugin.getLocation(""), file));
            }
        }
    }

    /**
     * A POM a user can edit: one of the project's sources, not a parent read from a repository ({@code a-1.0.pom}),
     * which belongs to whoever released it.
     */
    private static boolean editable(Path pom) {
        return !pom.getFileName().toString().endsWith(".pom");
    }

    /** The module's POM at its {@code <build>}, or at the top when it has none: where a pin is added. */
    private static Location modulePom(MavenProject project) {
        Model model = project.getOriginalModel();
        Path file = pomFile(project);
        InputLocation at = model.getBuild() != null ? model.getBuild().getLocation("") : null;
        if (at == null) {
            at = model.getLocation("artifactId");
        }
        return MavenFacts.locate(at, file);
    }

    /**
     * Where the module's effective dependency management sets the version of {@code groupId:artifactId}: the POM
     * that writes it (the module's, a parent's, an imported BOM's) and its line, as Maven tracked it.
     */
    public static Optional<Location> managedAt(MavenProject project, String key) {
        if (project.getDependencyManagement() == null) {
            return Optional.empty();
        }
        for (Dependency dependency : project.getDependencyManagement().getDependencies()) {
            if ((dependency.getGroupId() + ":" + dependency.getArtifactId()).equals(key)) {
                InputLocation at = dependency.getLocation("version");
                return Optional.of(MavenFacts.locate(at != null ? at : dependency.getLocation(""), pomFile(project)));
            }
        }
        return Optional.empty();
    }

    /** The id Maven keys a model's active profiles by: groupId:artifactId:version, inherited parts from the parent. */
    private static String modelId(Model model) {
        Parent parent = model.getParent();
        String groupId = model.getGroupId() != null ? model.getGroupId() : parent != null ? parent.getGroupId() : "";
        String version = model.getVersion() != null ? model.getVersion() : parent != null ? parent.getVersion() : "";
        return groupId + ":" + model.getArtifactId() + ":" + version;
    }

    private static Path pomFile(MavenProject project) {
        File file = project.getFile();
        if (file != null) {
            return file.toPath().toAbsolutePath().normalize();
        }
        return project.getBasedir() != null ? project.getBasedir().toPath().resolve("pom.xml") : Path.of("pom.xml");
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    /** Replaces {@code ${name}} with the module's properties, its coordinates, user and system properties. */
    private static final class Interpolator {
        private final Properties properties = new Properties();

        Interpolator(MavenProject project, MavenSession session) {
            // Maven's precedence: user properties over the model's properties over system properties.
            properties.putAll(session != null ? session.getSystemProperties() : System.getProperties());
            properties.putAll(project.getProperties());
            if (session != null) {
                properties.putAll(session.getUserProperties());
            }
            for (String prefix : List.of("project.", "pom.", "")) {
                properties.setProperty(prefix + "groupId", project.getGroupId());
                properties.setProperty(prefix + "artifactId", project.getArtifactId());
                properties.setProperty(prefix + "version", project.getVersion());
            }
            if (project.getParent() != null) {
                properties.setProperty("project.parent.groupId", project.getParent().getGroupId());
                properties.setProperty("project.parent.version", project.getParent().getVersion());
            }
        }

        String apply(String text) {
            String result = text;
            for (int depth = 0; depth < 10 && result.contains("${"); depth++) {
                Matcher matcher = PROPERTY.matcher(result);
                StringBuilder replaced = new StringBuilder();
                boolean changed = false;
                while (matcher.find()) {
                    String value = properties.getProperty(matcher.group(1));
                    if (value != null) {
                        changed = true;
                    }
                    matcher.appendReplacement(replaced, Matcher.quoteReplacement(value != null ? value : matcher.group()));
                }
                matcher.appendTail(replaced);
                result = replaced.toString();
                if (!changed) {
                    break;
                }
            }
            return result;
        }
    }
}

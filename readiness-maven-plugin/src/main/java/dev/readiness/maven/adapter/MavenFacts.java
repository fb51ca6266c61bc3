package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.Facts;
import dev.readiness.facts.PomMetadata;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.readers.FileReaders;
import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** Turns Maven's view of a module into the plain facts model the rules read. */
public final class MavenFacts {

    static final String SUREFIRE = "org.apache.maven.plugins:maven-surefire-plugin";
    static final String FAILSAFE = "org.apache.maven.plugins:maven-failsafe-plugin";
    /** The POM's descriptive elements, in the order a POM lists them. */
    private static final List<String> METADATA = List.of("name", "description", "url", "inceptionYear", "organization",
            "licenses", "developers", "contributors", "mailingLists", "scm", "issueManagement", "ciManagement",
            "distributionManagement");

    private MavenFacts() {
    }

    /** The plugin's configured {@code reportsDirectory}, or Maven's default. */
    static Path reportsDirectory(MavenProject project, String pluginKey, Path fallback) {
        String configured = configuration(project, pluginKey, "reportsDirectory");
        return configured == null ? fallback : project.getBasedir().toPath().resolve(configured).normalize();
    }

    /**
     * Why this build runs no tests ({@code skipTests=true}, {@code maven.test.skip=true}), or empty when it runs them.
     * {@code skipITs} alone is not a reason: unit tests still run.
     */
    static String testsSkipped(MavenProject project, MavenSession session) {
        for (String property : List.of("maven.test.skip", "skipTests")) {
            String value = property(project, session, property);
            if (value != null && (value.isEmpty() || Boolean.parseBoolean(value))) {
                return property + "=true";
            }
        }
        for (String parameter : List.of("skip", "skipTests")) {
            if (Boolean.parseBoolean(configuration(project, SUREFIRE, parameter))) {
                return "maven-surefire-plugin <" + parameter + ">true</" + parameter + ">";
            }
        }
        return "";
    }

    /**
     * A property of the build (its user properties, which {@code -D} sets, else its system properties), else of the
     * project; {@code null} when none sets it.
     */
    public static String property(MavenProject project, MavenSession session, String name) {
        if (session != null) {
            String value = session.getUserProperties() == null ? null : session.getUserProperties().getProperty(name);
            if (value == null && session.getSystemProperties() != null) {
                value = session.getSystemProperties().getProperty(name);
            }
            if (value != null) {
                return value;
            }
        }
        return project.getProperties().getProperty(name);
    }

    private static String configuration(MavenProject project, String pluginKey, String parameter) {
        org.apache.maven.model.Plugin plugin = project.getPlugin(pluginKey);
        if (plugin == null) {
            return null;
        }
        Optional<String> value = parameter(plugin.getConfiguration(), parameter);
        return value.isPresent() && !value.get().contains("${") ? value.get() : null;
    }

    /**
     * A parameter's value in a POM {@code <configuration>} element (a plugin's or an execution's), trimmed; empty when
     * the element sets none.
     */
    public static Optional<String> parameter(Object configuration, String parameter) {
        Xpp3Dom child = configuration instanceof Xpp3Dom config ? config.getChild(parameter) : null;
        String value = child == null ? null : child.getValue();
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public static Facts collect(MavenProject project, MavenSession session) {
        return builder(project, session).build();
    }

    /**
     * The facts with the dependency evidence, which the modules of the build share through {@code dependencies}.
     *
     * @param jars whether the lock may fetch the jars of plugins the build does not run
     */
    public static Facts collect(MavenProject project, MavenSession session, SharedDependencyFacts dependencies, Log log,
            RepositoryFiles.PluginJars jars) {
        return dependencies.addTo(builder(project, session), project, session, log, jars).build();
    }

    private static Facts.Builder builder(MavenProject project, MavenSession session) {
        ProjectInfo info = projectInfo(project, session);
        return FileReaders.facts(info)
                .pomMetadata(metadata(project))
                .pomSettings(new PomSettingsOf(project))
                .mainArtifact(mainArtifact(project))
                .testReportDirectories(List.of(
                        reportsDirectory(project, SUREFIRE, info.buildDirectory().resolve("surefire-reports")),
                        reportsDirectory(project, FAILSAFE, info.buildDirectory().resolve("failsafe-reports"))))
                .testsSkipped(testsSkipped(project, session))
                .buildStarted(buildStarted(session))
                .sourceRoots(paths(project, project.getCompileSourceRoots()), paths(project, project.getTestCompileSourceRoots()))
                .testOutputDirectory(project.getBuild().getTestOutputDirectory() == null ? null
                        : Path.of(project.getBuild().getTestOutputDirectory()));
    }

    /** When Maven started this build: reports older than that are left over from an earlier one. */
    static Instant buildStarted(MavenSession session) {
        Date start = session == null || session.getRequest() == null ? null : session.getRequest().getStartTime();
        return start == null ? null : start.toInstant();
    }

    private static List<Path> paths(MavenProject project, List<String> directories) {
        return directories == null ? List.of() : resolved(project.getBasedir().toPath(), directories);
    }

    private static List<Path> resolved(Path baseDir, List<String> directories) {
        List<Path> paths = new ArrayList<>(directories.size());
        for (String directory : directories) {
            paths.add(baseDir.resolve(directory).normalize());
        }
        return List.copyOf(paths);
    }

    public static ProjectInfo projectInfo(MavenProject project, MavenSession session) {
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        List<String> directories = new ArrayList<>();
        for (Resource resource : project.getResources()) {
            directories.add(resource.getDirectory());
        }
        List<Path> resources = resolved(baseDir, directories);
        return new ProjectInfo(project.getGroupId(), project.getArtifactId(), project.getVersion(), project.getPackaging(),
                baseDir, reactorRoot(project, session), pomFile(project), Path.of(project.getBuild().getDirectory()),
                Path.of(project.getBuild().getOutputDirectory()), resources);
    }

    /**
     * The top of the build: the top-level project's directory, the directory holding {@code .mvn/} or the directory
     * of a parent POM read from the sources, whichever is highest, as long as it contains the module. The parents
     * count so that a module built from its own directory ({@code cd scoring && mvn verify}) finds the same contract
     * and names its parent POM the same way ({@code ../pom.xml}) as a build from the top.
     */
    public static Path reactorRoot(MavenProject project, MavenSession session) {
        Path baseDir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Path root = baseDir;
        for (MavenProject parent = project.getParent(); parent != null; parent = parent.getParent()) {
            File file = parent.getFile();
            if (file != null && !file.getName().endsWith(".pom") && file.getParentFile() != null) {
                root = higher(root, file.getParentFile().toPath());
            }
        }
        if (session != null && session.getTopLevelProject() != null && session.getTopLevelProject().getBasedir() != null) {
            root = higher(root, session.getTopLevelProject().getBasedir().toPath());
        }
        File multiModule = session == null || session.getRequest() == null ? null
                : session.getRequest().getMultiModuleProjectDirectory();
        if (multiModule != null && new File(multiModule, ".mvn").isDirectory()) {
            root = higher(root, multiModule.toPath());
        }
        return root;
    }

    private static Path higher(Path current, Path candidate) {
        Path normalized = candidate.toAbsolutePath().normalize();
        return current.startsWith(normalized) ? normalized : current;
    }

    private static Path pomFile(MavenProject project) {
        File file = project.getFile();
        return file != null ? file.toPath() : project.getBasedir().toPath().resolve("pom.xml");
    }

    private static Path mainArtifact(MavenProject project) {
        File file = project.getArtifact() == null ? null : project.getArtifact().getFile();
        if (file != null && file.isFile()) {
            return file.toPath();
        }
        String extension = switch (project.getPackaging()) {
            case "war" -> "war";
            case "ear" -> "ear";
            default -> "jar";
        };
        return Path.of(project.getBuild().getDirectory(), project.getBuild().getFinalName() + "." + extension);
    }

    /** Which descriptive elements the effective POM declares, located in the POM that declares them. */
    public static PomMetadata metadata(MavenProject project) {
        Model model = project.getModel();
        Path pom = pomFile(project);
        Map<String, Location> declared = new LinkedHashMap<>();
        for (String element : METADATA) {
            if (declares(model, element)) {
                declared.put(element, locate(model.getLocation(element), pom));
            }
        }
        return new PomMetadata(declared, Location.of(pom));
    }

    private static boolean declares(Model m, String element) {
        return switch (element) {
            case "name" -> notBlank(m.getName());
            case "description" -> notBlank(m.getDescription());
            case "url" -> notBlank(m.getUrl());
            case "inceptionYear" -> notBlank(m.getInceptionYear());
            case "organization" -> m.getOrganization() != null;
            case "licenses" -> !m.getLicenses().isEmpty();
            case "developers" -> !m.getDevelopers().isEmpty();
            case "contributors" -> !m.getContributors().isEmpty();
            case "mailingLists" -> !m.getMailingLists().isEmpty();
            case "scm" -> m.getScm() != null && (notBlank(m.getScm().getConnection()) || notBlank(m.getScm().getUrl()));
            case "issueManagement" -> m.getIssueManagement() != null;
            case "ciManagement" -> m.getCiManagement() != null;
            case "distributionManagement" -> m.getDistributionManagement() != null;
            default -> throw new IllegalArgumentException(element);
        };
    }

    /** A Maven input location as our location; the module's POM when Maven did not track it. */
    public static Location locate(InputLocation location, Path fallback) {
        if (location == null) {
            return Location.of(fallback);
        }
        Path file = fallback;
        if (location.getSource() != null && location.getSource().getLocation() != null) {
            file = sourceFile(location.getSource().getLocation(), fallback);
        }
        return new Location(file, Math.max(0, location.getLineNumber()), Math.max(0, location.getColumnNumber()));
    }

    /** Maven 3 names a model's source by its path, Maven 4 by its {@code file:} URI. */
    static Path sourceFile(String source, Path fallback) {
        if (!source.startsWith("file:")) {
            return Path.of(source);
        }
        try {
            return Path.of(URI.create(source));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return fallback;
        }
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    /** The POM's build configuration, read when a rule first asks for it. */
    private record PomSettingsOf(MavenProject project) implements Supplier<Evidence<PomSettings>> {
        @Override
        public Evidence<PomSettings> get() {
            return Evidence.of(BuildSettings.of(project));
        }
    }
}

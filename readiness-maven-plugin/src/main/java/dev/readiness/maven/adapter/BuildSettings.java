package dev.readiness.maven.adapter;

import dev.readiness.core.Location;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.facts.env.PomSettings.Setting;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.Model;
import org.apache.maven.model.ModelBase;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Profile;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The environment settings of a module's effective POM ({@link PomSettings}): values from the effective model, so
 * parents and active profiles count; locations from the POM that writes them.
 */
public final class BuildSettings {

    private BuildSettings() {
    }

    public static PomSettings of(MavenProject project) {
        Path pom = pomFile(project);
        Plugin compiler = project.getPlugin(PomSettings.COMPILER_PLUGIN);
        Optional<Setting> release = pluginValue(compiler, "release", pom);
        if (release.isEmpty()) {
            release = property(project, PomSettings.RELEASE_PROPERTY);
        }
        Optional<Setting> target = pluginValue(compiler, "target", pom);
        if (target.isEmpty()) {
            target = property(project, "maven.compiler.target");
        }
        // Only a value the project's POMs write: Maven 4's super POM sets 1980-02-01 for every build, which a build
        // on Maven 3 does not get, so the same verdict holds on each Maven.
        Optional<Setting> timestamp = declaredProperty(project, PomSettings.OUTPUT_TIMESTAMP);
        return new PomSettings(release, target, timestamp, jib(project, pom), Location.of(pom));
    }

    /** The jib-maven-plugin as the build runs it, or as plugin management configures it for a jib:build run. */
    private static Optional<PomSettings.Jib> jib(MavenProject project, Path pom) {
        Plugin jib = project.getPlugin(PomSettings.JIB_PLUGIN);
        if (jib == null && project.getPluginManagement() != null) {
            jib = project.getPluginManagement().getPluginsAsMap().get(PomSettings.JIB_PLUGIN);
        }
        if (jib == null) {
            return Optional.empty();
        }
        Optional<Setting> from = Optional.empty();
        if (jib.getConfiguration() instanceof Xpp3Dom config && config.getChild("from") != null) {
            Xpp3Dom image = config.getChild("from").getChild("image");
            if (image != null && image.getValue() != null && !image.getValue().isBlank()) {
                from = Optional.of(new Setting("jib-maven-plugin <from><image>", PomSettings.JIB_PLUGIN,
                        image.getValue().trim(), locate(image, List.of("from", "image"), jib, pom)));
            }
        }
        if (from.isEmpty()) {
            from = property(project, "jib.from.image");
        }
        return Optional.of(new PomSettings.Jib(from, MavenFacts.locate(jib.getLocation(""), pom)));
    }

    /** A parameter of the plugin's configuration, or of its default-compile execution's. */
    private static Optional<Setting> pluginValue(Plugin plugin, String parameter, Path pom) {
        if (plugin == null) {
            return Optional.empty();
        }
        for (PluginExecution execution : plugin.getExecutions()) {
            if ("default-compile".equals(execution.getId())) {
                Optional<Setting> value = child(execution.getConfiguration(), parameter, plugin, pom);
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return child(plugin.getConfiguration(), parameter, plugin, pom);
    }

    private static Optional<Setting> child(Object configuration, String parameter, Plugin plugin, Path pom) {
        if (!(configuration instanceof Xpp3Dom config)) {
            return Optional.empty();
        }
        Xpp3Dom child = config.getChild(parameter);
        if (child == null || child.getValue() == null || child.getValue().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Setting("maven-compiler-plugin <" + parameter + ">", PomSettings.COMPILER_PLUGIN,
                child.getValue().trim(), locate(child, List.of(parameter), plugin, pom)));
    }

    /**
     * The element's line: tracked by Maven 3 on the element itself; Maven 4 tracks only the {@code <configuration>}
     * element (or reports its line for the children), so its children are found in the POM from there.
     */
    private static Location locate(Xpp3Dom element, List<String> path, Plugin plugin, Path pom) {
        InputLocation configuration = plugin.getLocation("configuration");
        Location at = MavenFacts.locate(configuration != null ? configuration : plugin.getLocation(""), pom);
        if (element.getInputLocation() instanceof InputLocation location) {
            Location own = MavenFacts.locate(location, pom);
            if (configuration == null || own.line() != at.line() || !own.file().equals(at.file())) {
                return own;
            }
        }
        return configuration == null ? at : ConfigurationLines.refine(at, path);
    }

    /**
     * A property of the effective model, located in the nearest POM of the hierarchy (the module first, its active
     * profiles included) that writes it.
     */
    private static Optional<Setting> property(MavenProject project, String name) {
        String value = project.getProperties().getProperty(name);
        if (value == null || value.isBlank()) {
            // An empty property is how a child POM unsets an inherited one; the plugins read it as not set.
            return Optional.empty();
        }
        Optional<Setting> declared = declaredProperty(project, name);
        if (declared.isPresent()) {
            return declared;
        }
        InputLocation effective = project.getModel().getLocation("properties");
        Location at = MavenFacts.locate(effective == null ? null : effective.getLocation(name), pomFile(project));
        return Optional.of(new Setting(name, name, value.trim(), at));
    }

    /** A property as the nearest POM of the project's hierarchy writes it; empty where none does. */
    private static Optional<Setting> declaredProperty(MavenProject project, String name) {
        String value = project.getProperties().getProperty(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Map<String, List<String>> activeProfiles = project.getInjectedProfileIds();
        for (MavenProject pom = project; pom != null; pom = pom.getParent()) {
            Model model = pom.getOriginalModel();
            Path file = pomFile(pom);
            Optional<Location> found = declared(model, name, file);
            List<String> active = activeProfiles.getOrDefault(modelId(model), List.of());
            for (Profile profile : model.getProfiles()) {
                if (found.isEmpty() && active.contains(profile.getId())) {
                    found = declared(profile, name, file);
                }
            }
            if (found.isPresent()) {
                return Optional.of(new Setting(name, name, value.trim(), found.get()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Location> declared(ModelBase base, String name, Path file) {
        if (!base.getProperties().containsKey(name)) {
            return Optional.empty();
        }
        InputLocation properties = base.getLocation("properties");
        InputLocation at = properties == null ? null : properties.getLocation(name);
        return Optional.of(MavenFacts.locate(at != null ? at : properties, file));
    }

    private static String modelId(Model model) {
        String groupId = model.getGroupId() != null ? model.getGroupId()
                : model.getParent() != null ? model.getParent().getGroupId() : "";
        String version = model.getVersion() != null ? model.getVersion()
                : model.getParent() != null ? model.getParent().getVersion() : "";
        return groupId + ":" + model.getArtifactId() + ":" + version;
    }

    /**
     * The POM's file: the project's own, or for a parent resolved from a repository (which has no directory) the file
     * the repository holds, or its name when the resolver did not say.
     */
    private static Path pomFile(MavenProject project) {
        File file = project.getFile();
        if (file != null) {
            return file.toPath().toAbsolutePath().normalize();
        }
        if (project.getBasedir() != null) {
            return project.getBasedir().toPath().resolve("pom.xml");
        }
        if (project.getArtifact() != null && project.getArtifact().getFile() != null) {
            return project.getArtifact().getFile().toPath().toAbsolutePath().normalize();
        }
        return Path.of(project.getArtifactId() + "-" + project.getVersion() + ".pom");
    }
}

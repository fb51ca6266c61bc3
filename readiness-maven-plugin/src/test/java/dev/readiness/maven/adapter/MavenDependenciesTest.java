package dev.readiness.maven.adapter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Location;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DeclaredVersions.Declaration;
import dev.readiness.facts.deps.DeclaredVersions.Kind;
import dev.readiness.facts.deps.DependencyGraph;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.model.Build;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.DependencyManagement;
import org.apache.maven.model.InputLocation;
import org.apache.maven.model.InputSource;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenDependenciesTest {

    @TempDir
    Path dir;

    private MavenProject project(Model original, Model effective) {
        MavenProject project = new MavenProject(effective);
        project.setOriginalModel(original);
        project.setFile(dir.resolve("pom.xml").toFile());
        return project;
    }

    private static Model model() {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("app");
        model.setVersion("1.0.0");
        model.setPackaging("jar");
        return model;
    }

    private InputLocation at(int line) {
        InputSource source = new InputSource();
        source.setLocation(dir.resolve("pom.xml").toString());
        return new InputLocation(line, 7, source);
    }

    private static Artifact artifact(String groupId, String artifactId, String version, String scope, String... trail) {
        DefaultArtifact artifact = new DefaultArtifact(groupId, artifactId, version, scope, "jar", "", new DefaultArtifactHandler("jar"));
        artifact.setDependencyTrail(List.of(trail));
        return artifact;
    }

    @Test
    void resolved_artifacts_keep_their_scope_and_request_path_from_the_trail() {
        MavenProject project = project(model(), model());
        Set<Artifact> artifacts = new LinkedHashSet<>();
        artifacts.add(artifact("org.apache.commons", "commons-text", "1.13.0", "compile",
                "com.acme:app:jar:1.0.0", "org.apache.commons:commons-text:jar:1.13.0"));
        artifacts.add(artifact("org.apache.commons", "commons-lang3", "3.17.0", "compile",
                "com.acme:app:jar:1.0.0", "org.apache.commons:commons-text:jar:1.13.0", "org.apache.commons:commons-lang3:jar:3.17.0"));
        project.setArtifacts(artifacts);

        DependencyGraph graph = MavenDependencies.resolved(project, null);

        assertThat(graph.project()).isEqualTo(Coordinates.of("com.acme", "app", "1.0.0"));
        assertThat(graph.nodes()).hasSize(2);
        DependencyGraph.Node lang3 = graph.nodes().get(1);
        assertThat(lang3.scope()).isEqualTo("compile");
        assertThat(lang3.isDirect()).isFalse();
        assertThat(graph.describe(lang3.path())).isEqualTo("app -> commons-text 1.13.0 -> commons-lang3 3.17.0");
        assertThat(lang3.file()).isEmpty();
        assertThat(graph.verbose()).isFalse();
    }

    @Test
    void declared_versions_are_as_written_with_properties_replaced_and_located() {
        Model original = model();
        original.addProperty("lang3.version", "[3.12.0,3.14.0]");
        Dependency managed = new Dependency();
        managed.setGroupId("org.apache.commons");
        managed.setArtifactId("commons-lang3");
        managed.setVersion("${lang3.version}");
        managed.setLocation("version", at(21));
        original.setDependencyManagement(new DependencyManagement());
        original.getDependencyManagement().addDependency(managed);
        Dependency direct = new Dependency();
        direct.setGroupId("org.apache.commons");
        direct.setArtifactId("commons-lang3");
        direct.setLocation("", at(30));
        original.addDependency(direct);
        Model effective = model();
        effective.addProperty("lang3.version", "[3.12.0,3.14.0]");

        DeclaredVersions declared = MavenDependencies.declaredVersions(project(original, effective), null);

        assertThat(declared.declarations()).containsExactly(
                new Declaration(Kind.DEPENDENCY, "org.apache.commons", "commons-lang3", "", "",
                        new Location(dir.resolve("pom.xml"), 30, 7), ""),
                new Declaration(Kind.MANAGED_DEPENDENCY, "org.apache.commons", "commons-lang3", "${lang3.version}",
                        "[3.12.0,3.14.0]", new Location(dir.resolve("pom.xml"), 21, 7), ""));
    }

    @Test
    void a_lifecycle_plugin_missing_from_every_original_model_is_not_pinned() {
        Model original = model();
        Plugin compiler = plugin("maven-compiler-plugin", "3.14.0");
        compiler.setLocation("version", at(40));
        original.setBuild(new Build());
        original.getBuild().setPluginManagement(new PluginManagement());
        original.getBuild().getPluginManagement().addPlugin(compiler);
        Model effective = model();
        effective.setBuild(new Build());
        effective.getBuild().addPlugin(plugin("maven-jar-plugin", "3.4.1"));
        effective.getBuild().addPlugin(plugin("maven-compiler-plugin", "3.14.0"));

        BuildPlugins plugins = MavenDependencies.buildPlugins(project(original, effective), null);

        assertThat(plugins.plugins()).containsExactly(
                new BuildPlugins.BuildPlugin("org.apache.maven.plugins", "maven-compiler-plugin", "3.14.0",
                        Optional.of(new Location(dir.resolve("pom.xml"), 40, 7))),
                new BuildPlugins.BuildPlugin("org.apache.maven.plugins", "maven-jar-plugin", "3.4.1", Optional.empty()));
        assertThat(plugins.pom()).as("no build element tracked: the module's POM").isEqualTo(Location.of(dir.resolve("pom.xml")));
    }

    @Test
    void a_plugin_whose_coordinates_and_version_are_properties_is_pinned() {
        Model original = model();
        Plugin jar = new Plugin();
        jar.setGroupId("${plugins.group}");
        jar.setArtifactId("${jar.plugin}");
        jar.setVersion("${jar.plugin.version}");
        jar.setLocation("version", at(44));
        original.setBuild(new Build());
        original.getBuild().setPluginManagement(new PluginManagement());
        original.getBuild().getPluginManagement().addPlugin(jar);
        Model effective = model();
        effective.addProperty("plugins.group", "org.apache.maven.plugins");
        effective.addProperty("jar.plugin", "maven-jar-plugin");
        effective.addProperty("jar.plugin.version", "3.4.2");
        effective.setBuild(new Build());
        effective.getBuild().addPlugin(plugin("maven-jar-plugin", "3.4.2"));

        BuildPlugins plugins = MavenDependencies.buildPlugins(project(original, effective), null);

        assertThat(plugins.plugins()).containsExactly(new BuildPlugins.BuildPlugin("org.apache.maven.plugins",
                "maven-jar-plugin", "3.4.2", Optional.of(new Location(dir.resolve("pom.xml"), 44, 7))));
    }

    @Test
    void a_missing_pin_belongs_in_the_plugin_management_of_the_parent_pom_at_its_line() {
        Model parentModel = model();
        parentModel.setArtifactId("parent");
        parentModel.setPackaging("pom");
        parentModel.setBuild(new Build());
        PluginManagement management = new PluginManagement();
        management.setLocation("", at(32));
        parentModel.getBuild().setPluginManagement(management);
        MavenProject parent = project(parentModel, parentModel);
        Model effective = model();
        effective.setBuild(new Build());
        effective.getBuild().addPlugin(plugin("maven-jar-plugin", "3.4.1"));
        MavenProject module = new MavenProject(effective);
        module.setOriginalModel(model());
        module.setFile(dir.resolve("app/pom.xml").toFile());
        module.setParent(parent);

        BuildPlugins plugins = MavenDependencies.buildPlugins(module, null);

        assertThat(plugins.plugins()).extracting(BuildPlugins.BuildPlugin::pinned).containsExactly(false);
        assertThat(plugins.location(plugins.plugins().get(0))).isEqualTo(new Location(dir.resolve("pom.xml"), 32, 7));
        assertThat(MavenFacts.reactorRoot(module, null)).as("the parent's directory is the top, from any directory")
                .isEqualTo(dir.toAbsolutePath().normalize());
    }

    @Test
    void a_managed_version_is_located_where_the_effective_management_writes_it() {
        Model effective = model();
        Dependency managed = new Dependency();
        managed.setGroupId("org.apache.commons");
        managed.setArtifactId("commons-lang3");
        managed.setVersion("3.12.0");
        managed.setLocation("version", at(18));
        effective.setDependencyManagement(new DependencyManagement());
        effective.getDependencyManagement().addDependency(managed);
        MavenProject project = project(model(), effective);

        assertThat(MavenDependencies.managedAt(project, "org.apache.commons:commons-lang3"))
                .contains(new Location(dir.resolve("pom.xml"), 18, 7));
        assertThat(MavenDependencies.managedAt(project, "org.apache.commons:commons-text")).isEmpty();
    }

    @Test
    void a_source_is_a_path_on_maven_3_and_a_file_uri_on_maven_4() {
        Path pom = dir.resolve("parent/pom.xml").toAbsolutePath();

        assertThat(MavenFacts.sourceFile(pom.toString(), Path.of("fallback"))).isEqualTo(pom);
        assertThat(MavenFacts.sourceFile(pom.toUri().toString(), Path.of("fallback"))).isEqualTo(pom);
        assertThat(MavenFacts.sourceFile("file:not a uri", Path.of("fallback"))).isEqualTo(Path.of("fallback"));
    }

    @Test
    void the_graph_cache_key_changes_with_what_determines_the_graph_only() {
        Model a = model();
        Dependency lang3 = new Dependency();
        lang3.setGroupId("org.apache.commons");
        lang3.setArtifactId("commons-lang3");
        lang3.setVersion("3.17.0");
        a.addDependency(lang3);
        Model b = a.clone();
        b.setArtifactId("other-module");
        Model c = a.clone();
        c.getDependencies().get(0).setVersion("3.18.0");

        Model d = a.clone();
        d.setDependencyManagement(new DependencyManagement());
        d.getDependencyManagement().addDependency(lang3.clone());

        assertThat(DependencyGraphs.key(project(a, a))).isEqualTo(DependencyGraphs.key(project(b, b)))
                .hasSameHashCodeAs(DependencyGraphs.key(project(b, b)));
        assertThat(DependencyGraphs.key(project(a, a))).isNotEqualTo(DependencyGraphs.key(project(c, c)))
                .isNotEqualTo(DependencyGraphs.key(project(d, d)));
    }

    private static Plugin plugin(String artifactId, String version) {
        Plugin plugin = new Plugin();
        plugin.setArtifactId(artifactId);
        plugin.setVersion(version);
        return plugin;
    }
}

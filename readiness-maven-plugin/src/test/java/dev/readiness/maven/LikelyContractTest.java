package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LikelyContractTest {

    @TempDir
    Path dir;

    @Test
    void the_nearest_readiness_json_of_the_current_module() throws IOException {
        Path module = Files.createDirectories(dir.resolve("scorer"));
        Files.createDirectories(dir.resolve(".mvn"));
        Path contract = Files.writeString(dir.resolve("readiness.json"), "{}");
        assertThat(likely(session(module, new Properties()))).contains(contract);
        Path own = Files.writeString(module.resolve("readiness.json"), "{}");
        assertThat(likely(session(module, new Properties()))).contains(own);
    }

    @Test
    void the_file_the_contract_property_names() throws IOException {
        Path contract = Files.writeString(Files.createDirectories(dir.resolve("contracts")).resolve("c.json"), "{}");
        Files.writeString(dir.resolve("readiness.json"), "{}");
        assertThat(likely(session(dir, properties("readiness.contract", "contracts/c.json"))))
                .contains(contract);
    }

    @Test
    void the_file_the_check_is_configured_with_in_the_pom_before_the_property() throws IOException {
        Path contract = Files.writeString(Files.createDirectories(dir.resolve("contracts")).resolve("c.json"), "{}");
        Files.writeString(dir.resolve("readiness.json"), "{}");
        MavenSession session = session(dir, properties("readiness.contract", "readiness.json"));
        configure(session.getCurrentProject(), "contract", "contracts/c.json", false);
        assertThat(likely(session)).contains(contract);
    }

    @Test
    void not_known_for_executions_with_different_contracts_or_a_policy_in_the_pom() throws IOException {
        Files.writeString(dir.resolve("readiness.json"), "{}");
        MavenSession two = session(dir, new Properties());
        configure(two.getCurrentProject(), "contract", "a.json", false);
        configure(two.getCurrentProject(), "contract", "b.json", true);
        assertThat(likely(two)).isEmpty();
        MavenSession policy = session(dir, new Properties());
        configure(policy.getCurrentProject(), "policy", "classpath:org/policy.json", true);
        assertThat(likely(policy)).isEmpty();
    }

    @Test
    void a_check_skipped_by_its_pom_or_the_property_warms_nothing_up() {
        assertThat(skipped(session(dir, new Properties()))).isFalse();
        assertThat(skipped(session(dir, properties("readiness.skip", "true")))).isTrue();
        MavenSession inPom = session(dir, new Properties());
        inPom.getCurrentProject().getProperties().setProperty("readiness.skip", "true");
        assertThat(skipped(inPom)).as("the project's properties").isTrue();
        MavenSession configured = session(dir, new Properties());
        configure(configured.getCurrentProject(), "skip", "true", false);
        assertThat(skipped(configured)).isTrue();
        MavenSession overridden = session(dir, properties("readiness.skip", "true"));
        configure(overridden.getCurrentProject(), "skip", "false", false);
        assertThat(skipped(overridden)).as("the POM's value wins over the property").isFalse();
        configure(configured.getCurrentProject(), "skip", "false", true);
        assertThat(skipped(configured)).as("an execution that runs").isFalse();
        assertThat(skipped(null)).isFalse();
    }

    @Test
    void an_execution_without_skip_of_its_own_runs_unless_the_plugin_or_the_property_skips() {
        MavenSession one = session(dir, new Properties());
        configure(one.getCurrentProject(), "skip", "true", true);
        configure(one.getCurrentProject(), "contract", "readiness.json", true);
        assertThat(skipped(one)).as("the second execution runs, and so does a run from the command line").isFalse();
        MavenSession both = session(dir, properties("readiness.skip", "true"));
        configure(both.getCurrentProject(), "skip", "true", true);
        configure(both.getCurrentProject(), "contract", "readiness.json", true);
        assertThat(skipped(both)).isTrue();
    }

    @Test
    void not_known_under_a_policy_set_in_the_project_properties_unless_it_is_blank() throws IOException {
        Path contract = Files.writeString(dir.resolve("readiness.json"), "{}");
        MavenSession session = session(dir, new Properties());
        session.getCurrentProject().getProperties().setProperty("readiness.policy", "");
        assertThat(likely(session)).contains(contract);
        session.getCurrentProject().getProperties().setProperty("readiness.policy", "classpath:org/policy.json");
        assertThat(likely(session)).isEmpty();
    }

    @Test
    void not_known_for_a_contract_that_is_no_file_of_the_module_under_a_policy_or_without_a_project()
            throws IOException {
        Files.writeString(dir.resolve("readiness.json"), "{}");
        assertThat(likely(session(dir, properties("readiness.contract", "classpath:c.json"))))
                .isEmpty();
        assertThat(likely(session(dir, properties("readiness.policy", "classpath:p.json"))))
                .isEmpty();
        assertThat(likely(session(null, new Properties()))).isEmpty();
        assertThat(likely(null)).isEmpty();
        assertThat(likely(session(Files.createDirectories(dir.resolve("empty/a")),
                new Properties()))).as("none up to the reactor root").isEmpty();
    }

    @SuppressWarnings("deprecation")
    private MavenSession session(Path module, Properties userProperties) {
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setMultiModuleProjectDirectory(dir.toFile());
        request.setUserProperties(userProperties);
        request.setSystemProperties(new Properties());
        MavenSession session = new MavenSession(null, null, request, new DefaultMavenExecutionResult());
        if (module != null) {
            MavenProject project = new MavenProject();
            project.setFile(module.resolve("pom.xml").toFile());
            session.setProjects(List.of(project));
            session.setCurrentProject(project);
        }
        return session;
    }

    private static void configure(MavenProject project, String parameter, String value, boolean inExecution) {
        Plugin plugin = project.getBuildPlugins().stream()
                .filter(p -> p.getKey().equals("dev.readiness:readiness-maven-plugin")).findFirst().orElse(null);
        if (plugin == null) {
            plugin = new Plugin();
            plugin.setGroupId("dev.readiness");
            plugin.setArtifactId("readiness-maven-plugin");
            project.getBuild().addPlugin(plugin);
        }
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom child = new Xpp3Dom(parameter);
        child.setValue(value);
        configuration.addChild(child);
        if (inExecution) {
            PluginExecution execution = new PluginExecution();
            execution.setId("e" + plugin.getExecutions().size());
            execution.setConfiguration(configuration);
            plugin.addExecution(execution);
        } else {
            plugin.setConfiguration(configuration);
        }
    }

    private static Optional<Path> likely(MavenSession session) {
        return ReadinessBuild.likelyContract(session, session == null ? null : session.getCurrentProject());
    }

    private static boolean skipped(MavenSession session) {
        return ReadinessBuild.skipped(session, session == null ? null : session.getCurrentProject());
    }

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}

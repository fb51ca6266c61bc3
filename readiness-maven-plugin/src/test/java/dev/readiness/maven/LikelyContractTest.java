package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
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
        assertThat(ReadinessBuild.likelyContract(session(module, new Properties()))).contains(contract);
        Path own = Files.writeString(module.resolve("readiness.json"), "{}");
        assertThat(ReadinessBuild.likelyContract(session(module, new Properties()))).contains(own);
    }

    @Test
    void the_file_the_contract_property_names() throws IOException {
        Path contract = Files.writeString(Files.createDirectories(dir.resolve("contracts")).resolve("c.json"), "{}");
        Files.writeString(dir.resolve("readiness.json"), "{}");
        assertThat(ReadinessBuild.likelyContract(session(dir, properties("readiness.contract", "contracts/c.json"))))
                .contains(contract);
    }

    @Test
    void not_known_for_a_contract_that_is_no_file_of_the_module_under_a_policy_or_without_a_project()
            throws IOException {
        Files.writeString(dir.resolve("readiness.json"), "{}");
        assertThat(ReadinessBuild.likelyContract(session(dir, properties("readiness.contract", "classpath:c.json"))))
                .isEmpty();
        assertThat(ReadinessBuild.likelyContract(session(dir, properties("readiness.policy", "classpath:p.json"))))
                .isEmpty();
        assertThat(ReadinessBuild.likelyContract(session(null, new Properties()))).isEmpty();
        assertThat(ReadinessBuild.likelyContract(null)).isEmpty();
        assertThat(ReadinessBuild.likelyContract(session(Files.createDirectories(dir.resolve("empty/a")),
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

    private static Properties properties(String key, String value) {
        Properties properties = new Properties();
        properties.setProperty(key, value);
        return properties;
    }
}

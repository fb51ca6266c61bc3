package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Resource;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitMojoTest {

    @TempDir
    Path dir;

    private final ReadinessBuild build = new ReadinessBuild(null, null);
    private final RecordingLog log = new RecordingLog();
    private Path contract;

    @BeforeEach
    void setUp() {
        contract = dir.resolve("readiness.json");
    }

    @Test
    void writes_a_starter_contract_with_placeholders_and_says_what_to_fill_in() throws Exception {
        init(false);

        assertThat(Files.readString(contract)).contains("\"science\": \"TODO\"", "\"contract\": 2");
        assertThat(log.text()).contains("wrote " + contract, "decisions left; for each, fill it in, or turn its rule off "
                + "with a reason", "placeholders (19): owners.science,", "rules.schemas.declared.reason",
                "fails as written: environment.maven (", "then run mvn verify");
        assertThat(log.text()).as("a failure that only repeats placeholders").doesNotContain("fails as written: ownership.owners");
    }

    @Test
    void never_overwrites_an_existing_contract() throws Exception {
        Files.writeString(contract, "{\"contract\": 1} // mine\n");

        init(false);

        assertThat(Files.readString(contract)).isEqualTo("{\"contract\": 1} // mine\n");
        assertThat(dir.resolve("readiness.json.bak")).doesNotExist();
        assertThat(log.text()).contains("already exists and was left unchanged", "-Dreadiness.force=true");
    }

    @Test
    void force_overwrites_and_keeps_the_previous_contract_as_bak() throws Exception {
        Files.writeString(contract, "{\"contract\": 1} // mine\n");

        init(true);

        assertThat(Files.readString(dir.resolve("readiness.json.bak"))).isEqualTo("{\"contract\": 1} // mine\n");
        assertThat(Files.readString(contract)).contains("\"science\": \"TODO\"");
        assertThat(log.text()).contains("kept the previous contract as " + dir.resolve("readiness.json.bak"));
    }

    @Test
    void leaves_no_temporary_file_behind() throws Exception {
        init(false);

        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("readiness.json");
        }
    }

    @Test
    void a_pom_module_gets_no_contract() throws Exception {
        InitMojo mojo = mojo(false);
        mojo.project.setPackaging("pom");

        mojo.execute();

        assertThat(contract).doesNotExist();
        assertThat(log.text()).contains("has pom packaging");
    }

    private void init(boolean force) throws Exception {
        mojo(force).execute();
    }

    private InitMojo mojo(boolean force) {
        Model model = new Model();
        model.setModelVersion("4.0.0");
        model.setGroupId("com.acme");
        model.setArtifactId("churn");
        model.setVersion("1.0.0-SNAPSHOT");
        model.setPackaging("jar");
        Build mavenBuild = new Build();
        mavenBuild.setDirectory(dir.resolve("target").toString());
        mavenBuild.setOutputDirectory(dir.resolve("target/classes").toString());
        mavenBuild.setFinalName("churn-1.0.0-SNAPSHOT");
        Resource resources = new Resource();
        resources.setDirectory(dir.resolve("src/main/resources").toString());
        mavenBuild.addResource(resources);
        model.setBuild(mavenBuild);
        MavenProject project = new MavenProject(model);
        project.setFile(dir.resolve("pom.xml").toFile());
        InitMojo mojo = new InitMojo(build);
        mojo.project = project;
        mojo.force = force;
        mojo.setLog(log);
        return mojo;
    }
}

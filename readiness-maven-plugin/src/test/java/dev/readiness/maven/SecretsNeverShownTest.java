package dev.readiness.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.readiness.api.RuleResult;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Gate;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import dev.readiness.report.ReportFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code configuration.no-secrets} names the file, line and kind of a credential, never its value: not in the log, not
 * in the failure message Maven prints, not in any report format, not in the GitHub step summary.
 */
class SecretsNeverShownTest {

    /** Each value a credential in the resources holds; none may appear in anything the check writes. */
    private static final List<String> SECRETS = List.of(
            "Hunter2-Sup3r-S3cret",
            "AKIAQWERTYUIOPASDFGH",
            "ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789",
            "Pa55w0rd-In-Url",
            "sk_live_51HabcdefghijklmnopqrstuVW",
            "MIIEowIBAAKCAQEAsecretkeymaterial",
            "xml-secret-value",
            "glpat-abcdefghij0123456789",
            "yaml-token-value-42");

    @TempDir
    Path dir;

    @Test
    void no_output_of_the_check_holds_a_secret_value() throws Exception {
        Path module = dir.resolve("scorer");
        write(module.resolve("readiness.json"), "{\"contract\": 1}");
        write(module.resolve("src/main/resources/application.properties"), String.join("\n",
                "db.password=" + SECRETS.get(0),
                "aws.key.id=" + SECRETS.get(1),
                "github=" + SECRETS.get(2),
                "db.url=postgres://admin:" + SECRETS.get(3) + "@localhost:5432/scores",
                "payments=" + SECRETS.get(4),
                "gitlab=" + SECRETS.get(7), ""));
        write(module.resolve("src/main/resources/keys/service.pem"), "-----BEGIN RSA PRIVATE KEY-----\n"
                + SECRETS.get(5) + "\n-----END RSA PRIVATE KEY-----\n");
        write(module.resolve("src/main/resources/config.xml"), "<config>\n  <password>" + SECRETS.get(6)
                + "</password>\n</config>\n");
        write(module.resolve("src/main/resources/application.yaml"), "auth:\n  token: \"" + SECRETS.get(8) + "\"\n");
        Path stepSummary = write(dir.resolve("step-summary.md"), "");
        Path reports = module.resolve("target/readiness");

        ReadinessBuild build = new ReadinessBuild(null, null);
        Facts facts = FileReaders.facts(ProjectInfo.standard("com.acme", "scorer", "1.0.0-SNAPSHOT", module)).build();
        LoadedContract contract = build.contracts().load(ContractSource.file(module.resolve("readiness.json")), Optional.empty());
        Report report = build.engine().evaluate(contract, facts, Gate.DEFAULT, "the version is a SNAPSHOT",
                LocalDate.of(2026, 6, 1));
        RuleResult noSecrets = report.results().stream().filter(r -> r.rule().equals("configuration.no-secrets"))
                .findFirst().orElseThrow();
        assertThat(noSecrets.status()).isEqualTo(Status.FAIL);
        assertThat(noSecrets.findings()).hasSize(SECRETS.size());

        CheckMojo mojo = new CheckMojo(build, Map.of("GITHUB_STEP_SUMMARY", stepSummary.toString())::get);
        RecordingLog log = new RecordingLog();
        mojo.setLog(log);
        mojo.project = project(module);
        mojo.reportDirectory = reports.toFile();
        mojo.failOnViolation = true;
        Throwable failure = catchThrowable(() -> mojo.conclude(report, facts, EnumSet.allOf(ReportFormat.class)));

        assertThat(failure).isInstanceOf(MojoFailureException.class);
        List<Path> written = new ArrayList<>();
        try (Stream<Path> files = Files.list(reports)) {
            files.forEach(written::add);
        }
        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("report.json", "TEST-readiness.xml", "readiness.sarif", "summary.md",
                        "readiness-sonar.json", "gl-code-quality-report.json");
        Map<String, String> outputs = new java.util.LinkedHashMap<>();
        outputs.put("the log", log.text());
        outputs.put("the failure message", failure.getMessage());
        outputs.put("the step summary", Files.readString(stepSummary));
        for (Path file : written) {
            outputs.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
        outputs.forEach((what, text) -> {
            assertThat(text).as(what).contains("configuration.no-secrets");
            for (String secret : SECRETS) {
                assertThat(text).as(what).doesNotContain(secret);
            }
        });
        assertThat(outputs.get("report.json")).contains("application.properties", "(value not shown)");
    }

    private static MavenProject project(Path module) {
        Model model = new Model();
        model.setGroupId("com.acme");
        model.setArtifactId("scorer");
        model.setVersion("1.0.0-SNAPSHOT");
        MavenProject project = new MavenProject(model);
        project.setFile(module.resolve("pom.xml").toFile());
        return project;
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

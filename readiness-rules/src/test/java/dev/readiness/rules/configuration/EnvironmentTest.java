package dev.readiness.rules.configuration;

import static dev.readiness.testing.RuleHarness.messages;
import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentTest {

    private static final String CONFIG = "src/main/resources/application.properties";

    @TempDir
    Path dir;

    private final Environment rule = new Environment();

    @Test
    void passes_for_environment_neutral_configuration() {
        Outcome outcome = RuleHarness.in(dir).file(CONFIG, """
                db.url=jdbc:postgresql://${DB_HOST}:5432/churn
                api.url=https://api.acme.example/home/v1
                model.path=${MODEL_DIR}/churn.bin
                server.address=localhost
                """).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("no developer-machine values in 1 configuration files");
    }

    @Test
    void fails_for_a_localhost_url_with_its_line() {
        RuleHarness project = RuleHarness.in(dir).file(CONFIG, "app.name=churn\ndb.url=jdbc:postgresql://localhost:5432/churn\n");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("a localhost address in packaged configuration: postgresql://localhost");
            assertThat(finding.location()).contains(Location.of(project.path(CONFIG), 2));
            assertThat(finding.hint()).contains("${ENV_VAR}");
        });
    }

    @Test
    void never_shows_the_password_of_a_localhost_url() {
        RuleHarness project = RuleHarness.in(dir).file(CONFIG, "db.url=postgres://admin:hunter2-S3cret@localhost:5432/churn\n");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("a localhost address in packaged configuration: postgres://***@localhost");
            assertThat(finding.message() + finding.hint()).doesNotContain("hunter2", "admin:");
        });
    }

    @Test
    void fails_for_a_home_directory() {
        Outcome outcome = RuleHarness.in(dir).file(CONFIG, "model.path=/home/alice/models/churn.bin\n").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("a home directory in packaged configuration: /home/alice");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "url=http://127.0.0.1:8080/score",
        "url=http://user:pw@localhost/score",
        "broker=tcp://0.0.0.0:1883",
        "data=/Users/alice/data",
        "data=C:\\\\Users\\\\alice\\\\data",
        "data: C:\\Users\\alice\\data",
    })
    void fails_for_developer_machine_values(String line) {
        Outcome outcome = RuleHarness.in(dir).file(CONFIG, line + "\n").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
    }

    @Test
    void reports_one_finding_per_line_and_kind() {
        Outcome outcome = RuleHarness.in(dir)
                .file(CONFIG, "urls=http://localhost:1,http://localhost:2 cache=/home/alice/cache\n")
                .evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "a localhost address in packaged configuration: http://localhost",
                "a home directory in packaged configuration: /home/alice");
    }

    @Test
    void warns_by_default() {
        Status status = result(RuleHarness.in(dir).file(CONFIG, "model.path=/home/alice/churn.bin\n").check(),
                "configuration.environment").status();

        assertThat(status).isEqualTo(Status.WARN);
    }
}

package dev.readiness.rules.configuration;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NoSecretsTest {

    private static final String RESOURCES = "src/main/resources/";
    private static final String PRIVATE_KEY_BODY = "MIIEowIBAAKCAQEAsecretkeymaterial0123456789abcdef";
    private static final String AWS_KEY = "AKIAIOSFODNN7EXAMPLE";
    private static final String PASSWORD = "hunter2-S3cret!";
    private static final String GITHUB_TOKEN = "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8";

    @TempDir
    Path dir;

    private final NoSecrets rule = new NoSecrets();

    @Test
    void passes_when_credentials_are_placeholders() {
        Outcome outcome = RuleHarness.in(dir)
                .file(RESOURCES + "application.properties", """
                        db.url=jdbc:postgresql://db.acme.example/churn
                        db.password=${DB_PASSWORD}
                        api.token = ${API_TOKEN:-}
                        feature.secret=
                        max_tokens=256
                        password.min-length=12
                        """)
                .file(RESOURCES + "application.yml", """
                        store:
                          password: "${STORE_PASSWORD}"
                          apiKey: '{{ vault.store_key }}'
                          secret: null
                        """)
                .file(RESOURCES + "settings.json", "{ \"password\": \"\", \"token\": \"${TOKEN}\" }")
                .file(RESOURCES + "context.xml", "<password>${db.password}</password>")
                .evaluate(rule);

        assertThat(messages(outcome)).isEmpty();
        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("no credentials in 4 configuration files");
    }

    @Test
    void passes_when_there_is_no_configuration() {
        assertThat(RuleHarness.in(dir).evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_for_a_private_key() {
        RuleHarness project = RuleHarness.in(dir).file(RESOURCES + "keys/service.pem", """
                -----BEGIN RSA PRIVATE KEY-----
                %s
                -----END RSA PRIVATE KEY-----
                """.formatted(PRIVATE_KEY_BODY));

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("a private key (value not shown)");
            assertThat(finding.location()).contains(Location.of(project.path(RESOURCES + "keys/service.pem"), 1));
            assertThat(finding.hint()).startsWith("remove it, rotate it");
        });
    }

    @Test
    void fails_for_an_aws_access_key() {
        RuleHarness project = RuleHarness.in(dir).file(RESOURCES + "cloud.properties", "region=eu-west-1\ncloud.id=" + AWS_KEY + "\n");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).contains("AWS access key id").endsWith("(value not shown)");
            assertThat(finding.location()).contains(Location.of(project.path(RESOURCES + "cloud.properties"), 2));
        });
    }

    @Test
    void fails_for_a_password_with_a_literal_value() {
        RuleHarness project = RuleHarness.in(dir).file(RESOURCES + "application.properties",
                "db.url=jdbc:postgresql://db.acme.example/churn\n\ndb.password=" + PASSWORD + "\n");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("a literal value for \"db.password\" (value not shown)");
            assertThat(finding.location()).contains(Location.of(project.path(RESOURCES + "application.properties"), 3));
            assertThat(finding.hint()).endsWith("read it at run time from the environment: ${DB_PASSWORD}");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "password: hunter2",
        "  clientSecret: \"s3cr3t-value\"",
        "{ \"apiKey\": \"abc123xyz\" }",
        "<password>s3cr3t</password>",
        "export GITLAB_TOKEN='glpat-abcdefghijklmnopqrstu'",
        "access_key = 12345",
    })
    void fails_for_a_credential_in_any_configuration_syntax(String line) {
        Outcome outcome = RuleHarness.in(dir).file(RESOURCES + "config.txt", line + "\n").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
    }

    @Test
    void fails_for_a_secret_in_a_packaged_file_that_is_not_a_resource() {
        RuleHarness project = RuleHarness.in(dir).jar("target/churn-1.0.jar", Map.of(
                "com/acme/Score.class", new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 0},
                "generated/app.properties", ("password=" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> assertThat(finding.location())
                .contains(Location.of(Path.of(project.path("target/churn-1.0.jar") + "!/generated/app.properties"), 1)));
    }

    @Test
    void reports_a_resource_once_even_when_it_is_also_packaged() {
        RuleHarness project = RuleHarness.in(dir)
                .file(RESOURCES + "app.properties", "password=" + PASSWORD)
                .jar("target/churn-1.0.jar", Map.of("app.properties", ("password=" + PASSWORD).getBytes(StandardCharsets.UTF_8)));

        assertThat(project.evaluate(rule).findings()).hasSize(1);
    }

    @Test
    void skips_binary_files() {
        byte[] binary = ("password=" + PASSWORD + "\u0000\u0001").getBytes(StandardCharsets.UTF_8);

        Outcome outcome = RuleHarness.in(dir).file(RESOURCES + "model.bin", binary).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void never_prints_the_secret() {
        Outcome outcome = RuleHarness.in(dir)
                .file(RESOURCES + "keys/service.pem", "-----BEGIN PRIVATE KEY-----\n" + PRIVATE_KEY_BODY + "\n-----END PRIVATE KEY-----\n")
                .file(RESOURCES + "application.properties", "cloud.id=" + AWS_KEY + "\ndb.password=" + PASSWORD
                        + "\ngithub.token=" + GITHUB_TOKEN + "\n")
                .file(RESOURCES + "application.yml", "db:\n  password: \"" + PASSWORD + "\"\n")
                .file(RESOURCES + "context.xml", "<db><password>" + PASSWORD + "</password></db>\n")
                .evaluate(rule);

        assertThat(outcome.findings()).hasSizeGreaterThanOrEqualTo(6);
        List<String> secrets = List.of(PRIVATE_KEY_BODY, AWS_KEY, PASSWORD, GITHUB_TOKEN, "hunter2");
        assertThat(outcome.message()).doesNotContain(secrets);
        for (Finding finding : outcome.findings()) {
            assertThat(finding.message()).doesNotContain(secrets);
            assertThat(finding.hint()).doesNotContain(secrets);
            assertThat(finding.location().map(Location::toString).orElse("")).doesNotContain(secrets);
        }
    }

    @Test
    void fails_for_a_password_in_a_url_without_showing_it() {
        RuleHarness project = RuleHarness.in(dir).file(RESOURCES + "application.properties", """
                broker.url=amqp://scorer:%s@broker.acme.example:5672/churn
                db.url=postgres://scorer:${DB_PASSWORD}@db.acme.example/churn
                docs.url=https://acme.example:8443/docs
                """.formatted(PASSWORD));

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("a password in a URL (value not shown)");
            assertThat(finding.location()).contains(Location.of(project.path(RESOURCES + "application.properties"), 1));
            assertThat(finding.message() + finding.hint()).doesNotContain(PASSWORD);
        });
    }
}

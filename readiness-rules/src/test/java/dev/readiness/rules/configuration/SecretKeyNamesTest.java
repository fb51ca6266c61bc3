package dev.readiness.rules.configuration;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code configuration.no-secrets} finds a credential word wherever it stands in a key. */
class SecretKeyNamesTest {

    private static final String RESOURCES = "src/main/resources/";
    private static final String VALUE = "Zq8-literal-V4lue";

    @TempDir
    Path dir;

    private final NoSecrets rule = new NoSecrets();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "SECRET_KEY=%s                    | SECRET_KEY      | SECRET_KEY",
        "API_KEY_VALUE=%s                 | API_KEY_VALUE   | API_KEY_VALUE",
        "jwt.secret.value=%s              | jwt.secret.value | JWT_SECRET_VALUE",
        "client-secret-prod: %s           | client-secret-prod | CLIENT_SECRET_PROD",
        "'  \"secretKey\": \"%s\"'        | secretKey       | SECRETKEY",
        "aws.secret.access.key=%s         | aws.secret.access.key | AWS_SECRET_ACCESS_KEY",
        "db.password.2=%s                 | db.password.2   | DB_PASSWORD_2",
        "<oauthClientSecretValue>%s</oauthClientSecretValue> | oauthClientSecretValue | OAUTHCLIENTSECRETVALUE",
        "url=jdbc:h2:mem:x;user=a&password=%s | password     | PASSWORD",
    })
    void finds_the_credential_word_anywhere_in_the_key(String line, String key, String env) {
        RuleHarness project = RuleHarness.in(dir).file(RESOURCES + "app.properties", "# config\n" + line.formatted(VALUE) + "\n");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("a literal value for \"" + key + "\" (value not shown)");
            assertThat(finding.location()).contains(Location.of(project.path(RESOURCES + "app.properties"), 2));
            assertThat(finding.hint()).endsWith("${" + env + "}");
            assertThat(finding.message() + finding.hint()).doesNotContain(VALUE);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
        "SECRET_KEY=${SECRET_KEY}",
        "API_KEY_VALUE = ${API_KEY:-}",
        "jwt.secret.value: '{{ vault.jwt }}'",
        "client-secret-prod=@client.secret@",
        "password.min-length=12",
        "jwt.secret.ttl=3600",
        "spring.security.oauth2.client.provider.acme.token-uri=https://sso.acme.example/token",
        "token.expiry.seconds=900",
        "tokenizer.model=bert-base-uncased",
        "max_tokens=256",
        "secret.manager.region=eu-west-1",
        "password-policy: strict",
        "keystore.type=PKCS12",
        "api.url=https://api.acme.example",
        "feature.secret=",
        "<secretStoreName>vault</secretStoreName>",
        "\"tokenCount\": 5",
    })
    void leaves_placeholders_and_settings_about_credentials_alone(String line) {
        Outcome outcome = RuleHarness.in(dir).file(RESOURCES + "app.properties", line + "\n").evaluate(rule);

        assertThat(messages(outcome)).isEmpty();
    }

    @Test
    void a_long_line_of_key_characters_is_scanned_in_linear_time() {
        String line = "a.".repeat(50_000) + "=" + "b=".repeat(50_000);
        RuleHarness project = RuleHarness.in(dir).file(RESOURCES + "app.properties", line + "\n");

        Outcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> project.evaluate(rule));

        assertThat(messages(outcome)).isEmpty();
    }
}

package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void masks_the_value_of_a_credential_key_in_evidence_text() {
        assertThat(Secrets.mask("expected login to fail with password=hunter2 and user=ana"))
                .isEqualTo("expected login to fail with password=**** and user=ana");
        assertThat(Secrets.mask("{\"SECRET_KEY\": \"s3cr3t-v4lue\"}")).isEqualTo("{\"SECRET_KEY\": ****}");
    }

    @Test
    void masks_tokens_and_the_password_of_a_url() {
        assertThat(Secrets.mask("connect to jdbc:postgresql://scorer:Pa55word@db.acme.example/churn failed"))
                .isEqualTo("connect to jdbc:postgresql://scorer:****@db.acme.example/churn failed");
        assertThat(Secrets.mask("token ghp_" + "a".repeat(36) + " rejected")).isEqualTo("token **** rejected");
        assertThat(Secrets.mask("key AKIA" + "ABCDEFGHIJKLMNOP" + " denied")).isEqualTo("key **** denied");
    }

    @Test
    void leaves_placeholders_and_ordinary_text_alone() {
        String text = "password=${DB_PASSWORD} token.uri=https://auth.acme.example line coverage is 0.62";
        assertThat(Secrets.mask(text)).isSameAs(text);
        assertThat(Secrets.mask("owners.oncall is a placeholder (\"TODO\")")).isEqualTo("owners.oncall is a placeholder (\"TODO\")");
    }

    @Test
    void knows_credential_keys_wherever_the_word_stands() {
        assertThat(Secrets.isCredentialKey("SECRET_KEY")).isTrue();
        assertThat(Secrets.isCredentialKey("API_KEY_VALUE")).isTrue();
        assertThat(Secrets.isCredentialKey("jwt.secret.value")).isTrue();
        assertThat(Secrets.isCredentialKey("client-secret-prod")).isTrue();
        assertThat(Secrets.isCredentialKey("password.min-length")).isFalse();
        assertThat(Secrets.isCredentialKey("token-uri")).isFalse();
    }

    @Test
    void a_kind_is_only_skipped_for_text_that_cannot_hold_a_match() {
        List<String> fragments = List.of("-----BEGIN RSA PRIVATE KEY-----", "-----BEGIN PRIVATE KEY BLOCK-----",
                "AKIAABCDEFGHIJKLMNOP", "ASIA0123456789ABCDEF", "ghp_" + "a".repeat(36), "github_pat_" + "b".repeat(40),
                "glpat-" + "c".repeat(20), "xoxb-1234567890", "AIza" + "d".repeat(35), "sk_live_" + "e".repeat(20),
                "rk_live_" + "f".repeat(20), "jdbc:postgresql://u:p@h", "AMQP://user:pw@broker", "password=hunter2",
                "\"token\": \"abc\"", "Api_Key: x1", "<dbPassword>v</dbPassword>", " ", "\n", "=", ":", "</", "<a>",
                "@", "/", "key", "KEY", "-", "_", "gh", "x", "\u212Aey=v", "PassPhrase=x", "db.pwd: y", "SECRET",
                "Token", "credentials=", "\"apiKey\"", "access_key");
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = 1 + random.nextInt(5); n > 0; n--) {
                String fragment = fragments.get(random.nextInt(fragments.size()));
                int cut = random.nextInt(4) == 0 ? random.nextInt(fragment.length() + 1) : fragment.length();
                text.append(fragment, 0, cut).append(random.nextBoolean() ? " " : "");
            }
            for (Secrets.Kind kind : Secrets.KINDS) {
                if (kind.pattern().matcher(text).find()) {
                    assertThat(kind.mayMatch(text.toString())).as(kind.name() + " in " + text).isTrue();
                }
            }
            String masked = Secrets.mask(text.toString());
            assertThat(masked).as(text.toString()).isEqualTo(Secrets.mask(text.toString(), false));
        }
    }

    @Test
    void masks_credential_keys_in_any_case() {
        for (String key : List.of("DB_PASSWORD", "dbPassword", "Passwd", "PWD", "client-Secret", "API_TOKEN",
                "Credentials", "ApiKey", "api_KEY", "ACCESS-KEY", "privateKey", "SECRETKEY")) {
            assertThat(Secrets.mask("failed with " + key + "=v4lue1 here")).as(key).isEqualTo("failed with " + key
                    + "=**** here");
            assertThat(Secrets.mask("<" + key + ">v4lue1</" + key + ">")).as(key).isEqualTo("<" + key + ">****</" + key
                    + ">");
        }
    }
}

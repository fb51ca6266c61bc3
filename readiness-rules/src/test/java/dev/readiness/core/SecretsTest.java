package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;

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
}

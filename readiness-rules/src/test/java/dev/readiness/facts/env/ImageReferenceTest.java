package dev.readiness.facts.env;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ImageReferenceTest {

    private static final String DIGEST = "sha256:" + "0123456789abcdef".repeat(4);

    @Test
    void splits_registry_name_tag_and_digest() {
        ImageReference image = ImageReference.parse("registry.acme.example:5000/ml/base:1.4@" + DIGEST);

        assertThat(image.name()).isEqualTo("registry.acme.example:5000/ml/base");
        assertThat(image.tag()).isEqualTo("1.4");
        assertThat(image.digest()).isEqualTo(DIGEST);
        assertThat(image.pinnedByDigest()).isTrue();
    }

    @Test
    void a_registry_port_is_not_a_tag() {
        ImageReference image = ImageReference.parse("localhost:5000/app");

        assertThat(image.name()).isEqualTo("localhost:5000/app");
        assertThat(image.tag()).isEmpty();
        assertThat(image.effectiveTag()).isEqualTo("latest");
        assertThat(image.pinnedByDigest()).isFalse();
    }

    @Test
    void a_short_or_upper_case_digest_does_not_pin() {
        assertThat(ImageReference.parse("python:3.12@sha256:abc").pinnedByDigest()).isFalse();
        assertThat(ImageReference.parse("python@" + DIGEST.toUpperCase()).pinnedByDigest()).isFalse();
    }

    @Test
    void reads_the_java_major_version_from_common_runtime_images() {
        assertThat(ImageReference.parse("eclipse-temurin:21-jre").javaMajor()).hasValue(21);
        assertThat(ImageReference.parse("eclipse-temurin:17.0.11_9-jre-jammy@" + DIGEST).javaMajor()).hasValue(17);
        assertThat(ImageReference.parse("openjdk:8u342-jre").javaMajor()).hasValue(8);
        assertThat(ImageReference.parse("amazoncorretto:21").javaMajor()).hasValue(21);
        assertThat(ImageReference.parse("gcr.io/distroless/java17-debian12").javaMajor()).hasValue(17);
        assertThat(ImageReference.parse("maven:3.9.9-eclipse-temurin-21").javaMajor()).hasValue(21);
    }

    @Test
    void names_no_java_version_when_the_image_does_not() {
        assertThat(ImageReference.parse("python:3.12-slim").javaMajor()).isEmpty();
        assertThat(ImageReference.parse("eclipse-temurin:latest").javaMajor()).isEmpty();
        assertThat(ImageReference.parse("eclipse-temurin").javaMajor()).isEmpty();
    }
}

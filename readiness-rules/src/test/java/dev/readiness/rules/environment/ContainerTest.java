package dev.readiness.rules.environment;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.PomEnvironment;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerTest {

    private static final String DIGEST = "sha256:" + "0f".repeat(32);

    @TempDir
    Path dir;

    private final Container rule = new Container();

    private RuleHarness project(UnaryOperator<PomEnvironment> pom) {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 2}");
        return project.with(pom.apply(PomEnvironment.in(project).release("17", 12))::applyTo);
    }

    private RuleHarness project() {
        return project(pom -> pom);
    }

    @Test
    void not_applicable_without_a_container_definition() {
        Outcome outcome = project().file("src/main/resources/app.properties", "a=b").evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
        assertThat(outcome.message())
                .isEqualTo("the module has no Dockerfile or Containerfile and configures no jib-maven-plugin");
    }

    @Test
    void passes_when_every_base_image_is_pinned_by_digest() {
        Outcome outcome = project()
                .file("Dockerfile", """
                        FROM maven:3.9.9-eclipse-temurin-17@%1$s AS build
                        FROM build AS test
                        FROM eclipse-temurin:17-jre@%1$s
                        COPY --from=build /app.jar /app.jar
                        """.formatted(DIGEST))
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2 base images pinned by digest in Dockerfile");
    }

    @Test
    void fails_for_each_moving_tag_naming_the_file_and_line() {
        RuleHarness project = project()
                .file("Dockerfile", """
                        FROM python
                        FROM python:latest
                        FROM eclipse-temurin:21-jre
                        """);

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "base image python has no tag or digest, so it is whatever python:latest is at build time",
                "base image python:latest is the moving tag latest",
                "base image eclipse-temurin:21-jre is pinned by its tag only, and a tag moves when the publisher "
                        + "rebuilds the image (patch releases, security fixes)");
        assertThat(outcome.findings()).extracting(f -> f.location().orElseThrow())
                .containsExactly(Location.of(project.path("Dockerfile"), 1), Location.of(project.path("Dockerfile"), 2),
                        Location.of(project.path("Dockerfile"), 3));
        assertThat(outcome.findings()).extracting(Finding::subject).containsOnly("Dockerfile");
        assertThat(outcome.findings().get(2).hint()).isEqualTo("pin it by digest: eclipse-temurin:21-jre@sha256:<digest> "
                + "(docker buildx imagetools inspect eclipse-temurin:21-jre prints it); Dependabot or Renovate keep the "
                + "digest up to date");
    }

    @Test
    void finds_every_kind_of_container_file_name_outside_test_sources() {
        Outcome outcome = project()
                .file("Containerfile", "FROM alpine:3.20\n")
                .file("docker/api.Dockerfile", "FROM alpine:3.20\n")
                .file("Dockerfile.gpu", "FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04\n")
                .file("Dockerfile.dockerignore", "target\n")
                .file("src/test/resources/Dockerfile", "FROM postgres:16\n")
                .evaluate(rule);

        assertThat(outcome.findings()).extracting(Finding::subject)
                .containsExactly("Containerfile", "Dockerfile.gpu", "docker/api.Dockerfile");
    }

    @Test
    void an_argument_with_a_pinned_default_passes_and_one_without_a_default_fails() {
        RuleHarness project = project()
                .file("Dockerfile", """
                        ARG JRE=eclipse-temurin:17-jre@%s
                        ARG BASE
                        FROM ${JRE} AS jre
                        FROM ${BASE}
                        """.formatted(DIGEST));

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("base image ${BASE} depends on a build argument with no default "
                + "(through ARG BASE on line 2): the file pins no image, whatever --build-arg a build passes is used");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("Dockerfile"), 4));
    }

    @Test
    void an_argument_whose_default_is_a_tag_fails_naming_both() {
        Outcome outcome = project()
                .file("Dockerfile", "ARG JRE=eclipse-temurin:17-jre\nFROM $JRE\n")
                .evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString()
                .startsWith("base image $JRE = eclipse-temurin:17-jre (through ARG JRE on line 1) is pinned by its tag only");
    }

    @Test
    void copy_from_an_image_must_be_pinned_too() {
        Outcome outcome = project()
                .file("Dockerfile", "FROM eclipse-temurin:17-jre@" + DIGEST + "\nCOPY --from=busybox:1.36 /bin/sh /bin/sh\n")
                .evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString().startsWith("base image busybox:1.36 is pinned by its tag only");
    }

    @Test
    void a_malformed_digest_is_not_a_pin() {
        Outcome outcome = project().file("Dockerfile", "FROM eclipse-temurin:17-jre@sha256:abc123\n").evaluate(rule);

        assertThat(messages(outcome)).containsExactly("base image eclipse-temurin:17-jre@sha256:abc123 has the digest "
                + "sha256:abc123, not sha256: followed by 64 lower-case hex digits");
    }

    @Test
    void jib_without_a_base_image_uses_its_moving_default() {
        RuleHarness project = project(pom -> pom.jib(50));

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("jib-maven-plugin sets no <from><image>: Jib builds on its "
                + "default base image, an eclipse-temurin JRE named by a tag");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml"), 50));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("com.google.cloud.tools:jib-maven-plugin");
    }

    @Test
    void jib_with_a_tag_fails_and_with_a_digest_passes() {
        assertThat(messages(project(pom -> pom.jibFrom("eclipse-temurin:21-jre", 53)).evaluate(rule)))
                .singleElement().asString()
                .startsWith("Jib's base image eclipse-temurin:21-jre (jib-maven-plugin <from><image>) is pinned by its tag only");
        Outcome pinned = project(pom -> pom.jibFrom("docker://eclipse-temurin:21-jre@" + DIGEST, 53)).evaluate(rule);
        assertThat(pinned.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(pinned.message()).isEqualTo("1 base image pinned by digest in jib-maven-plugin");
    }

    @Test
    void an_oversized_dockerfile_is_unreadable_evidence() {
        Outcome outcome = project().file("Dockerfile", "#".repeat(1024 * 1024 + 1)).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).contains("more than the 1 MiB a container definition may have");
    }
}

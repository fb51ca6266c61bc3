package dev.readiness.facts.env;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.facts.env.ContainerFile.BaseImage;
import dev.readiness.facts.env.ContainerFile.Kind;
import dev.readiness.facts.env.ContainerFile.Stage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContainerFileTest {

    private static final Path FILE = Path.of("/repo/Dockerfile");
    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    private static ContainerFile parse(String text) {
        return ContainerFile.parse(FILE, text.lines().toList());
    }

    @Test
    void reads_each_stage_with_its_name_line_and_kind() {
        ContainerFile file = parse("""
                # build
                FROM --platform=$BUILDPLATFORM maven:3.9.9-eclipse-temurin-21 AS build
                RUN mvn -B package

                FROM build AS test
                FROM scratch AS empty
                from eclipse-temurin:21-jre
                COPY --from=build /app.jar /app.jar
                """);

        assertThat(file.stages()).extracting(Stage::name).extracting(n -> n.orElse(""))
                .containsExactly("build", "test", "empty", "");
        assertThat(file.stages()).extracting(s -> s.from().kind())
                .containsExactly(Kind.IMAGE, Kind.STAGE, Kind.SCRATCH, Kind.IMAGE);
        assertThat(file.stages()).extracting(s -> s.from().location().line()).containsExactly(2, 5, 6, 7);
        assertThat(file.stages().get(0).from().resolved()).isEqualTo("maven:3.9.9-eclipse-temurin-21");
        assertThat(file.copiedFrom()).isEmpty();
    }

    @Test
    void substitutes_arguments_declared_before_the_first_from() {
        ContainerFile file = parse("""
                ARG JRE=eclipse-temurin:21-jre@%s
                ARG BASE
                ARG TAG="3.12"
                FROM ${JRE} AS runtime
                FROM $BASE
                FROM python:${TAG}
                FROM ${MISSING:-alpine:3.20}
                """.formatted(DIGEST));

        List<BaseImage> images = file.stages().stream().map(Stage::from).toList();
        assertThat(images).extracting(BaseImage::kind)
                .containsExactly(Kind.IMAGE, Kind.UNRESOLVED, Kind.IMAGE, Kind.IMAGE);
        assertThat(images).extracting(BaseImage::resolved)
                .containsExactly("eclipse-temurin:21-jre@" + DIGEST, "$BASE", "python:3.12", "alpine:3.20");
        assertThat(images.get(0).argument()).hasValueSatisfying(a -> {
            assertThat(a.name()).isEqualTo("JRE");
            assertThat(a.line()).isEqualTo(1);
        });
        assertThat(images.get(0).image().pinnedByDigest()).isTrue();
    }

    @Test
    void an_arg_inside_a_stage_does_not_reach_a_later_from() {
        ContainerFile file = parse("""
                FROM alpine:3.20
                ARG NEXT=python:3.12
                FROM ${NEXT}
                """);

        assertThat(file.stages().get(1).from().kind()).isEqualTo(Kind.UNRESOLVED);
    }

    @Test
    void joins_continued_lines_and_reports_the_first_line() {
        ContainerFile file = parse("""
                RUN echo one \\
                    two
                FROM \\
                  # a comment inside the instruction
                  eclipse-temurin:17-jre \\
                  AS app
                """);

        assertThat(file.stages()).hasSize(1);
        assertThat(file.stages().get(0).name()).hasValue("app");
        assertThat(file.stages().get(0).from().resolved()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(file.stages().get(0).from().location().line()).isEqualTo(3);
    }

    @Test
    void honours_the_escape_directive() {
        ContainerFile file = parse("""
                # escape=`
                FROM mcr.microsoft.com/windows/servercore:ltsc2022 `
                  AS base
                """);

        assertThat(file.stages().get(0).name()).hasValue("base");
        assertThat(file.stages().get(0).from().location().line()).isEqualTo(2);
    }

    @Test
    void copy_from_an_image_counts_and_from_a_stage_or_index_does_not() {
        ContainerFile file = parse("""
                FROM alpine:3.20 AS tools
                FROM eclipse-temurin:21-jre
                COPY --from=tools /bin/tool /bin/tool
                COPY --from=0 /x /x
                COPY --chown=1000 --from=busybox:1.36 /bin/sh /bin/sh
                """);

        assertThat(file.copiedFrom()).extracting(BaseImage::resolved).containsExactly("busybox:1.36");
        assertThat(file.copiedFrom().get(0).location().line()).isEqualTo(5);
    }

    @Test
    void the_runtime_image_is_the_final_stage_followed_through_earlier_stages() {
        ContainerFile file = parse("""
                FROM eclipse-temurin:17-jre AS base
                FROM maven:3.9.9-eclipse-temurin-21 AS build
                FROM base
                """);

        assertThat(file.runtimeImage()).map(BaseImage::resolved).hasValue("eclipse-temurin:17-jre");
        assertThat(parse("FROM scratch\n").runtimeImage()).isEmpty();
        assertThat(parse("# nothing\n").runtimeImage()).isEmpty();
    }
}

package dev.readiness.rules.environment;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.PomEnvironment;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaTest {

    private static final String CONTRACT_2 = "{\"contract\": 2}";

    @TempDir
    Path dir;

    private final Java rule = new Java();

    private RuleHarness project(java.util.function.UnaryOperator<PomEnvironment> pom) {
        RuleHarness project = RuleHarness.in(dir).contract(CONTRACT_2);
        return project.with(pom.apply(PomEnvironment.in(project))::applyTo);
    }

    @Test
    void passes_when_the_release_is_pinned_and_no_runtime_is_named() {
        Outcome outcome = project(pom -> pom.release("17", 12)).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("bytecode release 17 set by maven.compiler.release (pom.xml:12), no "
                + "runtime Java named (operations.runtime.java or a container base image)");
    }

    @Test
    void fails_when_nothing_pins_the_bytecode_level() {
        RuleHarness project = project(pom -> pom);

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString()
                .startsWith("the bytecode level is not pinned: neither maven.compiler.release nor");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml")));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("maven.compiler.release");
        assertThat(outcome.findings().get(0).hint())
                .isEqualTo("add <maven.compiler.release>17</maven.compiler.release> to <properties> in pom.xml or a parent POM");
    }

    @Test
    void a_target_without_a_release_is_not_a_pin_and_the_finding_points_at_it() {
        RuleHarness project = project(pom -> pom.target("21", 9));

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString()
                .startsWith("the bytecode level is pinned by maven.compiler.target 21 (pom.xml:9) only, not by a release");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml"), 9));
        assertThat(outcome.findings().get(0).hint()).startsWith("add <maven.compiler.release>21</maven.compiler.release>");
    }

    @Test
    void fails_when_the_release_is_not_a_major_version() {
        Outcome outcome = project(pom -> pom.release("1.8", 12)).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("maven.compiler.release is \"1.8\", not a Java major version");
    }

    @Test
    void fails_when_the_release_is_newer_than_the_contracts_runtime() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {
                  "contract": 2,
                  "operations": { "runtime": { "java": 17 } }
                }
                """);
        project.with(PomEnvironment.in(project).release("21", 12)::applyTo);

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("bytecode release 21 (maven.compiler.release, pom.xml:12) is "
                + "newer than the Java 17 runtime of operations.runtime.java: classes compiled for Java 21 do not run on "
                + "Java 17 (UnsupportedClassVersionError); the release must be at most the runtime's version");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml"), 12));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("lower maven.compiler.release to 17, or run the product "
                + "on Java 21 or newer (raise operations.runtime.java)");
    }

    @Test
    void an_older_release_runs_on_a_newer_runtime() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 2, \"operations\": {\"runtime\": {\"java\": 21}}}");
        project.with(PomEnvironment.in(project).release("17", 12)::applyTo);

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).endsWith("at most the runtime Java of operations.runtime.java (21)");
    }

    @Test
    void the_same_release_as_the_runtime_passes() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 2, \"operations\": {\"runtime\": {\"java\": 17}}}");
        project.with(PomEnvironment.in(project).release("17", 12)::applyTo);

        assertThat(project.evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_when_the_release_is_newer_than_the_dockerfiles_runtime_image() {
        RuleHarness project = project(pom -> pom.pluginRelease("21", 30))
                .file("Dockerfile", """
                        FROM maven:3.9.9-eclipse-temurin-21 AS build
                        FROM eclipse-temurin:17-jre
                        """);

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString()
                .startsWith("bytecode release 21 (maven-compiler-plugin <release>, pom.xml:30) is newer than the Java 17 "
                        + "runtime of the base image eclipse-temurin:17-jre (Dockerfile:2)");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("org.apache.maven.plugins:maven-compiler-plugin");
    }

    @Test
    void checks_jibs_base_image_too() {
        Outcome outcome = project(pom -> pom.release("21", 12).jibFrom("eclipse-temurin:17-jre", 40)).evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString()
                .contains("newer than the Java 17 runtime of Jib's base image eclipse-temurin:17-jre (pom.xml:40)");
    }

    @Test
    void a_runtime_that_is_no_java_version_is_a_finding_on_the_contract_line() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {
                  "contract": 2,
                  "operations": { "runtime": { "java": 3 } }
                }
                """);
        project.with(PomEnvironment.in(project).release("17", 12)::applyTo);

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("operations.runtime.java is 3, not a Java major version");
        assertThat(outcome.findings().get(0).location()).hasValueSatisfying(l -> {
            assertThat(l.file()).isEqualTo(project.contractFile());
            assertThat(l.line()).isEqualTo(3);
        });
    }

    @Test
    void cannot_pass_without_the_poms_settings() {
        Outcome outcome = RuleHarness.in(dir).contract(CONTRACT_2).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).isEqualTo("the POM's build configuration was not collected");
    }
}

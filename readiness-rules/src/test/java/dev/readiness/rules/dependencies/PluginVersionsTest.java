package dev.readiness.rules.dependencies;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.Dependencies;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginVersionsTest {

    @TempDir
    Path dir;

    private final PluginVersions rule = new PluginVersions();

    @Test
    void passes_when_every_plugin_is_pinned_in_a_pom() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .plugin("org.apache.maven.plugins:maven-compiler-plugin:3.14.0", 30)
                .plugin("org.apache.maven.plugins:maven-jar-plugin:3.4.2", 34);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2 build plugins, each with a version in the POMs");
    }

    @Test
    void fails_for_a_lifecycle_plugin_whose_version_comes_from_maven_and_shows_the_pin() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .plugin("org.apache.maven.plugins:maven-compiler-plugin:3.14.0", 30)
                .defaultPlugin("org.apache.maven.plugins:maven-jar-plugin:3.4.1");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("plugin org.apache.maven.plugins:maven-jar-plugin has no version in "
                + "the POMs; Maven supplies 3.4.1 from its defaults, which change with the Maven version");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml")));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("pin it in <build><pluginManagement><plugins> of pom.xml "
                + "or a parent POM: <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin"
                + "</artifactId><version>3.4.1</version></plugin>");
    }

    @Test
    void passes_a_build_without_plugins() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"));

        assertThat(project.with(deps::applyTo).evaluate(rule).message()).isEqualTo("0 build plugins, each with a version in the POMs");
    }

    @Test
    void cannot_pass_without_the_build_plugins() {
        assertThat(RuleHarness.in(dir).evaluate(rule).kind()).isEqualTo(Outcome.Kind.UNREADABLE);
    }

    @Test
    void a_missing_pin_is_located_in_the_parent_that_pins_the_other_plugins() {
        RuleHarness project = RuleHarness.in(dir).module("app");
        Path parent = dir.resolve("pom.xml");
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .plugin("org.apache.maven.plugins:maven-compiler-plugin:3.14.0", 30)
                .defaultPlugin("org.apache.maven.plugins:maven-jar-plugin:3.4.1")
                .pinsBelongIn(parent, 33);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.findings()).hasSize(1);
        assertThat(outcome.findings().get(0).location()).contains(Location.of(parent, 33));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("org.apache.maven.plugins:maven-jar-plugin");
        assertThat(outcome.findings().get(0).hint()).as("named relative to the module, as from any directory")
                .startsWith("pin it in <build><pluginManagement><plugins> of ../pom.xml or a parent POM: ");
    }

    @Test
    void a_plugin_declared_without_a_version_is_located_at_its_declaration() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .declaredPlugin("org.apache.maven.plugins:maven-jar-plugin:3.4.1", project.path("pom.xml"), 52);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("plugin org.apache.maven.plugins:maven-jar-plugin has no version in "
                + "the POMs; Maven supplies 3.4.1 from its defaults, which change with the Maven version");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml"), 52));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("write its version where pom.xml declares it: "
                + "<version>3.4.1</version>, or pin it in <build><pluginManagement><plugins> of a parent POM: <plugin>"
                + "<groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.1"
                + "</version></plugin>");
    }
}

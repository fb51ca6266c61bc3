package dev.readiness.rules.dependencies;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.facts.deps.DeclaredVersions.Kind;
import dev.readiness.testing.Dependencies;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoRangesTest {

    @TempDir
    Path dir;

    private final NoRanges rule = new NoRanges();

    @Test
    void passes_when_every_declared_version_is_one_version() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .declared(Kind.PLUGIN, "org.apache.maven.plugins:maven-jar-plugin", "3.4.2", project.path("pom.xml"), 40);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("2 declared versions, none a range, LATEST or RELEASE, "
                + "and none in the dependency tree (1 resolved)");
    }

    @Test
    void fails_on_a_dependency_range_at_its_line_and_suggests_the_resolved_version() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.14.0")
                .declared(Kind.DEPENDENCY, "org.apache.commons:commons-lang3", "[3.12.0,3.14.0]", project.path("pom.xml"), 31);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(messages(outcome)).containsExactly("dependency org.apache.commons:commons-lang3 has the version range "
                + "[3.12.0,3.14.0], which resolves to the newest version in the repository that fits");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml"), 31));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("pin the version this build resolved: <version>3.14.0</version>");
    }

    @Test
    void finds_ranges_behind_properties_in_parents_and_in_every_kind_of_element() {
        RuleHarness project = RuleHarness.in(dir);
        Path parent = project.path("../parent/pom.xml");
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .declared(Kind.MANAGED_DEPENDENCY, "com.google.guava:guava", "${guava.version}", "[32,)", parent, 12)
                .declared(Kind.PLUGIN, "org.apache.maven.plugins:maven-jar-plugin", "LATEST", project.path("pom.xml"), 40)
                .declared(Kind.PLUGIN_DEPENDENCY, "org.ow2.asm:asm", "RELEASE", project.path("pom.xml"), 44)
                .declared(Kind.EXTENSION, "kr.motd.maven:os-maven-plugin", "(1.6,1.8]", project.path("pom.xml"), 50)
                .declared(Kind.PARENT, "com.acme:parent", "[1.0,2.0)", project.path("pom.xml"), 5);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "managed dependency com.google.guava:guava has the version range [32,) (written ${guava.version}), which "
                        + "resolves to the newest version in the repository that fits",
                "plugin org.apache.maven.plugins:maven-jar-plugin has the version LATEST, which resolves to whatever was published last",
                "plugin dependency org.ow2.asm:asm has the version RELEASE, which resolves to whatever was published last",
                "build extension kr.motd.maven:os-maven-plugin has the version range (1.6,1.8], which resolves to the newest "
                        + "version in the repository that fits",
                "parent com.acme:parent has the version range [1.0,2.0), which resolves to the newest version in the repository that fits");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(parent, 12));
        assertThat(outcome.findings().get(4).hint()).isEqualTo("write one version, such as the newest the range allows that you have tested");
    }

    @Test
    void a_version_that_merely_contains_release_is_a_version() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("org.springframework:spring-core:5.3.39.RELEASE")
                .dependency("com.acme:latest-features:1.0");

        assertThat(project.with(deps::applyTo).evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void cannot_pass_without_the_declared_versions() {
        Outcome outcome = RuleHarness.in(dir).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).isEqualTo("the versions declared in the POMs was not collected");
    }

    @Test
    void a_range_of_one_version_is_reported_with_its_own_message() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.14.0")
                .declared(Kind.DEPENDENCY, "org.apache.commons:commons-lang3", "[3.14.0]", project.path("pom.xml"), 31);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("dependency org.apache.commons:commons-lang3 has the version "
                + "[3.14.0], a range of exactly one version: it pins 3.14.0, yet Maven still resolves it through the "
                + "repository's metadata (maven-metadata.xml), so the build reads the remote repositories for it and "
                + "fails where they cannot be read");
        assertThat(outcome.findings().get(0).hint()).isEqualTo("write the version without brackets: <version>3.14.0</version>");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("org.apache.commons:commons-lang3");
    }

    @Test
    void fails_on_a_range_that_comes_in_through_a_dependency_naming_that_dependency() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("com.acme:features:2.0")
                .transitive("compile", "com.acme:features:2.0", "org.apache.commons:commons-lang3:3.14.0")
                .range("[3.12.0,3.14.0]", "com.acme:features:2.0", "org.apache.commons:commons-lang3:3.14.0");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(messages(outcome)).containsExactly("dependency org.apache.commons:commons-lang3 comes in with the "
                + "version range [3.12.0,3.14.0] through com.acme:features (churn -> features 2.0 -> commons-lang3 "
                + "3.14.0), which resolves to the newest version in the repository that fits; this build resolved 3.14.0");
        assertThat(outcome.findings().get(0).location())
                .as("the line of the direct dependency it comes through")
                .contains(Location.of(project.path("pom.xml"), Dependencies.FIRST_DEPENDENCY_LINE));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("org.apache.commons:commons-lang3");
        assertThat(outcome.findings().get(0).hint()).isEqualTo("pin it in <dependencyManagement> of pom.xml: <dependency>"
                + "<groupId>org.apache.commons</groupId><artifactId>commons-lang3</artifactId><version>3.14.0</version>"
                + "</dependency>, or use a version of features whose POM pins it");
    }

    @Test
    void a_transitive_range_of_one_version_and_a_transitive_latest_have_their_messages() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("com.acme:features:2.0")
                .range("[1.0,1.0]", "com.acme:features:2.0", "com.acme:schema:1.0")
                .range("LATEST", "com.acme:features:2.0", "com.acme:model:4.2");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "dependency com.acme:schema comes in with the version [1.0,1.0] through com.acme:features (churn -> "
                        + "features 2.0 -> schema 1.0), a range of exactly one version: it pins 1.0, yet Maven still "
                        + "resolves it through the repository's metadata (maven-metadata.xml), so the build reads the "
                        + "remote repositories for it and fails where they cannot be read",
                "dependency com.acme:model comes in with the version LATEST through com.acme:features (churn -> "
                        + "features 2.0 -> model 4.2), which resolves to whatever was published last; this build resolved 4.2");
    }

    @Test
    void a_direct_range_is_reported_once_from_the_pom_and_a_library_once_whatever_its_paths() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.14.0")
                .dependency("com.acme:features:2.0")
                .dependency("com.acme:scoring:2.0")
                .declared(Kind.DEPENDENCY, "org.apache.commons:commons-lang3", "[3.12.0,3.14.0]", project.path("pom.xml"), 31)
                .range("[3.12.0,3.14.0]", "org.apache.commons:commons-lang3:3.14.0")
                .range("[1.0,2.0)", "com.acme:features:2.0", "com.acme:schema:1.5")
                .range("[1.0,2.0)", "com.acme:scoring:2.0", "com.acme:schema:1.5");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).hasSize(2);
        assertThat(messages(outcome).get(0)).startsWith("dependency org.apache.commons:commons-lang3 has the version range");
        assertThat(messages(outcome).get(1)).startsWith("dependency com.acme:schema comes in with the version range "
                + "[1.0,2.0) through com.acme:features");
    }

    @Test
    void cannot_pass_without_the_dependency_tree_that_holds_the_transitive_ranges() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .notVerbose();

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).contains("the verbose dependency graph was not collected");
    }
}

package dev.readiness.rules.dependencies;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Outcome;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.testing.Dependencies;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BannedTest {

    @TempDir
    Path dir;

    private final Banned rule = new Banned();

    @Test
    void passes_log4j_2_from_2_17_1_with_the_default_list() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.logging.log4j:log4j-core:2.17.1")
                .dependency("org.apache.logging.log4j:log4j-api:2.14.1");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("none of 2 banned patterns matches the 2 resolved dependencies");
    }

    @Test
    void fails_on_log4j_1_coming_in_transitively_and_says_which_dependency_to_exclude_it_from() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .dependency("org.apache.zookeeper:zookeeper:3.4.6")
                .transitive("compile", "org.apache.zookeeper:zookeeper:3.4.6", "log4j:log4j:1.2.16");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString()
                .startsWith("log4j:log4j:1.2.16 (compile) is banned by log4j:log4j: Log4j 1.x is end of life")
                .endsWith("; through app -> zookeeper 3.4.6 -> log4j 1.2.16");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml"), 21));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("log4j:log4j");
        assertThat(outcome.findings().get(0).hint()).isEqualTo("exclude log4j:log4j from the dependency on "
                + "org.apache.zookeeper:zookeeper (<exclusions>), or upgrade zookeeper to a version without it");
    }

    @Test
    void the_version_range_bounds_the_ban() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.logging.log4j:log4j-core:2.17.0", "test");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).singleElement().asString()
                .startsWith("org.apache.logging.log4j:log4j-core:2.17.0 (test) is banned by "
                        + "org.apache.logging.log4j:log4j-core:[,2.17.1): Log4Shell")
                .endsWith("declared directly");
        assertThat(outcome.findings().get(0).hint()).isEqualTo(
                "remove the dependency on org.apache.logging.log4j:log4j-core from pom.xml or replace it");
    }

    @Test
    void the_contract_replaces_the_list_with_wildcard_patterns() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1, "rules": {"dependencies.banned": {"banned": [
                  {"pattern": "commons-*:*", "reason": "use the org.apache.commons artifacts"},
                  {"pattern": "com.google.*:guava:[,32)", "reason": "CVE-2023-2976"}
                ]}}}""");
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("commons-io:commons-io:2.18.0")
                .dependency("com.google.guava:guava:31.1-jre")
                .dependency("com.google.guava:failureaccess:1.0.2")
                .dependency("log4j:log4j:1.2.17");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "commons-io:commons-io:2.18.0 (compile) is banned by commons-*:*: use the org.apache.commons artifacts; declared directly",
                "com.google.guava:guava:31.1-jre (compile) is banned by com.google.*:guava:[,32): CVE-2023-2976; declared directly");
    }

    @Test
    void rejects_a_ban_without_a_reason_at_its_line() {
        RuleHarness project = RuleHarness.in(dir).contract("""
                {"contract": 1, "rules": {"dependencies.banned": {"banned": [
                  {"pattern": "log4j:log4j"}
                ]}}}""");

        assertThatThrownBy(() -> project.evaluate(rule)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("readiness.json:1")
                .hasMessageContaining("element 0 is an object with a \"reason\" saying why log4j:log4j is banned");
    }

    @Test
    void rejects_a_malformed_pattern_or_range() {
        RuleHarness noArtifact = RuleHarness.in(dir.resolve("a")).contract(
                "{\"contract\": 1, \"rules\": {\"dependencies.banned\": {\"banned\": [{\"pattern\": \"log4j\", \"reason\": \"old\"}]}}}");
        RuleHarness badRange = RuleHarness.in(dir.resolve("b")).contract(
                "{\"contract\": 1, \"rules\": {\"dependencies.banned\": {\"banned\": [{\"pattern\": \"a:b:[2,1]\", \"reason\": \"old\"}]}}}");

        assertThatThrownBy(() -> noArtifact.evaluate(rule)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("groupId:artifactId[:versionRange] (\"log4j\" is not)");
        assertThatThrownBy(() -> badRange.evaluate(rule)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("with a Maven version range such as [,2.17.1)");
    }

    @Test
    void cannot_pass_without_the_resolved_dependencies() {
        assertThat(RuleHarness.in(dir).evaluate(rule).kind()).isEqualTo(Outcome.Kind.UNREADABLE);
    }
}

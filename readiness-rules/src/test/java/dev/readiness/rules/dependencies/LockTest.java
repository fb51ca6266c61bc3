package dev.readiness.rules.dependencies;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.readers.LockFile;
import dev.readiness.testing.Dependencies;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LockTest {

    @TempDir
    Path dir;

    private final Lock rule = new Lock();

    private Dependencies build(RuleHarness project) {
        return Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .dependency("junit:junit:4.13.2", "test")
                .reactorModule("com.acme:features:1.0.0-SNAPSHOT")
                .plugin("org.apache.maven.plugins:maven-jar-plugin:3.4.2", 40);
    }

    private void lock(RuleHarness project, Dependencies deps) throws IOException {
        LockFile.in(project.path("")).record(project.with(deps::applyTo).facts().lock().value());
    }

    @Test
    void passes_when_the_build_matches_the_lock() throws IOException {
        RuleHarness project = RuleHarness.in(dir);
        lock(project, build(project));

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("3 dependencies and 1 plugins match readiness-lock.json");
    }

    @Test
    void without_a_lock_file_tells_to_run_the_lock_goal() {
        RuleHarness project = RuleHarness.in(dir);

        Outcome outcome = project.with(build(project)::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("no readiness-lock.json: the resolved dependencies and plugins are not locked");
        assertThat(outcome.findings().get(0).hint()).isEqualTo("run mvn readiness:lock and commit readiness-lock.json");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml")));
    }

    @Test
    void lists_added_removed_and_changed_entries_a_republished_file_included() throws IOException {
        RuleHarness locked = RuleHarness.in(dir);
        lock(locked, build(locked));
        RuleHarness now = RuleHarness.in(dir);
        Dependencies drifted = Dependencies.of("com.acme:app:1.0.0", now.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.18.0")
                .dependency("junit:junit:4.13.2", "test")
                .checksum("junit:junit:4.13.2", "0".repeat(64))
                .reactorModule("com.acme:features:1.0.0-SNAPSHOT")
                .transitive("compile", "com.acme:features:1.0.0-SNAPSHOT", "com.google.guava:guava:33.4.0-jre")
                .plugin("org.apache.maven.plugins:maven-jar-plugin:3.4.2", 40)
                .plugin("org.apache.maven.plugins:maven-source-plugin:3.3.1", 44);

        Outcome outcome = now.with(drifted::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "added dependency com.google.guava:guava:jar 33.4.0-jre (compile), not in readiness-lock.json",
                "changed dependency junit:junit:jar: sha256 " + Dependencies.sha256Of("junit_junit_4.13.2").substring(0, 12)
                        + "… -> 000000000000… (same version, different file), against readiness-lock.json",
                "changed dependency org.apache.commons:commons-lang3:jar: version 3.17.0 -> 3.18.0, sha256 "
                        + Dependencies.sha256Of("org.apache.commons_commons-lang3_3.17.0").substring(0, 12) + "… -> "
                        + Dependencies.sha256Of("org.apache.commons_commons-lang3_3.18.0").substring(0, 12)
                        + "…, against readiness-lock.json",
                "added plugin org.apache.maven.plugins:maven-source-plugin 3.3.1, not in readiness-lock.json");
        assertThat(outcome.findings()).allSatisfy(f -> {
            assertThat(f.location()).contains(Location.of(now.path("readiness-lock.json")));
            assertThat(f.hint()).startsWith("if the change is intended, run mvn readiness:lock");
        });
        assertThat(outcome.findings()).extracting(f -> f.subject()).containsExactly("com.google.guava:guava",
                "junit:junit", "org.apache.commons:commons-lang3", "org.apache.maven.plugins:maven-source-plugin");
    }

    @Test
    void compares_a_plugin_the_build_does_not_run_by_version_without_its_jar() throws IOException {
        RuleHarness project = RuleHarness.in(dir);
        lock(project, build(project).plugin("org.apache.maven.plugins:maven-site-plugin:3.21.0", 44));
        Dependencies verify = build(project).plugin("org.apache.maven.plugins:maven-site-plugin:3.21.0", 44)
                .notRun("org.apache.maven.plugins:maven-site-plugin");

        Outcome outcome = RuleHarness.in(dir).with(verify::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("3 dependencies and 2 plugins match readiness-lock.json (1 by version "
                + "only, as the build does not run them: org.apache.maven.plugins:maven-site-plugin)");
    }

    @Test
    void still_reports_a_new_version_of_a_plugin_the_build_does_not_run() throws IOException {
        RuleHarness project = RuleHarness.in(dir);
        lock(project, build(project).plugin("org.apache.maven.plugins:maven-site-plugin:3.21.0", 44));
        Dependencies verify = build(project).plugin("org.apache.maven.plugins:maven-site-plugin:3.22.0", 44)
                .notRun("org.apache.maven.plugins:maven-site-plugin");

        Outcome outcome = RuleHarness.in(dir).with(verify::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("changed plugin org.apache.maven.plugins:maven-site-plugin: "
                + "version 3.21.0 -> 3.22.0, against readiness-lock.json");
    }

    @Test
    void reports_a_removed_entry() throws IOException {
        RuleHarness project = RuleHarness.in(dir);
        lock(project, build(project).dependency("com.google.guava:guava:33.4.0-jre"));

        Outcome outcome = RuleHarness.in(dir).with(build(project)::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "removed dependency com.google.guava:guava:jar 33.4.0-jre (compile), locked but no longer resolved");
    }

    @Test
    void a_broken_lock_file_is_unreadable_at_its_line() {
        RuleHarness project = RuleHarness.in(dir).file("readiness-lock.json", "{\n  \"lockVersion\": 1,\n  \"dependencies\": {\n"
                + "    \"a:b:jar\": {\"version\": \"1\", \"scope\": \"compile\", \"sha256\": \"xyz\"}\n  },\n  \"plugins\": {}\n}\n");

        Outcome outcome = project.with(build(project)::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).startsWith("readiness-lock.json: the entry \"a:b:jar\" must be");
        assertThat(outcome.findings().get(0).location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(4));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("write it again with mvn readiness:lock");
    }
}

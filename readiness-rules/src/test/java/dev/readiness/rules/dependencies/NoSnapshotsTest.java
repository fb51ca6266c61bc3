package dev.readiness.rules.dependencies;

import static dev.readiness.testing.RuleHarness.messages;
import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Gate;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.facts.deps.DeclaredVersions.Kind;
import dev.readiness.testing.Dependencies;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NoSnapshotsTest {

    @TempDir
    Path dir;

    private final NoSnapshots rule = new NoSnapshots();

    private Dependencies released(RuleHarness project) {
        return Dependencies.of("com.acme:churn:1.0.0", project.path("pom.xml"))
                .declared(Kind.PARENT, "com.acme:parent", "3", project.path("pom.xml"), 5)
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .dependency("junit:junit:4.13.2", "test")
                .plugin("org.apache.maven.plugins:maven-jar-plugin:3.4.2", 40);
    }

    @Test
    void passes_when_parents_dependencies_and_plugins_are_releases() {
        RuleHarness project = RuleHarness.in(dir).gate(Gate.RELEASE);

        Outcome outcome = project.with(released(project)::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("no SNAPSHOT among the parents, 2 dependencies and 1 plugins");
    }

    @Test
    void names_each_snapshot_parent_dependency_and_plugin_with_where_it_comes_from() {
        RuleHarness project = RuleHarness.in(dir).gate(Gate.RELEASE);
        Dependencies deps = released(project)
                .declared(Kind.PARENT, "com.acme:corporate", "7-SNAPSHOT", project.path("../parent/pom.xml"), 6)
                .reactorModule("com.acme:features:1.0.0-SNAPSHOT")
                .transitive("test", "junit:junit:4.13.2", "com.acme:test-kit:0.3-20250101.120000-3")
                .plugin("com.acme:model-card-plugin:0.1-SNAPSHOT", 48);

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "parent com.acme:corporate:7-SNAPSHOT is a SNAPSHOT",
                "dependency module of this build com.acme:features:1.0.0-SNAPSHOT (compile) is a SNAPSHOT, declared directly",
                "dependency com.acme:test-kit:0.3-20250101.120000-3 (test) is a SNAPSHOT, through churn -> junit 4.13.2 -> test-kit 0.3-20250101.120000-3",
                "plugin com.acme:model-card-plugin:0.1-SNAPSHOT is a SNAPSHOT");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("../parent/pom.xml"), 6));
        assertThat(outcome.findings().get(1).location()).contains(Location.of(project.path("pom.xml"), 22));
        assertThat(outcome.findings().get(1).hint()).contains("mvn release:prepare");
        assertThat(outcome.findings()).extracting(f -> f.subject()).containsExactly("com.acme:corporate",
                "com.acme:features", "com.acme:test-kit", "com.acme:model-card-plugin");
        assertThat(outcome.findings().get(2).location()).contains(Location.of(project.path("pom.xml"), 21));
        assertThat(outcome.findings().get(3).location()).contains(Location.of(project.path("pom.xml"), 48));
    }

    @Test
    void runs_only_in_the_release_gate_unless_always() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = released(project).reactorModule("com.acme:features:1.0.0-SNAPSHOT");
        project.with(deps::applyTo);

        Report byDefault = project.check(rule);
        assertThat(result(byDefault, "dependencies.no-snapshots").status()).isEqualTo(Status.SKIPPED);

        project.contract("{\"contract\": 1, \"rules\": {\"dependencies.no-snapshots\": {\"always\": true}}}");
        assertThat(result(project.check(rule), "dependencies.no-snapshots").status()).isEqualTo(Status.FAIL);

        project.contract("{\"contract\": 1}").gate(Gate.RELEASE);
        assertThat(result(project.check(rule), "dependencies.no-snapshots").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void cannot_pass_without_the_resolved_dependencies() {
        Outcome outcome = RuleHarness.in(dir).gate(Gate.RELEASE).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
    }
}

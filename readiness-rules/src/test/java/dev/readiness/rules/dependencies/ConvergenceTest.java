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

class ConvergenceTest {

    @TempDir
    Path dir;

    private final Convergence rule = new Convergence();

    /** The example: Spark asks for Curator 2.13.0 nearer than Hadoop asks for 5.2.0. */
    private Dependencies sparkAndHadoop(RuleHarness project) {
        return Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.spark:spark-core_2.13:3.5.3")
                .dependency("org.apache.hadoop:hadoop-auth:3.3.6")
                .transitive("compile", "org.apache.spark:spark-core_2.13:3.5.3", "org.apache.curator:curator-framework:2.13.0")
                .omitted("org.apache.hadoop:hadoop-auth:3.3.6", "org.apache.curator:curator-framework:5.2.0");
    }

    @Test
    void passes_when_every_resolved_version_is_at_least_each_request() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .dependency("com.acme:features:2.0")
                .omitted("com.acme:features:2.0", "org.apache.commons:commons-lang3:3.12.0");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("each of 2 resolved versions is at least every version requested for it");
    }

    @Test
    void fails_with_both_request_paths_when_nearest_wins_below_a_request() {
        RuleHarness project = RuleHarness.in(dir);

        Outcome outcome = project.with(sparkAndHadoop(project)::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("org.apache.curator:curator-framework resolves to 2.13.0 "
                + "(app -> spark-core_2.13 3.5.3 -> curator-framework 2.13.0), below the 5.2.0 requested by "
                + "app -> hadoop-auth 3.3.6 -> curator-framework 5.2.0");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml"), 20));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("manage the version: add <dependency><groupId>"
                + "org.apache.curator</groupId><artifactId>curator-framework</artifactId><version>5.2.0</version>"
                + "</dependency> to <dependencyManagement> in pom.xml, or exclude org.apache.curator:curator-framework "
                + "from the dependency on spark-core_2.13 so that the higher request wins");
    }

    @Test
    void a_direct_dependency_below_a_transitive_request_is_raised() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.12.0")
                .dependency("org.apache.commons:commons-text:1.13.0")
                .omitted("org.apache.commons:commons-text:1.13.0", "org.apache.commons:commons-lang3:3.17.0")
                .omitted("com.acme:other:1", "org.apache.commons:commons-lang3:3.14.0");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("org.apache.commons:commons-lang3 resolves to 3.12.0 "
                + "(app -> commons-lang3 3.12.0), below the 3.17.0, 3.14.0 requested by "
                + "app -> commons-text 1.13.0 -> commons-lang3 3.17.0; app -> other 1 -> commons-lang3 3.14.0");
        assertThat(outcome.findings().get(0).hint()).startsWith(
                "raise the version of the dependency on org.apache.commons:commons-lang3 in pom.xml to 3.17.0");
    }

    @Test
    void spells_out_the_first_three_request_paths_highest_version_first_and_counts_the_rest() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.spark:spark-mllib_2.13:3.5.3")
                .transitive("compile", "org.apache.spark:spark-mllib_2.13:3.5.3", "org.scalanlp:breeze_2.13:2.1.0",
                        "org.slf4j:slf4j-api:1.7.5")
                .omitted("a:one:1", "org.slf4j:slf4j-api:1.7.36")
                .omitted("a:two:1", "org.slf4j:slf4j-api:2.0.7")
                .omitted("a:three:1", "org.slf4j:slf4j-api:1.7.10")
                .omitted("a:four:1", "org.slf4j:slf4j-api:1.7.36")
                .omitted("a:five:1", "org.slf4j:slf4j-api:1.7.25");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("org.slf4j:slf4j-api resolves to 1.7.5 "
                + "(app -> spark-mllib_2.13 3.5.3 -> breeze_2.13 2.1.0 -> slf4j-api 1.7.5), below the 2.0.7, 1.7.36, 1.7.25, "
                + "1.7.10 requested by app -> two 1 -> slf4j-api 2.0.7; app -> one 1 -> slf4j-api 1.7.36; "
                + "app -> four 1 -> slf4j-api 1.7.36 (and 2 more requests)");
        assertThat(outcome.findings().get(0).hint()).contains("<version>2.0.7</version>");
    }

    @Test
    void equal_versions_spelled_differently_converge() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("com.acme:lib:2.0")
                .omitted("com.acme:other:1", "com.acme:lib:2.0.0");
        project.contract("{\"contract\": 1, \"rules\": {\"dependencies.convergence\": {\"mode\": \"strict\"}}}");

        assertThat(project.with(deps::applyTo).evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void strict_mode_fails_on_any_second_version_even_a_lower_one() {
        RuleHarness project = RuleHarness.in(dir)
                .contract("{\"contract\": 1, \"rules\": {\"dependencies.convergence\": {\"mode\": \"strict\"}}}");
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .dependency("com.acme:features:2.0")
                .omitted("com.acme:features:2.0", "org.apache.commons:commons-lang3:3.12.0");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("org.apache.commons:commons-lang3 is requested in 2 versions: "
                + "3.17.0 resolved (app -> commons-lang3 3.17.0) vs app -> features 2.0 -> commons-lang3 3.12.0");
        assertThat(outcome.findings().get(0).hint()).contains("<version>3.17.0</version>");
    }

    @Test
    void rejects_an_unknown_mode_naming_the_valid_ones() {
        RuleHarness project = RuleHarness.in(dir)
                .contract("{\"contract\": 1, \"rules\": {\"dependencies.convergence\": {\"mode\": \"lower-bound\"}}}");

        assertThatThrownBy(() -> project.evaluate(rule)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.dependencies.convergence.mode\" must be one of upper-bound, strict");
    }

    @Test
    void cannot_pass_on_a_graph_without_conflict_information() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = sparkAndHadoop(project).notVerbose();

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).isEqualTo("the verbose dependency graph was not collected");
    }

    /** The example: app -> b 1.0 -> x 2.1, the module's dependencyManagement forces x 1.1. */
    private Dependencies managedDown(RuleHarness project, String managedVersion) {
        return Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("com.acme:b:1.0")
                .transitive("compile", "com.acme:b:1.0", "com.acme:x:" + managedVersion)
                .managed(managedVersion, 40, "com.acme:b:1.0", "com.acme:x:2.1");
    }

    @Test
    void fails_when_dependency_management_forces_a_version_below_a_request() {
        RuleHarness project = RuleHarness.in(dir);

        Outcome outcome = project.with(managedDown(project, "1.1")::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(messages(outcome)).containsExactly("com.acme:x is managed to 1.1 at " + project.path("pom.xml")
                + ":40, below the 2.1 requested by app -> b 1.0 -> x 2.1");
        assertThat(outcome.findings().get(0).location()).contains(new Location(project.path("pom.xml"), 40, 9));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("com.acme:x");
        assertThat(outcome.findings().get(0).hint()).isEqualTo("raise the managed version of com.acme:x in pom.xml to "
                + "2.1, or, when 1.1 is needed, exclude com.acme:x from the dependency on b and check that it works with 1.1");
    }

    @Test
    void the_managing_pom_may_be_a_parent() {
        RuleHarness project = RuleHarness.in(dir).module("app");
        Path parent = dir.resolve("pom.xml");
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("com.acme:b:1.0")
                .managed("1.1", Location.of(parent, 12), "com.acme:b:1.0", "com.acme:x:2.1")
                .managed("1.1", Location.of(parent, 12), "com.acme:c:1.0", "com.acme:x:3.0");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("com.acme:x is managed to 1.1 at " + parent + ":12, below the "
                + "3.0, 2.1 requested by app -> c 1.0 -> x 3.0; app -> b 1.0 -> x 2.1");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(parent, 12));
        assertThat(outcome.findings().get(0).hint()).startsWith("raise the managed version of com.acme:x in ../pom.xml to 3.0");
    }

    @Test
    void management_to_the_requested_version_or_above_holds() {
        RuleHarness project = RuleHarness.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("com.acme:b:1.0")
                .managed("2.1", 40, "com.acme:b:1.0", "com.acme:x:2.1.0")
                .managed("3.0", 41, "com.acme:b:1.0", "com.acme:y:2.1");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void strict_mode_reports_a_managed_downgrade_too() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 1, \"rules\": {\"dependencies.convergence\": "
                + "{\"mode\": \"strict\"}}}");

        Outcome outcome = project.with(managedDown(project, "1.1")::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("com.acme:x is managed to 1.1 at " + project.path("pom.xml")
                + ":40, below the 2.1 requested by app -> b 1.0 -> x 2.1");
    }
}

package dev.readiness.rules.dependencies;

import static dev.readiness.testing.TestProject.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Outcome;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.testing.Dependencies;
import dev.readiness.testing.TestProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopesTest {

    @TempDir
    Path dir;

    private final Scopes rule = new Scopes();

    @Test
    void passes_when_test_libraries_are_in_test_scope() {
        TestProject project = TestProject.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .dependency("org.junit.jupiter:junit-jupiter:5.11.4", "test")
                .transitive("test", "org.junit.jupiter:junit-jupiter:5.11.4", "org.junit.platform:junit-platform-commons:1.11.4")
                .dependency("org.mockito:mockito-core:5.14.2", "test");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("no test library among the 4 resolved dependencies outside test scope");
    }

    @Test
    void fails_on_junit_in_compile_scope_at_its_declaration() {
        TestProject project = TestProject.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.apache.commons:commons-lang3:3.17.0")
                .dependency("junit:junit:4.13.2")
                .transitive("compile", "junit:junit:4.13.2", "org.hamcrest:hamcrest-core:1.3");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "test library junit:junit:4.13.2 is on the compile and runtime classpath (scope compile), declared directly",
                "test library org.hamcrest:hamcrest-core:1.3 is on the compile and runtime classpath (scope compile), "
                        + "through app -> junit 4.13.2 -> hamcrest-core 1.3");
        assertThat(outcome.findings()).allSatisfy(f -> assertThat(f.location()).contains(Location.of(project.path("pom.xml"), 21)));
        assertThat(outcome.findings().get(0).hint()).isEqualTo("declare it with <scope>test</scope> in pom.xml");
        assertThat(outcome.findings()).extracting(f -> f.subject()).containsExactly("junit:junit", "org.hamcrest:hamcrest-core");
        assertThat(outcome.findings().get(1).hint()).startsWith("exclude org.hamcrest:hamcrest-core from the dependency on junit:junit");
    }

    @Test
    void runtime_and_provided_scopes_count_as_well() {
        TestProject project = TestProject.in(dir);
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("org.assertj:assertj-core:3.27.3", "runtime")
                .dependency("org.testng:testng:7.10.2", "provided");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "test library org.assertj:assertj-core:3.27.3 is on the runtime classpath (scope runtime), declared directly",
                "test library org.testng:testng:7.10.2 is on the compile classpath (scope provided), declared directly");
    }

    @Test
    void the_contract_names_the_test_libraries() {
        TestProject project = TestProject.in(dir)
                .contract("{\"contract\": 1, \"rules\": {\"dependencies.scopes\": {\"testOnly\": [\"com.acme.testing:*\"]}}}");
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("junit:junit:4.13.2")
                .dependency("com.acme.testing:fixtures:1.0");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly(
                "test library com.acme.testing:fixtures:1.0 is on the compile and runtime classpath (scope compile), declared directly");
    }

    @Test
    void rejects_a_pattern_with_a_version() {
        TestProject project = TestProject.in(dir)
                .contract("{\"contract\": 1, \"rules\": {\"dependencies.scopes\": {\"testOnly\": [\"junit:junit:4.13.2\"]}}}");

        assertThatThrownBy(() -> project.evaluate(rule)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("element 0 is groupId:artifactId (\"junit:junit:4.13.2\" is not)");
    }

    @Test
    void cannot_pass_without_the_resolved_dependencies() {
        assertThat(TestProject.in(dir).evaluate(rule).kind()).isEqualTo(Outcome.Kind.UNREADABLE);
    }
}

package dev.readiness.rules.dependencies;

import static dev.readiness.testing.RuleHarness.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Outcome;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.testing.ClassFile;
import dev.readiness.testing.Dependencies;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScopesTest {

    @TempDir
    Path dir;

    private final Scopes rule = new Scopes();

    @Test
    void passes_when_test_libraries_are_in_test_scope() {
        RuleHarness project = RuleHarness.in(dir);
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
        RuleHarness project = RuleHarness.in(dir);
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
        RuleHarness project = RuleHarness.in(dir);
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
        RuleHarness project = RuleHarness.in(dir)
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
        RuleHarness project = RuleHarness.in(dir)
                .contract("{\"contract\": 1, \"rules\": {\"dependencies.scopes\": {\"testOnly\": [\"junit:junit:4.13.2\"]}}}");

        assertThatThrownBy(() -> project.evaluate(rule)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("element 0 is groupId:artifactId (\"junit:junit:4.13.2\" is not)");
    }

    @Test
    void cannot_pass_without_the_resolved_dependencies() {
        assertThat(RuleHarness.in(dir).evaluate(rule).kind()).isEqualTo(Outcome.Kind.UNREADABLE);
    }

    @Test
    void passes_a_test_library_the_main_classes_use_saying_why() {
        RuleHarness project = harness(ClassFile.named("com/acme/testing/ScoringExtension")
                .references("org/junit/jupiter/api/Assertions"));
        Dependencies deps = Dependencies.of("com.acme:scoring-testkit:1.0.0", project.path("pom.xml"))
                .dependency("org.junit.jupiter:junit-jupiter-api:5.11.4")
                .file("org.junit.jupiter:junit-jupiter-api:5.11.4", jar("junit-jupiter-api.jar",
                        "org/junit/jupiter/api/Assertions.class", "org/junit/jupiter/api/Test.class"));

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("the test libraries outside test scope are used by the module's main "
                + "classes, where they belong (a test-support module): org.junit.jupiter:junit-jupiter-api:5.11.4 "
                + "(com.acme.testing.ScoringExtension uses org.junit.jupiter.api.Assertions)");
    }

    @Test
    void an_annotation_or_parameter_type_is_a_use_as_well() {
        RuleHarness project = harness(ClassFile.named("com/acme/testing/ScoringExtension")
                .text("Lorg/junit/jupiter/api/Test;", "(Lorg/junit/jupiter/api/extension/ExtensionContext;)V"));
        Dependencies deps = Dependencies.of("com.acme:scoring-testkit:1.0.0", project.path("pom.xml"))
                .dependency("org.junit.jupiter:junit-jupiter-api:5.11.4")
                .file("org.junit.jupiter:junit-jupiter-api:5.11.4", jar("junit-jupiter-api.jar",
                        "org/junit/jupiter/api/extension/ExtensionContext.class"));

        assertThat(project.with(deps::applyTo).evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void an_aggregate_without_classes_and_what_it_brings_pass_with_the_library_the_main_classes_use() {
        RuleHarness project = harness(ClassFile.named("com/acme/testing/Fixtures").references("org/junit/jupiter/api/Assertions"));
        Dependencies deps = Dependencies.of("com.acme:scoring-testkit:1.0.0", project.path("pom.xml"))
                .dependency("org.junit.jupiter:junit-jupiter:5.11.4")
                .transitive("compile", "org.junit.jupiter:junit-jupiter:5.11.4", "org.junit.jupiter:junit-jupiter-api:5.11.4")
                .transitive("runtime", "org.junit.jupiter:junit-jupiter:5.11.4", "org.junit.jupiter:junit-jupiter-engine:5.11.4")
                .file("org.junit.jupiter:junit-jupiter:5.11.4", jar("junit-jupiter.jar", "META-INF/MANIFEST.MF"))
                .file("org.junit.jupiter:junit-jupiter-api:5.11.4", jar("junit-jupiter-api.jar", "org/junit/jupiter/api/Assertions.class"))
                .file("org.junit.jupiter:junit-jupiter-engine:5.11.4", jar("junit-jupiter-engine.jar",
                        "org/junit/jupiter/engine/JupiterTestEngine.class"));

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).contains("org.junit.jupiter:junit-jupiter:5.11.4 (", "junit-jupiter-api:5.11.4 (",
                "junit-jupiter-engine:5.11.4 (com.acme.testing.Fixtures uses org.junit.jupiter.api.Assertions)");
    }

    @Test
    void fails_on_a_test_library_the_main_classes_do_not_use_next_to_one_they_use() {
        RuleHarness project = harness(ClassFile.named("com/acme/testing/Fixtures")
                .references("org/junit/jupiter/api/Assertions", "org/apache/commons/lang3/StringUtils"));
        Dependencies deps = Dependencies.of("com.acme:scoring-testkit:1.0.0", project.path("pom.xml"))
                .dependency("org.junit.jupiter:junit-jupiter-api:5.11.4")
                .dependency("org.mockito:mockito-core:5.14.2")
                .file("org.junit.jupiter:junit-jupiter-api:5.11.4", jar("api.jar", "org/junit/jupiter/api/Assertions.class"))
                .file("org.mockito:mockito-core:5.14.2", jar("mockito.jar", "org/mockito/Mockito.class"));

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(messages(outcome)).containsExactly("test library org.mockito:mockito-core:5.14.2 is on the compile and "
                + "runtime classpath (scope compile), declared directly");
        assertThat(outcome.findings().get(0).subject()).isEqualTo("org.mockito:mockito-core");
    }

    @Test
    void a_sub_package_of_the_library_is_not_a_use_of_it() {
        // The library's package is org.junit; a class of org.junit.jupiter is another library's.
        RuleHarness project = harness(ClassFile.named("com/acme/testing/Fixtures").references("org/junit/jupiter/api/Assertions"));
        Dependencies deps = Dependencies.of("com.acme:scoring-testkit:1.0.0", project.path("pom.xml"))
                .dependency("junit:junit:4.13.2")
                .file("junit:junit:4.13.2", jar("junit.jar", "org/junit/Assert.class"));

        assertThat(project.with(deps::applyTo).evaluate(rule).kind()).isEqualTo(Outcome.Kind.VIOLATED);
    }

    @Test
    void a_library_whose_file_cannot_be_read_shows_no_use() {
        RuleHarness project = harness(ClassFile.named("com/acme/testing/Fixtures").references("org/junit/Assert"));
        Dependencies deps = Dependencies.of("com.acme:scoring-testkit:1.0.0", project.path("pom.xml"))
                .dependency("junit:junit:4.13.2")
                .file("junit:junit:4.13.2", project.path("missing/junit.jar"));

        assertThat(project.with(deps::applyTo).evaluate(rule).kind()).isEqualTo(Outcome.Kind.VIOLATED);
    }

    @Test
    void cannot_read_its_evidence_when_a_main_class_file_is_malformed_naming_it() {
        RuleHarness project = RuleHarness.in(dir).file("target/classes/com/acme/Broken.class", new byte[] {(byte) 0xCA, (byte) 0xFE});
        Dependencies deps = Dependencies.of("com.acme:scoring-testkit:1.0.0", project.path("pom.xml"))
                .dependency("junit:junit:4.13.2");

        Outcome outcome = project.with(deps::applyTo).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).isEqualTo(project.path("target/classes/com/acme/Broken.class")
                + " is not a readable class file: it does not start with 0xCAFEBABE");
        assertThat(outcome.findings().get(0).location()).hasValueSatisfying(
                at -> assertThat(at.file()).isEqualTo(project.path("target/classes/com/acme/Broken.class")));
    }

    @Test
    void does_not_read_the_class_files_when_no_test_library_is_outside_test_scope() {
        RuleHarness project = RuleHarness.in(dir).file("target/classes/com/acme/Broken.class", new byte[] {1, 2, 3});
        Dependencies deps = Dependencies.of("com.acme:app:1.0.0", project.path("pom.xml"))
                .dependency("junit:junit:4.13.2", "test");

        assertThat(project.with(deps::applyTo).evaluate(rule).kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    /** A test-support module whose main classes are these. */
    private RuleHarness harness(ClassFile... classes) {
        RuleHarness project = RuleHarness.in(dir);
        for (ClassFile classFile : classes) {
            byte[] bytes = classFile.bytes();
            project.file("target/classes/" + classFile.internalName() + ".class", bytes);
        }
        return project;
    }

    private Path jar(String name, String... entries) {
        Path file = dir.resolve("repository").resolve(name);
        try {
            java.nio.file.Files.createDirectories(file.getParent());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        java.util.Map<String, byte[]> content = new java.util.LinkedHashMap<>();
        for (String entry : entries) {
            content.put(entry, new byte[] {1});
        }
        RuleHarness.writeZip(file, content);
        return file;
    }
}

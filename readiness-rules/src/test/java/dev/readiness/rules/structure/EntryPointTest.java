package dev.readiness.rules.structure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Outcome;
import dev.readiness.core.Location;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntryPointTest {

    @TempDir
    Path dir;

    private final EntryPoint rule = new EntryPoint();

    @Test
    void does_not_apply_when_no_entry_point_is_declared() {
        Outcome outcome = RuleHarness.in(dir).evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.NOT_APPLICABLE);
        assertThat(outcome.message()).isEqualTo("the contract declares no entryPoint");
    }

    @Test
    void passes_when_the_entry_point_is_compiled() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"entryPoint\": \"com.acme.churn.Foo\" }")
                .compiledClasses("com.acme.churn.Foo", "com.acme.churn.Bar")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(outcome.message()).isEqualTo("com.acme.churn.Foo is compiled into the build output");
    }

    @Test
    void accepts_a_nested_class_and_surrounding_whitespace() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"entryPoint\": \" com.acme.Cli$Main \" }")
                .compiledClasses("com.acme.Cli", "com.acme.Cli$Main")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_when_the_entry_point_is_not_compiled() {
        RuleHarness project = RuleHarness.in(dir)
                .contract("""
                        {
                          "contract": 1,
                          "entryPoint": "com.acme.churn.ScoreCli"
                        }
                        """)
                .compiledClasses("com.acme.other.ScoreCli");

        Outcome outcome = project.evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.VIOLATED);
        assertThat(outcome.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.message()).isEqualTo("the entry point com.acme.churn.ScoreCli is not compiled into target/classes");
            assertThat(finding.location()).contains(new Location(project.contractFile(), 3, 3));
            assertThat(finding.hint()).contains("src/main/java/com/acme/churn/ScoreCli.java");
        });
    }

    @Test
    void cannot_pass_before_compilation() {
        Outcome outcome = RuleHarness.in(dir)
                .contract("{ \"contract\": 1, \"entryPoint\": \"com.acme.churn.Foo\" }")
                .evaluate(rule);

        assertThat(outcome.kind()).isEqualTo(Outcome.Kind.UNREADABLE);
        assertThat(outcome.message()).startsWith("the build output ").endsWith(" does not exist");
    }
}

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

class ReproducibleTest {

    @TempDir
    Path dir;

    private final Reproducible rule = new Reproducible();

    private Outcome withTimestamp(String value) {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 2}");
        return project.with(PomEnvironment.in(project).outputTimestamp(value, 14)::applyTo).evaluate(rule);
    }

    @Test
    void passes_with_an_iso_timestamp_or_seconds_since_1970() {
        Outcome iso = withTimestamp("2026-01-01T00:00:00Z");
        assertThat(iso.kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(iso.message()).isEqualTo("project.build.outputTimestamp is 2026-01-01T00:00:00Z (pom.xml:14)");
        assertThat(withTimestamp("1767225600").kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(withTimestamp("2026-01-01T01:00:00+01:00").kind()).isEqualTo(Outcome.Kind.HOLDS);
    }

    @Test
    void fails_when_the_property_is_not_set() {
        RuleHarness project = RuleHarness.in(dir).contract("{\"contract\": 2}");
        project.with(PomEnvironment.in(project)::applyTo);

        Outcome outcome = project.evaluate(rule);

        assertThat(messages(outcome)).containsExactly("project.build.outputTimestamp is not set in the POM hierarchy: the "
                + "jar's entries carry the time of each build, so two builds of the same commit differ");
        assertThat(outcome.findings().get(0).location()).contains(Location.of(project.path("pom.xml")));
        assertThat(outcome.findings().get(0).subject()).isEqualTo("project.build.outputTimestamp");
        assertThat(outcome.findings().get(0).hint()).startsWith("add <project.build.outputTimestamp>2026-01-01T00:00:00Z"
                + "</project.build.outputTimestamp> to <properties> in pom.xml");
    }

    @Test
    void fails_for_values_that_turn_reproducibility_off_or_cannot_be_read() {
        assertThat(messages(withTimestamp("a"))).containsExactly(
                "project.build.outputTimestamp is \"a\": a value of one character turns reproducible timestamps off");
        assertThat(messages(withTimestamp("${git.commit.time}"))).containsExactly(
                "project.build.outputTimestamp is \"${git.commit.time}\": it refers to a property no POM defines");
        assertThat(messages(withTimestamp("yesterday"))).singleElement().asString()
                .startsWith("project.build.outputTimestamp is \"yesterday\": not an ISO-8601 date-time");
        assertThat(messages(withTimestamp("1970-01-01T00:00:00Z"))).singleElement().asString()
                .contains("outside the range a jar can record");
    }

    @Test
    void the_finding_points_at_the_property() {
        Outcome outcome = withTimestamp("x");

        assertThat(outcome.findings().get(0).location()).hasValueSatisfying(l -> assertThat(l.line()).isEqualTo(14));
    }
}

package dev.readiness.testing;

import dev.readiness.core.Location;
import dev.readiness.facts.Facts;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.facts.env.PomSettings.Setting;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Hand-built {@link PomSettings} for the {@code environment.*} rules, each setting written in the module's pom.xml on
 * the line given.
 *
 * <pre>{@code
 * RuleHarness project = RuleHarness.in(dir);
 * project.with(PomEnvironment.in(project).release("17", 12).outputTimestamp("2026-01-01T00:00:00Z", 13)::applyTo);
 * }</pre>
 */
public final class PomEnvironment {

    private final Path pom;
    private Optional<Setting> release = Optional.empty();
    private Optional<Setting> target = Optional.empty();
    private Optional<Setting> outputTimestamp = Optional.empty();
    private Optional<PomSettings.Jib> jib = Optional.empty();

    private PomEnvironment(Path pom) {
        this.pom = pom;
    }

    public static PomEnvironment in(RuleHarness project) {
        return new PomEnvironment(project.path("pom.xml"));
    }

    /** {@code maven.compiler.release}. */
    public PomEnvironment release(String value, int line) {
        release = Optional.of(new Setting(PomSettings.RELEASE_PROPERTY, PomSettings.RELEASE_PROPERTY, value,
                Location.of(pom, line)));
        return this;
    }

    /** The compiler plugin's {@code <release>}. */
    public PomEnvironment pluginRelease(String value, int line) {
        release = Optional.of(new Setting("maven-compiler-plugin <release>", PomSettings.COMPILER_PLUGIN, value,
                Location.of(pom, line)));
        return this;
    }

    public PomEnvironment target(String value, int line) {
        target = Optional.of(new Setting("maven.compiler.target", "maven.compiler.target", value, Location.of(pom, line)));
        return this;
    }

    public PomEnvironment outputTimestamp(String value, int line) {
        outputTimestamp = Optional.of(new Setting(PomSettings.OUTPUT_TIMESTAMP, PomSettings.OUTPUT_TIMESTAMP, value,
                Location.of(pom, line)));
        return this;
    }

    /** The jib-maven-plugin declared on {@code line}, without {@code <from><image>}. */
    public PomEnvironment jib(int line) {
        jib = Optional.of(new PomSettings.Jib(Optional.empty(), Location.of(pom, line)));
        return this;
    }

    /** The jib-maven-plugin with {@code <from><image>} on {@code line}. */
    public PomEnvironment jibFrom(String image, int line) {
        jib = Optional.of(new PomSettings.Jib(Optional.of(new Setting("jib-maven-plugin <from><image>",
                PomSettings.JIB_PLUGIN, image, Location.of(pom, line))), Location.of(pom, line - 3)));
        return this;
    }

    public PomSettings settings() {
        return new PomSettings(release, target, outputTimestamp, jib, Location.of(pom));
    }

    public void applyTo(Facts.Builder facts) {
        facts.pomSettings(settings());
    }
}

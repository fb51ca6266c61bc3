package dev.readiness.rules.environment;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.facts.env.PomSettings.Setting;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * {@code environment.reproducible}: {@code project.build.outputTimestamp} is set, so the archive plugins stamp every
 * entry with it instead of the build's clock and the same commit builds the same jar, byte for byte.
 */
public final class Reproducible implements Rule {

    /** The range the zip format and Maven's archiver accept. */
    private static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:02Z");
    private static final Instant LATEST = Instant.parse("2099-12-31T23:59:59Z");
    private static final String EXAMPLE = "2026-01-01T00:00:00Z";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("environment.reproducible")
            .summary("project.build.outputTimestamp is set in the POM, so the same commit builds the same jar")
            .because("Pinned environment: an artifact that differs at every build cannot be verified against its "
                    + "source; with a fixed timestamp a rebuild proves which commit a jar came from.")
            .help("Add <project.build.outputTimestamp>" + EXAMPLE + "</project.build.outputTimestamp> to the POM's "
                    + "<properties>; the maven-release-plugin updates it at each release.")
            .sinceContract(2)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        PomSettings settings = context.require(context.facts().pomSettings());
        String property = PomSettings.OUTPUT_TIMESTAMP;
        if (settings.outputTimestamp().isEmpty()) {
            return Outcome.violated(Finding.of(property + " is not set in the POM hierarchy: the jar's entries carry "
                            + "the time of each build, so two builds of the same commit differ")
                    .at(settings.pom())
                    .subject(property)
                    .hint("add <" + property + ">" + EXAMPLE + "</" + property + "> to <properties> in "
                            + settings.pom().file().getFileName() + " or a parent POM (the maven-release-plugin "
                            + "updates it at each release)"));
        }
        Setting timestamp = settings.outputTimestamp().get();
        Optional<String> problem = problem(timestamp.value().trim());
        if (problem.isPresent()) {
            return Outcome.violated(Finding.of(property + " is \"" + timestamp.value() + "\": " + problem.get())
                    .at(timestamp.location())
                    .subject(property)
                    .hint("write an ISO-8601 date-time such as " + EXAMPLE + " (or seconds since 1970)"));
        }
        return Outcome.holds(property + " is " + timestamp.value().trim() + " (" + Java.display(timestamp.location(),
                context.facts().project()) + ")");
    }

    /** What is wrong with a value, as Maven's archiver reads it; empty when it is a usable timestamp. */
    static Optional<String> problem(String value) {
        if (value.length() < 2) {
            return Optional.of("a value of one character turns reproducible timestamps off");
        }
        if (value.contains("${")) {
            return Optional.of("it refers to a property no POM defines");
        }
        Instant instant;
        if (value.matches("\\d+")) {
            try {
                instant = Instant.ofEpochSecond(Long.parseLong(value));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return Optional.of("the number is too large for seconds since 1970");
            }
        } else {
            try {
                instant = OffsetDateTime.parse(value).toInstant();
            } catch (DateTimeParseException e) {
                return Optional.of("not an ISO-8601 date-time with an offset (" + EXAMPLE + ") or seconds since 1970");
            }
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            return Optional.of("outside the range a jar can record (" + EARLIEST + " to " + LATEST + ")");
        }
        return Optional.empty();
    }
}

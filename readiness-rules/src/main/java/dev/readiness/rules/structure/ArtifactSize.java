package dev.readiness.rules.structure;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.ArtifactContents;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@code structure.artifact-size}: data sets and model dumps do not ride along in the jar. */
public final class ArtifactSize implements Rule {

    public static final Option<Long> MAX_BYTES = Option.of("maxBytes", OptionType.wholeNumber(1), 50L * 1024 * 1024,
            Option.Strictness.LOWER, "largest allowed main artifact, in bytes");
    public static final Option<Long> MAX_RESOURCE_BYTES = Option.of("maxResourceBytes", OptionType.wholeNumber(1),
            5L * 1024 * 1024, Option.Strictness.LOWER, "largest allowed single entry of the main artifact, in bytes");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("structure.artifact-size")
            .severity(Severity.WARN)
            .summary("The main artifact is at most 50 MiB and no packaged resource exceeds 5 MiB")
            .because("Packaged code following project-structure conventions: data does not belong in the jar; it is "
                    + "versioned and delivered on its own.")
            .help("Move large data and model files to an artifact store and load them at start-up, or raise the limit "
                    + "in the contract if the file really is code.")
            .options(MAX_BYTES, MAX_RESOURCE_BYTES)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        if ("pom".equals(context.facts().project().packaging())) {
            return Outcome.notApplicable("a pom-packaged project has no main artifact");
        }
        ArtifactContents artifact = context.require(context.facts().mainArtifact());
        long maxBytes = context.option(MAX_BYTES);
        long maxResourceBytes = context.option(MAX_RESOURCE_BYTES);
        ArtifactContents contents = artifact;
        List<Finding> findings = new ArrayList<>();
        if (contents.sizeBytes() > maxBytes) {
            findings.add(Finding.of("the main artifact " + contents.file().getFileName() + " is " + size(contents.sizeBytes())
                            + ", more than the " + size(maxBytes) + " allowed")
                    .at(Location.of(contents.file()))
                    .subject(contents.file().getFileName().toString())
                    .hint("move data out of the jar, or raise rules.structure.artifact-size.maxBytes"));
        }
        for (ArtifactContents.Entry entry : contents.entries()) {
            if (entry.sizeBytes() > maxResourceBytes) {
                findings.add(Finding.of("the packaged file " + entry.name() + " is " + size(entry.sizeBytes())
                                + ", more than the " + size(maxResourceBytes) + " allowed for one resource")
                        .at(Location.of(Path.of(contents.file() + "!/" + entry.name())))
                        .subject(entry.name())
                        .hint("load " + entry.name() + " from an artifact store at start-up instead of packaging it"));
            }
        }
        return Outcome.of(findings, contents.file().getFileName() + " is " + size(contents.sizeBytes()));
    }

    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
    }
}

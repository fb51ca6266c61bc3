package dev.readiness.rules.dependencies;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.DependencyLock.Change;
import dev.readiness.facts.deps.DependencyLock;
import dev.readiness.readers.LockFile;
import dev.readiness.rules.Findings;
import java.util.List;
import java.util.Optional;

/** {@code dependencies.lock}: the build resolves exactly what {@code readiness-lock.json} recorded, checksums included. */
public final class Lock implements Rule {

    private static final String RELOCK = "mvn readiness:lock";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.lock")
            .severity(Severity.WARN)
            .summary("The resolved dependencies and plugins match readiness-lock.json, checksums included")
            .because("Dependency declarations with pinned versions: pinned versions in the POM do not pin what they "
                    + "bring in transitively, nor the bytes of a re-published artifact; the lock records both.")
            .help("Run " + RELOCK + " and commit readiness-lock.json; run it again when a dependency change is intended. "
                    + "Modules of the same build and SNAPSHOTs are locked by coordinates only. The check downloads "
                    + "nothing: a plugin the build does not run (the clean, install, deploy and site plugins of a "
                    + "verify) is compared by version, its checksum in a build that runs it.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        Optional<DependencyLock> recorded = context.require(facts.recordedLock());
        if (recorded.isEmpty()) {
            return Outcome.violated(Finding.of("no " + LockFile.NAME + ": the resolved dependencies and plugins are not locked")
                    .at(Location.of(facts.project().pomFile()))
                    .hint("run " + RELOCK + " and commit " + LockFile.NAME));
        }
        DependencyLock current = context.require(facts.lock());
        List<Change> changes = DependencyLock.diff(recorded.get(), current);
        Location lockFile = Location.of(LockFile.in(facts.project().baseDir()).file());
        List<Finding> findings = changes.stream()
                .map(change -> Finding.of(change.toString() + (change.added() ? ", not in " : change.removed()
                                ? ", locked but no longer resolved" : ", against ") + (change.removed() ? "" : LockFile.NAME))
                        .at(lockFile)
                        .subject(subject(change.id()))
                        .hint("if the change is intended, run " + RELOCK + " and commit " + LockFile.NAME
                                + "; if not, find what changed it with mvn dependency:tree"))
                .toList();
        return Outcome.of(Findings.capped(findings, findings.size(), "differences from " + LockFile.NAME,
                        "run " + RELOCK + " to see them all"),
                current.dependencies().size() + " dependencies and " + current.plugins().size()
                        + " plugins match " + LockFile.NAME + (current.notRun().isEmpty() ? ""
                        : " (" + current.notRun().size() + " by version only, as the build does not run them: "
                                + String.join(", ", current.notRun()) + ")"));
    }

    /** {@code groupId:artifactId} of a lock entry's id ({@code g:a:type[:classifier]} or {@code g:a}). */
    private static String subject(String id) {
        String[] parts = id.split(":");
        return parts.length >= 2 ? parts[0] + ":" + parts[1] : id;
    }
}

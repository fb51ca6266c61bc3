package dev.readiness.rules.dependencies;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Evidence;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DeclaredVersions.Declaration;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.RangeRequest;
import dev.readiness.facts.deps.VersionRange;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dependencies.no-ranges}: every version in the POMs is one version, not a range, LATEST or RELEASE; and no
 * range comes in through a dependency's own POM, where it floats just the same.
 */
public final class NoRanges implements Rule {

    /** What a range of one version ({@code [1.0]}) is: a pin that still costs a metadata lookup. */
    private static final String EXACT = ", a range of exactly one version: it pins ";
    private static final String METADATA = ", yet Maven still resolves it through the repository's metadata "
            + "(maven-metadata.xml), so the build reads the remote repositories for it and fails where they cannot be read";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.no-ranges")
            .severity(Severity.ERROR)
            .summary("No version range, LATEST or RELEASE in the POM, its parents or the dependency tree")
            .because("Dependency declarations with pinned versions: a range resolves to whatever the repository has "
                    + "on the day of the build, so the artifact engineering ships is not the one data science tested.")
            .help("Write one version in each <version> of dependencies, dependencyManagement, plugins, plugin "
                    + "dependencies, extensions and parent, in the module's POM and its parents; pin a range that comes "
                    + "in through a dependency in <dependencyManagement>.")
            .pomPackaging()
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        DeclaredVersions declared = context.require(facts.declaredVersions());
        // Ranges written in the POMs of dependencies float as well; only the verbose graph keeps them.
        DependencyGraph tree = context.require(facts.dependencyConflicts());
        List<Finding> findings = new ArrayList<>();
        int versions = 0;
        for (Declaration declaration : declared.declarations()) {
            if (!declaration.hasVersion()) {
                continue;
            }
            versions++;
            String version = declaration.effectiveVersion();
            if (!VersionRange.isRange(version) && !VersionRange.isDynamic(version)) {
                continue;
            }
            String written = declaration.version().equals(version) ? "" : " (written " + declaration.version() + ")";
            Optional<String> exact = VersionRange.exactVersion(version);
            Finding finding = exact.isPresent()
                    ? Finding.of(declaration.describe() + " has the version " + version + written + EXACT + exact.get()
                            + METADATA).hint("write the version without brackets: <version>" + exact.get() + "</version>")
                    : Finding.of(declaration.describe() + " has " + what(version) + written + meaning(version))
                            .hint(pin(declaration, facts));
            findings.add(finding.at(declaration.location()).subject(declaration.key()));
        }
        Set<String> reported = new HashSet<>();
        for (RangeRequest request : tree.ranges()) {
            if (!request.isTransitive() || !reported.add(request.resolved().key())) {
                continue;
            }
            findings.add(transitive(tree, request, facts));
        }
        return Outcome.of(findings, versions + " declared versions, none a range, LATEST or RELEASE, and none in the "
                + "dependency tree (" + tree.nodes().size() + " resolved)");
    }

    private static Finding transitive(DependencyGraph tree, RangeRequest request, Facts facts) {
        Coordinates resolved = request.resolved();
        String through = " through " + request.direct().key() + " (" + tree.describe(request.path()) + ")";
        Optional<String> exact = VersionRange.exactVersion(request.range());
        String message = exact.isPresent()
                ? "dependency " + resolved.key() + " comes in with the version " + request.range() + through + EXACT
                        + exact.get() + METADATA
                : "dependency " + resolved.key() + " comes in with " + what(request.range()) + through
                        + meaning(request.range()) + "; this build resolved " + resolved.version();
        String pinned = exact.orElse(resolved.version());
        return Finding.of(message)
                .at(Origin.location(facts, request.path()))
                .subject(resolved.key())
                .hint("pin it in <dependencyManagement> of " + Origin.pomName(facts) + ": <dependency><groupId>"
                        + resolved.groupId() + "</groupId><artifactId>" + resolved.artifactId() + "</artifactId><version>"
                        + pinned + "</version></dependency>, or use a version of " + request.direct().artifactId()
                        + " whose POM pins it");
    }

    private static String what(String version) {
        return VersionRange.isRange(version) ? "the version range " + version : "the version " + version;
    }

    private static String meaning(String version) {
        return VersionRange.isRange(version) ? ", which resolves to the newest version in the repository that fits"
                : ", which resolves to whatever was published last";
    }
    private static String pin(Declaration declaration, Facts facts) {
        Optional<String> current = resolved(declaration, facts);
        return current.isPresent() ? "pin the version this build resolved: <version>" + current.get() + "</version>"
                : "write one version, such as the newest the range allows that you have tested";
    }

    private static Optional<String> resolved(Declaration declaration, Facts facts) {
        switch (declaration.kind()) {
            case DEPENDENCY, MANAGED_DEPENDENCY -> {
                Evidence<DependencyGraph> graph = facts.dependencies();
                Optional<DependencyGraph.Node> node = graph.isPresent() ? graph.value().resolved(declaration.key())
                        : Optional.empty();
                return node.isPresent() ? Optional.of(node.get().coordinates().version()) : Optional.empty();
            }
            case PLUGIN, MANAGED_PLUGIN -> {
                Evidence<BuildPlugins> plugins = facts.buildPlugins();
                if (plugins.isPresent()) {
                    for (BuildPlugins.BuildPlugin plugin : plugins.value().plugins()) {
                        if (plugin.key().equals(declaration.key())) {
                            return Optional.of(plugin.version());
                        }
                    }
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}

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
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DeclaredVersions.Declaration;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.VersionRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code dependencies.no-ranges}: every version in the POMs is one version, not a range, LATEST or RELEASE. */
public final class NoRanges implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.no-ranges")
            .severity(Severity.ERROR)
            .summary("No version range, LATEST or RELEASE in the POM or its parents")
            .because("Dependency declarations with pinned versions: a range resolves to whatever the repository has "
                    + "on the day of the build, so the artifact engineering ships is not the one data science tested.")
            .help("Write one version in each <version> of dependencies, dependencyManagement, plugins, plugin "
                    + "dependencies, extensions and parent, in the module's POM and its parents.")
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
        List<Finding> findings = new ArrayList<>();
        int versions = 0;
        for (Declaration declaration : declared.declarations()) {
            if (!declaration.hasVersion()) {
                continue;
            }
            versions++;
            String version = declaration.effectiveVersion();
            boolean range = VersionRange.isRange(version);
            if (!range && !VersionRange.isDynamic(version)) {
                continue;
            }
            String written = declaration.version().equals(version) ? "" : " (written " + declaration.version() + ")";
            String what = range ? "the version range " + version : "the version " + version;
            String meaning = range ? ", which resolves to the newest version in the repository that fits"
                    : ", which resolves to whatever was published last";
            findings.add(Finding.of(declaration.describe() + " has " + what + written + meaning)
                    .at(declaration.location())
                    .hint(pin(declaration, facts)));
        }
        return Outcome.of(findings, versions + " declared versions, none a range, LATEST or RELEASE");
    }

    private static String pin(Declaration declaration, Facts facts) {
        Optional<String> current = resolved(declaration, facts);
        return current.map(v -> "pin the version this build resolved: <version>" + v + "</version>")
                .orElse("write one version, such as the newest the range allows that you have tested");
    }

    private static Optional<String> resolved(Declaration declaration, Facts facts) {
        switch (declaration.kind()) {
            case DEPENDENCY, MANAGED_DEPENDENCY -> {
                Evidence<DependencyGraph> graph = facts.dependencies();
                return graph.isPresent()
                        ? graph.value().resolved(declaration.key()).map(n -> n.coordinates().version())
                        : Optional.empty();
            }
            case PLUGIN, MANAGED_PLUGIN -> {
                Evidence<BuildPlugins> plugins = facts.buildPlugins();
                return plugins.isPresent()
                        ? plugins.value().plugins().stream().filter(p -> p.key().equals(declaration.key()))
                                .map(BuildPlugins.BuildPlugin::version).findFirst()
                        : Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}

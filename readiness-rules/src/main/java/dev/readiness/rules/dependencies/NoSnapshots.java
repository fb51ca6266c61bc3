package dev.readiness.rules.dependencies;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DeclaredVersions.Declaration;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.Node;
import dev.readiness.facts.deps.Version;
import java.util.ArrayList;
import java.util.List;

/** {@code dependencies.no-snapshots}: a release depends on releases only. */
public final class NoSnapshots implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.no-snapshots")
            .severity(Severity.ERROR)
            .summary("No SNAPSHOT parent, dependency (all scopes) or plugin in a release")
            .because("Dependency declarations with pinned versions: a SNAPSHOT is a moving target, so a release built "
                    + "on one cannot be rebuilt or audited.")
            .help("Release what the build depends on first and depend on that version; modules of the same build get "
                    + "their release versions from mvn release:prepare.")
            .releaseOnly()
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
        DependencyGraph graph = context.require(facts.dependencies());
        BuildPlugins plugins = context.require(facts.buildPlugins());
        List<Finding> findings = new ArrayList<>();
        for (Declaration parent : declared.declarations()) {
            if (parent.kind() == DeclaredVersions.Kind.PARENT && Version.isSnapshot(parent.effectiveVersion())) {
                findings.add(Finding.of("parent " + parent.key() + ":" + parent.effectiveVersion() + " is a SNAPSHOT")
                        .at(parent.location())
                        .subject(parent.key())
                        .hint("release the parent POM and refer to its release version"));
            }
        }
        for (Node node : graph.nodes()) {
            if (!node.coordinates().isSnapshot()) {
                continue;
            }
            String kind = node.reactorModule() ? "module of this build " : "";
            findings.add(Finding.of("dependency " + kind + node.coordinates() + " (" + node.scope() + ") is a SNAPSHOT, "
                            + Origin.path(graph, node))
                    .at(Origin.location(facts, node.path()))
                    .subject(node.coordinates().key())
                    .hint(node.reactorModule()
                            ? "release the whole build with mvn release:prepare, which sets every module's release version"
                            : "depend on a released version of " + node.coordinates().key()));
        }
        for (BuildPlugin plugin : plugins.plugins()) {
            if (Version.isSnapshot(plugin.version())) {
                findings.add(Finding.of("plugin " + plugin.key() + ":" + plugin.version() + " is a SNAPSHOT")
                        .at(plugins.location(plugin))
                        .subject(plugin.key())
                        .hint("use a released version of " + plugin.key()));
            }
        }
        return Outcome.of(findings, "no SNAPSHOT among the parents, " + graph.nodes().size()
                + " dependencies and " + plugins.plugins().size() + " plugins");
    }
}

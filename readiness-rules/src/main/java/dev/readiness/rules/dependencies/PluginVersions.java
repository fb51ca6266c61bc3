package dev.readiness.rules.dependencies;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.BuildPlugins.BuildPlugin;
import java.util.ArrayList;
import java.util.List;

/** {@code dependencies.plugin-versions}: every plugin the build runs has its version written in a POM. */
public final class PluginVersions implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.plugin-versions")
            .severity(Severity.ERROR)
            .summary("Every build plugin, lifecycle defaults included, has an explicit version in the POMs")
            .because("Dependency declarations with pinned versions: a plugin whose version Maven supplies (the "
                    + "packaging's lifecycle, the super POM) changes when the Maven version does, and with it how the "
                    + "artifact is compiled, tested and packaged.")
            .help("Pin each plugin in <build><pluginManagement> of the module's POM or of a parent POM shared by "
                    + "the organisation.")
            .pomPackaging()
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        BuildPlugins plugins = context.require(facts.buildPlugins());
        List<Finding> findings = new ArrayList<>();
        for (BuildPlugin plugin : plugins.plugins()) {
            if (plugin.pinned()) {
                continue;
            }
            Location where = plugins.location(plugin);
            String pom = DisplayPaths.display(where.file(), facts.project().baseDir(),
                    facts.project().reactorRoot());
            String pin = "<plugin><groupId>" + plugin.groupId() + "</groupId><artifactId>" + plugin.artifactId()
                    + "</artifactId><version>" + plugin.version() + "</version></plugin>";
            findings.add(Finding.of("plugin " + plugin.key() + " has no version in the POMs; Maven supplies "
                            + plugin.version() + " from its defaults, which change with the Maven version")
                    .at(where)
                    .subject(plugin.key())
                    .hint(plugin.declaredAt().isPresent()
                            ? "write its version where " + pom + " declares it: <version>" + plugin.version()
                                    + "</version>, or pin it in <build><pluginManagement><plugins> of a parent POM: " + pin
                            : "pin it in <build><pluginManagement><plugins> of " + pom + " or a parent POM: " + pin));
        }
        return Outcome.of(findings, plugins.plugins().size() + " build plugins, each with a version in the POMs");
    }
}

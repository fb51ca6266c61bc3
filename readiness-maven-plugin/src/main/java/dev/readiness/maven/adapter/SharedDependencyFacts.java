package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.facts.Facts;
import dev.readiness.manifest.PreviousRelease;
import dev.readiness.facts.deps.BuildPlugins;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DependencyGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * What the modules of one build share to get their dependency facts: the verbose graphs collected so far and the
 * checksums computed so far. One per Maven session (held by {@code ReadinessBuild}).
 */
public final class SharedDependencyFacts {

    private final DependencyGraphs graphs;
    private final RepositoryFiles files;
    private final PreviousReleases releases;

    public SharedDependencyFacts(RepositorySystem system) {
        this.graphs = new DependencyGraphs(system);
        this.files = new RepositoryFiles(system);
        this.releases = new PreviousReleases(system);
    }

    public DependencyGraphs graphs() {
        return graphs;
    }

    /**
     * Gives the module's facts its dependency evidence and its previous release, each piece gathered when a rule first asks for it.
     *
     * @param jars whether the lock may fetch the jars of plugins the build does not run
     */
    public Facts.Builder addTo(Facts.Builder facts, MavenProject project, MavenSession session, Log log,
            RepositoryFiles.PluginJars jars) {
        Checked module = new Checked(project, session, log);
        return facts
                .dependencies(new Resolved(module))
                .dependencyConflicts(new Conflicts(module))
                .declaredVersions(new Declared(module))
                .buildPlugins(new Plugins(module))
                .artifactFiles(files.of(project, session.getRepositorySession(), jars))
                .previousRelease(new Previous(module));
    }

    // Each piece of a module's evidence, gathered on each call (the facts memoize what they hand out). Classes rather
    // than a lambda per piece: these are made in every check, the first time in a JVM that has linked no lambda yet.

    private record Resolved(Checked module) implements Supplier<Evidence<DependencyGraph>> {
        @Override
        public Evidence<DependencyGraph> get() {
            return module.resolved();
        }
    }

    private record Conflicts(Checked module) implements Supplier<Evidence<DependencyGraph>> {
        @Override
        public Evidence<DependencyGraph> get() {
            return module.conflicts();
        }
    }

    private record Declared(Checked module) implements Supplier<Evidence<DeclaredVersions>> {
        @Override
        public Evidence<DeclaredVersions> get() {
            return Evidence.of(MavenDependencies.declaredVersions(module.project, module.session));
        }
    }

    private record Plugins(Checked module) implements Supplier<Evidence<BuildPlugins>> {
        @Override
        public Evidence<BuildPlugins> get() {
            return Evidence.of(MavenDependencies.buildPlugins(module.project, module.session));
        }
    }

    private record Previous(Checked module) implements Supplier<Evidence<PreviousRelease>> {
        @Override
        public Evidence<PreviousRelease> get() {
            return module.previousRelease();
        }
    }

    /** A module being checked, with its resolved graph once gathered: the verbose graph also needs it. */
    private final class Checked {
        private final MavenProject project;
        private final MavenSession session;
        private final Log log;
        private Evidence<DependencyGraph> resolved;

        Checked(MavenProject project, MavenSession session, Log log) {
            this.project = project;
            this.session = session;
            this.log = log;
        }

        private Evidence<PreviousRelease> previousRelease() {
            return releases.find(project, session.getRepositorySession());
        }

        private synchronized Evidence<DependencyGraph> resolved() {
            if (resolved == null) {
                resolved = Evidence.of(MavenDependencies.resolved(project, session));
            }
            return resolved;
        }

        private Evidence<DependencyGraph> conflicts() {
            Evidence<DependencyGraph> graph = resolved();
            Evidence<DependencyGraphs.Verbose> verbose = graphs.verbose(project, session.getRepositorySession(), log);
            if (!verbose.isPresent()) {
                return verbose.asMissing();
            }
            // The shared graph knows what was managed; this module's POMs know where.
            List<DependencyGraph.Managed> managed = new ArrayList<>();
            for (DependencyGraph.Managed m : verbose.value().managed()) {
                managed.add(m.at(MavenDependencies.managedAt(project, m.requested().key())));
            }
            return Evidence.of(graph.value().verbose(verbose.value().omitted(), managed, verbose.value().ranges()));
        }
    }
}

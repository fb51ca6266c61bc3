package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.facts.Facts;
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
        Module module = new Module(project, session, log);
        return facts
                .dependencies(new Gathered<>(module, Kind.RESOLVED))
                .dependencyConflicts(new Gathered<>(module, Kind.CONFLICTS))
                .declaredVersions(new Gathered<>(module, Kind.DECLARED_VERSIONS))
                .buildPlugins(new Gathered<>(module, Kind.BUILD_PLUGINS))
                .artifactFiles(files.of(project, session.getRepositorySession(), jars))
                .previousRelease(new Gathered<>(module, Kind.PREVIOUS_RELEASE));
    }

    /** The pieces of a module's evidence that Maven's resolver and repositories give. */
    private enum Kind {
        RESOLVED, CONFLICTS, DECLARED_VERSIONS, BUILD_PLUGINS, PREVIOUS_RELEASE
    }

    /**
     * One piece of a module's evidence, gathered on each call (the facts memoize what they hand out). A class rather
     * than a lambda per piece: these are made in every check, the first time in a JVM that has linked no lambda yet.
     */
    private static final class Gathered<T> implements Supplier<T> {
        private final Module module;
        private final Kind kind;

        Gathered(Module module, Kind kind) {
            this.module = module;
            this.kind = kind;
        }

        @Override
        @SuppressWarnings("unchecked") // each Kind is handed to the builder method of its evidence's type, above
        public T get() {
            return (T) module.gather(kind);
        }
    }

    /** A module being checked, with its resolved graph once gathered: the verbose graph also needs it. */
    private final class Module {
        private final MavenProject project;
        private final MavenSession session;
        private final Log log;
        private Evidence<DependencyGraph> resolved;

        Module(MavenProject project, MavenSession session, Log log) {
            this.project = project;
            this.session = session;
            this.log = log;
        }

        Object gather(Kind kind) {
            return switch (kind) {
                case RESOLVED -> resolved();
                case CONFLICTS -> conflicts();
                case DECLARED_VERSIONS -> Evidence.of(MavenDependencies.declaredVersions(project, session));
                case BUILD_PLUGINS -> Evidence.of(MavenDependencies.buildPlugins(project, session));
                case PREVIOUS_RELEASE -> releases.find(project, session.getRepositorySession());
            };
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
            if (verbose instanceof Evidence.Missing<DependencyGraphs.Verbose> missing) {
                return new Evidence.Missing<>(missing.reason(), missing.hint(), missing.location());
            }
            // The shared graph knows what was managed; this module's POMs know where.
            List<DependencyGraph.Managed> managed = new ArrayList<>();
            for (DependencyGraph.Managed m : verbose.value().managed()) {
                managed.add(m.at(MavenDependencies.managedAt(project, m.requested().key())));
            }
            return Evidence.of(graph.value().verbose(verbose.value().omitted(), List.copyOf(managed),
                    verbose.value().ranges()));
        }
    }
}

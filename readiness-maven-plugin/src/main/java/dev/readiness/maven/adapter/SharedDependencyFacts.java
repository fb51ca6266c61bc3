package dev.readiness.maven.adapter;

import dev.readiness.core.Evidence;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.DependencyGraph;
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
        Supplier<Evidence<DependencyGraph>> resolved = memo(() -> Evidence.of(MavenDependencies.resolved(project, session)));
        return facts
                .dependencies(resolved)
                .dependencyConflicts(() -> {
                    Evidence<DependencyGraph> graph = resolved.get();
                    Evidence<DependencyGraphs.Verbose> verbose = graphs.verbose(project, session.getRepositorySession(), log);
                    if (!verbose.isPresent()) {
                        return verbose.map(v -> null);
                    }
                    // The shared graph knows what was managed; this module's POMs know where.
                    List<DependencyGraph.Managed> managed = verbose.value().managed().stream()
                            .map(m -> m.at(MavenDependencies.managedAt(project, m.requested().key()))).toList();
                    return Evidence.of(graph.value().verbose(verbose.value().omitted(), managed, verbose.value().ranges()));
                })
                .declaredVersions(() -> Evidence.of(MavenDependencies.declaredVersions(project, session)))
                .buildPlugins(() -> Evidence.of(MavenDependencies.buildPlugins(project, session)))
                .artifactFiles(files.of(project, session.getRepositorySession(), jars))
                .previousRelease(() -> releases.find(project, session.getRepositorySession()));
    }

    /** The facts memoize what they hand out; the verbose graph also needs the resolved one, so share it. */
    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}

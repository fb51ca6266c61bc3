package dev.readiness.rules.dependencies;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DeclaredVersions;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.Node;
import java.util.List;
import java.util.Optional;

/** Where a resolved artifact comes from: its request path and the POM line that starts it. */
final class Origin {

    private Origin() {
    }

    /** {@code declared directly} or {@code through app -> zookeeper 3.4.6 -> log4j 1.2.17}. */
    static String path(DependencyGraph graph, Node node) {
        return node.isDirect() ? "declared directly" : "through " + graph.describe(node.path());
    }

    /** The line of the module's POM (or a parent's) that declares the direct dependency the artifact comes through. */
    static Location location(Facts facts, List<Coordinates> path) {
        Evidence<DeclaredVersions> declared = facts.declaredVersions();
        if (declared.isPresent() && !path.isEmpty()) {
            Optional<DeclaredVersions.Declaration> declaration = declared.value().dependency(path.get(0).key());
            if (declaration.isPresent()) {
                return declaration.get().location();
            }
        }
        return Location.of(facts.project().pomFile());
    }

    static String pomName(Facts facts) {
        return facts.project().pomFile().getFileName().toString();
    }
}

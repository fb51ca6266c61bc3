package dev.readiness.rules.dependencies;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.Coordinates;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.Managed;
import dev.readiness.facts.deps.DependencyGraph.Node;
import dev.readiness.facts.deps.DependencyGraph.Omitted;
import dev.readiness.facts.deps.Version;
import dev.readiness.facts.deps.VersionRange;
import dev.readiness.rules.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code dependencies.convergence}: no library is resolved below a version something in the tree asks for
 * ({@code upper-bound}), or, in {@code strict} mode, every library is asked for in one version only.
 */
public final class Convergence implements Rule {

    /** How many request paths a finding spells out; a popular library can be requested from dozens of places. */
    static final int PATHS_SHOWN = 3;

    /** Highest requested version first; equal versions keep their order in the tree. */
    private static final Comparator<DependencyGraph.Request> HIGHEST_FIRST = new Comparator<>() {
        @Override
        public int compare(DependencyGraph.Request left, DependencyGraph.Request right) {
            return Version.compare(right.requested().version(), left.requested().version());
        }
    };

    public static final String UPPER_BOUND = "upper-bound";
    public static final String STRICT = "strict";

    public static final Option<String> MODE = Option.of("mode", OptionType.oneOf(UPPER_BOUND, STRICT), UPPER_BOUND,
            Option.Strictness.NEITHER, "upper-bound: each resolved version is at least every version requested for it; "
                    + "strict: one version per groupId:artifactId in the whole tree");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.convergence")
            .severity(Severity.ERROR)
            .summary("Each resolved version is at least every version requested for it (mode strict: one version per library)")
            .because("Dependency declarations with pinned versions: when Maven's nearest-wins picks a lower version "
                    + "than a library was built against, the product fails at run time with NoSuchMethodError, far "
                    + "from the build that caused it.")
            .help("Manage the version in <dependencyManagement>, raise the direct dependency, or exclude the old "
                    + "version from the dependency that brings it in; mvn dependency:tree -Dverbose shows the requests.")
            .options(MODE)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        DependencyGraph graph = context.require(facts.dependencyConflicts());
        boolean strict = STRICT.equals(context.option(MODE));
        Map<String, Node> resolved = graph.byKey();
        Map<String, List<Omitted>> conflicting = new LinkedHashMap<>();
        for (Omitted request : graph.omitted()) {
            Node winner = resolved.get(request.requested().key());
            if (winner == null) {
                continue;
            }
            int order = Version.compare(winner.coordinates().version(), request.requested().version());
            if (order < 0 || strict && order != 0) {
                add(conflicting, request.requested().key(), request);
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Omitted>> entry : conflicting.entrySet()) {
            Node winner = resolved.get(entry.getKey());
            List<Omitted> requests = new ArrayList<>(entry.getValue());
            requests.sort(HIGHEST_FIRST);
            findings.add((strict ? diverging(graph, winner, requests, facts) : belowRequested(graph, winner, requests, facts))
                    .subject(entry.getKey()));
        }
        // dependencyManagement forcing a version below a request is the same risk as nearest-wins doing it (the
        // enforcer's requireUpperBoundDeps flags it too), in both modes: management is how to converge, not to go down.
        Map<String, List<Managed>> managedBelow = new LinkedHashMap<>();
        for (Managed request : graph.managed()) {
            if (!VersionRange.isRange(request.requested().version()) && !VersionRange.isRange(request.managedVersion())
                    && Version.compare(request.managedVersion(), request.requested().version()) < 0
                    && !conflicting.containsKey(request.requested().key())) {
                add(managedBelow, request.requested().key(), request);
            }
        }
        for (Map.Entry<String, List<Managed>> entry : managedBelow.entrySet()) {
            List<Managed> requests = new ArrayList<>(entry.getValue());
            requests.sort(HIGHEST_FIRST);
            findings.add(managedDown(graph, requests, facts).subject(entry.getKey()));
        }
        String holds = strict
                ? "each of " + resolved.size() + " libraries is requested in one version, none managed below a request"
                : "each of " + resolved.size() + " resolved versions is at least every version requested for it";
        return Outcome.of(Findings.capped(findings, findings.size(), "libraries that do not converge",
                "see all of them in target/readiness/report.json or with mvn dependency:tree -Dverbose"), holds);
    }

    private static Finding belowRequested(DependencyGraph graph, Node winner, List<Omitted> higher, Facts facts) {
        String highest = higher.get(0).requested().version();
        String message = winner.coordinates().key() + " resolves to " + winner.coordinates().version() + " ("
                + graph.describe(winner.path()) + "), below the " + versions(higher) + " requested by "
                + paths(graph, higher);
        return Finding.of(message)
                .at(Origin.location(facts, winner.path()))
                .hint(fix(winner, highest, facts));
    }

    private static Finding managedDown(DependencyGraph graph, List<Managed> higher, Facts facts) {
        Managed first = higher.get(0);
        Coordinates requested = first.requested();
        Optional<Location> managedAt = first.managedAt();
        String at = managedAt.isPresent()
                ? " at " + managedAt.get().file() + (managedAt.get().hasLine() ? ":" + managedAt.get().line() : "")
                : "";
        List<String> distinct = distinctVersions(higher);
        String message = requested.key() + " is managed to " + first.managedVersion() + at + ", below the "
                + String.join(", ", distinct) + " requested by " + paths(graph, higher);
        String where = managedAt.isPresent()
                ? DisplayPaths.display(managedAt.get().file(), facts.project().baseDir(), facts.project().reactorRoot())
                : Origin.pomName(facts);
        return Finding.of(message)
                .at(managedAt.isPresent() ? managedAt.get() : Origin.location(facts, first.path()))
                .hint("raise the managed version of " + requested.key() + " in " + where + " to " + distinct.get(0)
                        + ", or, when " + first.managedVersion() + " is needed, exclude " + requested.key()
                        + " from the dependency on " + first.path().get(0).artifactId() + " and check that it works "
                        + "with " + first.managedVersion());
    }

    private static Finding diverging(DependencyGraph graph, Node winner, List<Omitted> others, Facts facts) {
        List<String> distinct = distinctVersions(others);
        long versions = distinct.size() + 1;
        String message = winner.coordinates().key() + " is requested in " + versions + " versions: "
                + winner.coordinates().version() + " resolved (" + graph.describe(winner.path()) + ") vs "
                + paths(graph, others);
        String highest = winner.coordinates().version();
        for (String version : distinct) {
            if (Version.compare(version, highest) > 0) {
                highest = version;
            }
        }
        return Finding.of(message)
                .at(Origin.location(facts, winner.path()))
                .hint("manage one version: add <dependency><groupId>" + winner.coordinates().groupId() + "</groupId><artifactId>"
                        + winner.coordinates().artifactId() + "</artifactId><version>" + highest + "</version></dependency> to "
                        + "<dependencyManagement> in " + Origin.pomName(facts) + ", or exclude it from the dependencies "
                        + "that request the other versions");
    }

    private static String fix(Node winner, String highest, Facts facts) {
        String managed = "<dependency><groupId>" + winner.coordinates().groupId() + "</groupId><artifactId>"
                + winner.coordinates().artifactId() + "</artifactId><version>" + highest + "</version></dependency>";
        if (winner.isDirect()) {
            return "raise the version of the dependency on " + winner.coordinates().key() + " in "
                    + Origin.pomName(facts) + " to " + highest + " (or manage it: " + managed + ")";
        }
        return "manage the version: add " + managed + " to <dependencyManagement> in " + Origin.pomName(facts)
                + ", or exclude " + winner.coordinates().key() + " from the dependency on " + winner.direct().artifactId()
                + " so that the higher request wins";
    }

    /** The first few request paths, highest version first, and how many more there are. */
    private static String paths(DependencyGraph graph, List<? extends DependencyGraph.Request> requests) {
        List<String> described = new ArrayList<>();
        for (int i = 0; i < Math.min(PATHS_SHOWN, requests.size()); i++) {
            described.add(graph.describe(requests.get(i).path()));
        }
        String shown = String.join("; ", described);
        int more = requests.size() - PATHS_SHOWN;
        return more > 0 ? shown + " (and " + more + " more " + (more == 1 ? "request" : "requests") + ")" : shown;
    }

    private static String versions(List<Omitted> requests) {
        return String.join(", ", distinctVersions(requests));
    }

    /** The requested versions in the order of the requests, each once. */
    private static List<String> distinctVersions(List<? extends DependencyGraph.Request> requests) {
        Set<String> distinct = new LinkedHashSet<>();
        for (DependencyGraph.Request request : requests) {
            distinct.add(request.requested().version());
        }
        return List.copyOf(distinct);
    }

    private static <T> void add(Map<String, List<T>> byKey, String key, T request) {
        List<T> requests = byKey.get(key);
        if (requests == null) {
            requests = new ArrayList<>();
            byKey.put(key, requests);
        }
        requests.add(request);
    }
}

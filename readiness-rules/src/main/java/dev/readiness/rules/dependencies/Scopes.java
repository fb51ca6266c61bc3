package dev.readiness.rules.dependencies;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Evidence;
import dev.readiness.core.Severity;
import dev.readiness.facts.ClassReferences;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code dependencies.scopes}: test libraries stay on the test classpath. */
public final class Scopes implements Rule {

    private static final Set<String> MAIN_SCOPES = Set.of("compile", "provided", "runtime", "system");

    static final OptionType<String> PATTERN = new PatternType();

    public static final Option<List<String>> TEST_ONLY = Option.of("testOnly", OptionType.list(PATTERN),
            List.of("junit:junit", "org.junit.jupiter:*", "org.junit.platform:*", "org.junit.vintage:*",
                    "org.testng:testng", "org.mockito:*", "org.assertj:*", "org.hamcrest:*"),
            Option.Strictness.MORE, "groupId:artifactId patterns (* matches any text) of libraries that belong on the "
                    + "test classpath only");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.scopes")
            .severity(Severity.ERROR)
            .summary("Test libraries (JUnit, TestNG, Mockito, AssertJ, Hamcrest) are not on the compile or runtime classpath, unless the main classes use them")
            .because("Dependency declarations with pinned versions: a test framework in compile scope ships inside the "
                    + "product, grows it, and lets production code depend on test code.")
            .help("Declare test libraries with <scope>test</scope>; when one comes in through another dependency, "
                    + "exclude it there. A test-support module whose main classes use a test library (its classes refer "
                    + "to the library's packages) keeps it where it is: the rule passes it.")
            .options(TEST_ONLY)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        DependencyGraph graph = context.require(facts.dependencies());
        List<ArtifactPattern> testOnly = new ArrayList<>();
        for (String pattern : context.option(TEST_ONLY)) {
            testOnly.add(ArtifactPattern.parse(pattern, false));
        }
        List<Node> misplaced = new ArrayList<>();
        for (Node node : graph.nodes()) {
            if (MAIN_SCOPES.contains(node.scope()) && matchesAny(testOnly, node)) {
                misplaced.add(node);
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<String> used = new ArrayList<>();
        for (Node node : misplaced) {
            Optional<ClassReferences.Reference> use = usedByMainClasses(context, node, misplaced);
            if (use.isPresent()) {
                used.add(node.coordinates() + " (" + use.get().fromClass() + " uses " + use.get().toClass() + ")");
                continue;
            }
            findings.add(Finding.of("test library " + node.coordinates() + " is on the " + classpath(node.scope())
                            + " (scope " + node.scope() + "), " + Origin.path(graph, node))
                    .at(Origin.location(facts, node.path()))
                    .subject(node.coordinates().key())
                    .hint(node.isDirect()
                            ? "declare it with <scope>test</scope> in " + Origin.pomName(facts)
                            : "exclude " + node.coordinates().key() + " from the dependency on " + node.direct().key()
                                    + " (<exclusions>), or give that dependency <scope>test</scope> if only tests use it"));
        }
        String holds = used.isEmpty()
                ? "no test library among the " + graph.nodes().size() + " resolved dependencies outside test scope"
                : "the test libraries outside test scope are used by the module's main classes, where they belong "
                        + "(a test-support module): " + String.join(", ", used);
        return Outcome.of(findings, holds);
    }

    private static boolean matchesAny(List<ArtifactPattern> patterns, Node node) {
        for (ArtifactPattern pattern : patterns) {
            if (pattern.matches(node.coordinates())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How the module's main classes use a test library outside test scope, if they do: a test-support or test-harness
     * module compiles against JUnit, and test scope would break its compile. A library counts as used when the main
     * classes refer to a class in a package of it, or of another test library that comes in through the same direct
     * dependency (an aggregate such as junit-jupiter has no classes of its own and brings the engine along).
     */
    private static Optional<ClassReferences.Reference> usedByMainClasses(RuleContext context, Node node, List<Node> misplaced) {
        ClassReferences references = context.require(context.facts().mainClassReferences());
        if (references.referencedBy().isEmpty()) {
            return Optional.empty();
        }
        for (Node library : misplaced) {
            if (!library.direct().key().equals(node.direct().key()) || library.file().isEmpty()) {
                continue;
            }
            // A library whose file cannot be read shows no use: its finding stands, never a pass.
            Evidence<Set<String>> packages = context.facts().libraryPackages(library.file().get());
            Optional<ClassReferences.Reference> use = packages.isPresent() ? references.into(packages.value()) : Optional.empty();
            if (use.isPresent()) {
                return use;
            }
        }
        return Optional.empty();
    }

    /** A {@code groupId:artifactId} pattern, read trimmed and written as it is. */
    private static final class PatternType implements OptionType<String> {
        @Override
        public String read(Object value) {
            String text = OptionType.text().read(value);
            ArtifactPattern.parse(text, false);
            return text.trim();
        }

        @Override
        public Map<String, Object> schema() {
            Map<String, Object> schema = OptionType.text().schema();
            schema.put("description", "groupId:artifactId, * matches any text");
            return schema;
        }

        @Override
        public Object write(String text) {
            return text;
        }
    }

    private static String classpath(String scope) {
        return switch (scope) {
            case "runtime" -> "runtime classpath";
            case "provided", "system" -> "compile classpath";
            default -> "compile and runtime classpath";
        };
    }
}

package dev.readiness.rules.coverage;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.Starter;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Glob;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.Coverage;
import dev.readiness.facts.Facts;
import dev.readiness.facts.Workspace;
import dev.readiness.rules.Findings;
import dev.readiness.rules.CodeToTest;
import dev.readiness.rules.Ratio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code coverage.core}: the classes the contract names as core logic are covered class by class, to a higher bar
 * than the module as a whole.
 */
public final class Core implements Rule {

    public static final Option<List<String>> INCLUDE = Option.of("include", OptionType.textList(), List.of(),
            Option.Strictness.MORE, "class-name globs of the core logic, such as com.acme.model.** (required)");
    public static final Option<String> REPORT = Option.of("report", OptionType.text(), Overall.DEFAULT_REPORT,
            Option.Strictness.NEITHER, "the JaCoCo XML report, relative to the module");
    public static final Option<Double> LINE = Option.of("line", OptionType.ratio(), 0.90, Option.Strictness.HIGHER,
            "lowest covered ratio of lines of each core class, from 0 to 1");
    public static final Option<Double> BRANCH = Option.of("branch", OptionType.ratio(), 0.80, Option.Strictness.HIGHER,
            "lowest covered ratio of branches of each core class with branches, from 0 to 1");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("coverage.core")
            .severity(Severity.ERROR)
            .summary("Every class of the declared core logic, with its inner and anonymous classes, reaches 0.90 line and 0.80 branch coverage")
            .because("Test coverage of core logic paths: the code that computes the product's answers (features, "
                    + "scoring, decisions) must be tested line by line, whatever the average of the module says.")
            .help("Declare the core packages with \"rules\": {\"coverage.core\": {\"include\": "
                    + "[\"com.acme.model.**\"]}} and test each class listed until it reaches the thresholds.")
            .options(INCLUDE, REPORT, LINE, BRANCH)
            .starter(new StarterEntry())
            .build();

    /**
     * An empty include, which fails until a person names the core logic; the comment suggests the package of the
     * module's own classes that holds most of them, never a dependency's.
     */
    private static final class StarterEntry implements Starter.Measure {
        @Override
        public Starter of(Facts facts) {
            Map<String, Integer> packages = ownPackages(facts);
            if (packages.isEmpty()) {
                return Starter.set(INCLUDE, List.of(), Starter.PLACEHOLDER + ": list the packages of the core logic as "
                        + "class-name globs; the module has no classes yet. Until then this rule fails.");
            }
            int total = packages.values().stream().mapToInt(Integer::intValue).sum();
            Map.Entry<String, Integer> largest = packages.entrySet().stream()
                    .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(
                            java.util.Comparator.reverseOrder())))
                    .orElseThrow();
            String example = largest.getKey().isEmpty() ? "*" : largest.getKey() + ".**";
            return Starter.set(INCLUDE, List.of(), Starter.PLACEHOLDER + ": list the packages of the core logic, the code "
                    + "that computes the product's answers, e.g. \"" + example + "\" (the package of " + largest.getValue()
                    + " of the module's " + total + " classes; packages: " + String.join(", ", packages.keySet().stream()
                            .map(p -> p.isEmpty() ? "(default)" : p).limit(6).toList()) + (packages.size() > 6 ? ", ..." : "")
                    + "). Until then this rule fails.");
        }
    }

    /**
     * The packages of the module's own classes, each with its number of top-level classes, from the sources under
     * {@code src/main/java}. Sorted by name.
     */
    static Map<String, Integer> ownPackages(Facts facts) {
        Map<String, Integer> packages = new java.util.TreeMap<>();
        var files = facts.workspace().moduleFiles();
        if (files.isPresent()) {
            String root = "src/main/java/";
            files.value().stream().filter(f -> f.startsWith(root) && f.endsWith(".java"))
                    .map(f -> f.substring(root.length(), f.length() - ".java".length()))
                    .filter(f -> !f.endsWith("package-info") && !f.endsWith("module-info"))
                    .forEach(f -> packages.merge(packageOf(f), 1, Integer::sum));
        }
        return packages;
    }

    private static String packageOf(String slashedClass) {
        int slash = slashedClass.lastIndexOf('/');
        return slash < 0 ? "" : slashedClass.substring(0, slash).replace('/', '.');
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        String id = DESCRIPTOR.id();
        // The report's path is checked first: a path that leaves the project is a contract error in any module.
        Path file = Overall.report(context, id, REPORT);
        Optional<Outcome> noCode = CodeToTest.absent(context.facts());
        if (noCode.isPresent()) {
            return noCode.get();
        }
        List<String> include = context.option(INCLUDE);
        if (include.isEmpty()) {
            return Outcome.violated(Finding.of("declare the core logic paths: rules." + id + ".include is empty")
                    .at(context.contract().locate(LoadedContract.pointer("rules", id, INCLUDE.name())))
                    .hint("add \"rules\": {\"" + id + "\": {\"include\": [\"com.acme.model.**\"]}} naming the "
                            + "packages or classes that compute the product's answers"));
        }
        Coverage coverage = context.require(context.facts().coverage(file));
        List<Glob> globs = new ArrayList<>();
        for (String pattern : include) {
            globs.add(Glob.ofClassName(pattern));
        }
        // A class is judged with its inner, local and anonymous classes, as its source file reads: Evaluator$1 of
        // three lines is part of Evaluator, not a finding of its own.
        List<Coverage.ClassCoverage> matching = new ArrayList<>();
        for (Coverage.ClassCoverage c : coverage.classes()) {
            if (isCore(globs, c.name())) {
                matching.add(c);
            }
        }
        List<Coverage.ClassCoverage> core = topLevel(matching);
        Workspace workspace = context.facts().workspace();
        String shown = workspace.relative(file);
        if (core.isEmpty()) {
            List<String> firstClasses = new ArrayList<>();
            for (int i = 0; i < Math.min(3, coverage.classes().size()); i++) {
                firstClasses.add(coverage.classes().get(i).name());
            }
            String examples = String.join(", ", firstClasses);
            return Outcome.violated(Finding.of("no class in " + shown + " matches rules." + id + ".include " + include)
                    .at(context.contract().locate(LoadedContract.pointer("rules", id, INCLUDE.name())))
                    .hint("name the core classes by qualified-name globs such as com.acme.model.**"
                            + (examples.isEmpty() ? "; the report has no classes" : "; the report has " + examples)));
        }
        double line = context.option(LINE);
        double branch = context.option(BRANCH);
        List<Finding> findings = new ArrayList<>();
        for (Coverage.ClassCoverage c : core) {
            List<String> below = new ArrayList<>();
            Ratio lines = Overall.ratio(c.line());
            Ratio branches = Overall.ratio(c.branch());
            if (lines.isBelow(line)) {
                below.add(Overall.measured("line", lines, line) + ", the contract requires at least " + Ratio.limit(line));
            }
            if (branches.isBelow(branch)) {
                below.add(Overall.measured("branch", branches, branch) + ", the contract requires at least "
                        + Ratio.limit(branch));
            }
            if (!below.isEmpty()) {
                findings.add(Finding.of(c.name() + ": " + String.join("; ", below))
                        .at(Location.of(source(workspace, c).orElse(file)))
                        .subject(c.name())
                        .hint("add tests for " + c.name().substring(c.name().lastIndexOf('.') + 1)
                                + "; the lines and branches they miss are marked in "
                                + workspace.relative(file.resolveSibling("index.html"))));
            }
        }
        return Outcome.of(Findings.capped(findings, findings.size(), "core classes below the thresholds",
                        "see the classes of " + include + " in " + shown),
                core.size() + (core.size() == 1 ? " core class matching " + include + " reaches "
                        : " core classes matching " + include + " reach ") + Ratio.limit(line) + " line and " + Ratio.limit(branch) + " branch coverage");
    }

    /** Whether a class, or the top-level class it belongs to, matches one of the globs. */
    private static boolean isCore(List<Glob> globs, String className) {
        for (Glob glob : globs) {
            if (glob.matches(className) || glob.matches(topLevelName(className))) {
                return true;
            }
        }
        return false;
    }

    /** {@code com.acme.Evaluator} for {@code com.acme.Evaluator$1} and {@code com.acme.Evaluator$Inner$2}. */
    static String topLevelName(String className) {
        int dollar = className.indexOf('$', className.lastIndexOf('.') + 1);
        return dollar < 0 ? className : className.substring(0, dollar);
    }

    /**
     * The classes put together by top-level class, in the order the report first names each: the line and branch
     * counters of {@code Outer$*} are added to {@code Outer}'s.
     */
    static List<Coverage.ClassCoverage> topLevel(List<Coverage.ClassCoverage> classes) {
        Map<String, Coverage.ClassCoverage> byTopLevel = new LinkedHashMap<>();
        for (Coverage.ClassCoverage c : classes) {
            String name = topLevelName(c.name());
            Coverage.ClassCoverage before = byTopLevel.get(name);
            if (before == null) {
                byTopLevel.put(name, new Coverage.ClassCoverage(name, c.sourceFile(), c.line(), c.branch()));
            } else {
                String sourceFile = before.sourceFile().isEmpty() ? c.sourceFile() : before.sourceFile();
                byTopLevel.put(name, new Coverage.ClassCoverage(name, sourceFile, add(before.line(), c.line()),
                        add(before.branch(), c.branch())));
            }
        }
        return List.copyOf(byTopLevel.values());
    }

    private static Coverage.Counter add(Coverage.Counter a, Coverage.Counter b) {
        return new Coverage.Counter(a.missed() + b.missed(), a.covered() + b.covered());
    }

    /** The class's source file when the module keeps it at Maven's default place, for code-scanning annotations. */
    private static Optional<Path> source(Workspace workspace, Coverage.ClassCoverage c) {
        if (c.sourceFile().isEmpty()) {
            return Optional.empty();
        }
        Path source = workspace.moduleDir().resolve("src/main/java").resolve(c.sourceFile());
        return workspace.isFile(source) ? Optional.of(source) : Optional.empty();
    }
}

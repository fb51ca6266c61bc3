package dev.readiness.init;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonTrees;
import dev.readiness.api.Option;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.Starter;
import dev.readiness.contract.Contract;
import dev.readiness.contract.ContractSections;
import dev.readiness.contract.JsonValues;
import dev.readiness.core.Evidence;
import dev.readiness.engine.ContractSchema;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.facts.Coverage;
import dev.readiness.facts.Facts;
import dev.readiness.facts.MetricValues;
import dev.readiness.facts.PomMetadata;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.facts.TestReports;
import dev.readiness.facts.Workspace;
import dev.readiness.facts.env.PomSettings;
import dev.readiness.readers.MainClasses;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The starter {@code readiness.json} that {@code readiness:init} writes: every section, with comments derived from the
 * rules' descriptors, floors measured from the project as it is (test count, coverage rounded down, metrics), and
 * {@value #TODO} placeholders the rules reject until a person fills them (owners, resources, failure modes, core
 * packages).
 *
 * <p>{@link #survey(Facts)} looks at the project; {@link #render(Survey, RuleRegistry)} writes the text. Neither writes
 * a file.
 */
public final class StarterContract {

    /** The placeholder the rules reject; a person replaces each one. */
    public static final String TODO = Starter.PLACEHOLDER;

    /** JSON files larger than this under the resources are data, not schemas; they are not read. */
    private static final long MAX_SCHEMA_BYTES = 1024 * 1024;
    private static final int WIDTH = 110;
    private static final Pattern INPUT = Pattern.compile(".*(request|input).*");
    private static final Pattern OUTPUT = Pattern.compile(".*(response|output|prediction|result|score).*");
    /** Metric names where lower is better: the threshold is a {@code max}. */
    private static final Pattern LOWER_IS_BETTER = Pattern.compile(
            ".*(latency|time|duration|millis|seconds|(^|[._-])ms$|ms$|error|loss|rmse|mae|mse|memory|bytes|size).*");
    private static final JsonNodeFactory JSON = JsonTrees.NODES;

    private StarterContract() {
    }

    /**
     * A JSON Schema file found under the main resources.
     *
     * @param name the file name without {@code .schema.json}
     * @param role {@code input} or {@code output} as guessed from the name, {@value #TODO} when the name does not say
     * @param path relative to the module
     */
    public record SchemaFile(String name, String role, String path) {
    }

    /**
     * What {@code init} found in the project.
     *
     * @param facts the module's evidence, from which each rule measures its own entry
     * @param tests how many test cases the Surefire and Failsafe reports count
     * @param coverage the JaCoCo report at its default place
     * @param metricsFile where the build is expected to write its metrics, relative to the module
     * @param metrics the metrics in that file
     * @param schemas JSON Schema files under the main resources
     * @param mainClasses runnable classes of the build output, the likeliest entry point first
     * @param pomMetadata the descriptive elements the POM declares
     * @param failureModeTests test classes whose names look like tests of a failure mode ({@link #FAILURE_MODE_TEST})
     * @param pomSettings the compiler release and the other environment settings of the POM
     * @param modules for a contract at the root of a multi-module build, the survey of each module it serves; empty
     *     for a module's own contract
     */
    public record Survey(Facts facts, ProjectInfo project, Evidence<Integer> tests, Evidence<Coverage> coverage, String metricsFile,
            Evidence<MetricValues> metrics, List<SchemaFile> schemas, List<String> mainClasses,
            Evidence<PomMetadata> pomMetadata, List<String> failureModeTests, Evidence<PomSettings> pomSettings,
            List<Survey> modules) {

        public Survey {
            schemas = List.copyOf(schemas);
            mainClasses = List.copyOf(mainClasses);
            failureModeTests = List.copyOf(failureModeTests);
            modules = List.copyOf(modules);
        }

        /** Whether this is the survey of a multi-module build's root, for one contract that serves every module. */
        public boolean atRoot() {
            return !modules.isEmpty();
        }
    }

    /**
     * The survey for one contract at the root of a multi-module build that serves every module: floors from the
     * weakest module; no schemas, metrics or entry point, which are a module's own (a module declares them in a
     * {@code readiness.json} of its own that extends the root's).
     *
     * @param root the facts of the root project
     * @param modules the surveys of the modules the contract serves, at least one
     */
    public static Survey atRoot(Facts root, List<Survey> modules) {
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("a root contract serves at least one module");
        }
        java.util.Set<String> failureModeTests = new java.util.TreeSet<>();
        modules.forEach(m -> failureModeTests.addAll(m.failureModeTests()));
        Evidence<Integer> tests = modules.stream().map(Survey::tests).filter(Evidence::isPresent)
                .min(java.util.Comparator.comparing(Evidence::value)).orElse(modules.get(0).tests());
        return new Survey(root, root.project(), tests, modules.get(0).coverage(), modules.get(0).metricsFile(),
                Evidence.missing("a root contract declares no metrics", "a module with metrics declares them in its own "
                        + "readiness.json"), List.of(), List.of(), root.pomMetadata(), List.copyOf(failureModeTests),
                root.pomSettings(), modules);
    }

    /**
     * A test class whose simple name says it provokes a failure: Fail(ure), Fallback, Timeout, TimedOut, Unavailable,
     * Unreachable, Malformed, Invalid, Corrupt, Outage, Degraded, Retry, Resilience, Chaos. {@code init} lists them so
     * that a person picks the one that proves each failure mode.
     */
    public static final Pattern FAILURE_MODE_TEST = Pattern.compile(
            ".*(Fail|Fallback|Timeout|TimedOut|Unavailable|Unreachable|Malformed|Invalid|Corrupt|Outage|Degraded|Retry"
                    + "|Resilien|Chaos).*");

    /** Looks at the module's build output and sources; reads nothing outside the module. */
    public static Survey survey(Facts facts) {
        ProjectInfo project = facts.project();
        Workspace workspace = facts.workspace();
        Path metricsPath = project.buildDirectory().resolve("metrics.json");
        String metricsFile = workspace.relative(metricsPath);
        Evidence<MetricValues> metrics = Files.isRegularFile(metricsPath) ? facts.metrics(List.of(metricsFile))
                : Evidence.missing("no " + metricsFile + " found", "make the build write its evaluation metrics there");
        return new Survey(facts, project, facts.testReports().map(TestReports::tests),
                facts.coverage(project.buildDirectory().resolve("site/jacoco/jacoco.xml")), metricsFile, metrics,
                schemaFiles(project, workspace), MainClasses.find(project.outputDirectory()), facts.pomMetadata(),
                failureModeTests(project, facts.testReports()), facts.pomSettings(), List.of());
    }

    /**
     * Test classes that look like failure-mode tests: those of the test sources under {@code src/test/java} and those the
     * test reports name, sorted.
     */
    static List<String> failureModeTests(ProjectInfo project, Evidence<TestReports> reports) {
        java.util.Set<String> classes = new java.util.TreeSet<>();
        Path sources = project.baseDir().resolve("src/test/java");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.walk(sources, 24)) {
                files.filter(f -> f.getFileName().toString().endsWith(".java")).forEach(f -> {
                    String relative = sources.relativize(f).toString().replace('\\', '/');
                    classes.add(relative.substring(0, relative.length() - ".java".length()).replace('/', '.'));
                });
            } catch (IOException e) {
                // Unreadable test sources contribute no suggestions; init is a starting point.
            }
        }
        if (reports.isPresent()) {
            reports.value().suites().forEach(suite -> classes.add(suite.name()));
        }
        return classes.stream().filter(c -> !c.isBlank())
                .filter(c -> FAILURE_MODE_TEST.matcher(c.substring(c.lastIndexOf('.') + 1)).matches()).toList();
    }

    static List<SchemaFile> schemaFiles(ProjectInfo project, Workspace workspace) {
        List<SchemaFile> found = new ArrayList<>();
        for (Path directory : project.resourceDirectories()) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(directory, 12)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                    if (isJsonSchema(file)) {
                        String name = schemaName(file.getFileName().toString());
                        found.add(new SchemaFile(name, role(name), workspace.relative(file)));
                    }
                }
            } catch (IOException e) {
                // An unreadable resource directory just contributes no schemas; init is a starting point.
            }
        }
        return found;
    }

    private static boolean isJsonSchema(Path file) {
        if (file.getFileName().toString().endsWith(".schema.json")) {
            return true;
        }
        try {
            if (Files.size(file) > MAX_SCHEMA_BYTES) {
                return false;
            }
            JsonNode node = JsonTrees.tree(JsonTrees.LENIENT, Files.readAllBytes(file));
            return node != null && node.path("$schema").asText().contains("json-schema.org");
        } catch (IOException e) {
            return false;
        }
    }

    static String schemaName(String fileName) {
        String name = fileName.endsWith(".schema.json") ? fileName.substring(0, fileName.length() - ".schema.json".length())
                : fileName.substring(0, fileName.length() - ".json".length());
        return name.isEmpty() ? fileName : name;
    }

    /** {@code input} for request/input schemas, {@code output} for response/output/prediction ones. */
    static String role(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (INPUT.matcher(lower).matches()) {
            return "input";
        }
        if (OUTPUT.matcher(lower).matches()) {
            return "output";
        }
        return TODO;
    }

    /** The POM's bytecode release as a Java major version, when it sets one. */
    static Optional<Integer> compilerRelease(Survey survey) {
        if (!survey.pomSettings().isPresent()) {
            return Optional.empty();
        }
        return survey.pomSettings().value().release().map(PomSettings.Setting::value).map(String::trim)
                .filter(v -> v.matches("\\d{1,2}")).map(Integer::parseInt).filter(v -> v >= 6);
    }

    /** A ratio rounded down to two decimals, so that the measured state passes its own floor. */
    static double floor2(double ratio) {
        return Starter.roundedDown(ratio);
    }

    static double ceil2(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.CEILING).doubleValue();
    }

    /** One line about what was measured, for the log: {@code 13 tests, coverage line 0.83 branch 0.58, 2 schemas}. */
    public static String describe(Survey survey) {
        List<String> parts = new ArrayList<>();
        parts.add(survey.tests().isPresent() ? survey.tests().value() + " tests" : "no test reports");
        if (survey.coverage().isPresent() && survey.coverage().value().line().total() > 0) {
            Coverage coverage = survey.coverage().value();
            parts.add("coverage line " + MetricValues.format(floor2(coverage.line().ratio().orElseThrow()))
                    + (coverage.branch().total() > 0 ? " branch " + MetricValues.format(floor2(coverage.branch().ratio().orElseThrow())) : ""));
        } else {
            parts.add("no JaCoCo report");
        }
        parts.add(survey.metrics().isPresent() ? survey.metrics().value().values().size() + " metrics" : "no metrics file");
        parts.add(survey.schemas().size() + " schemas");
        if (!survey.failureModeTests().isEmpty()) {
            parts.add(survey.failureModeTests().size() + " tests that look like failure-mode tests ("
                    + String.join(", ", survey.failureModeTests().subList(0, Math.min(3, survey.failureModeTests().size())))
                    + (survey.failureModeTests().size() > 3 ? ", ..." : "") + ")");
        }
        parts.add(survey.mainClasses().isEmpty() ? "no entry point" : "entry point " + survey.mainClasses().get(0));
        return String.join(", ", parts);
    }

    /**
     * Where a contract still holds placeholders, as dotted paths ({@code owners.science},
     * {@code operations.failureModes.0.mode}), plus {@code coverage.core} while it names no core packages.
     */
    public static List<String> placeholders(String contractText) {
        JsonNode tree;
        try {
            tree = JsonTrees.tree(JsonTrees.LENIENT, contractText);
        } catch (IOException e) {
            throw new IllegalArgumentException("not a contract: " + e.getMessage(), e);
        }
        if (tree == null) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        collectPlaceholders(tree, "", found);
        JsonNode include = tree.at("/rules/coverage.core/include");
        if (include.isArray() && include.isEmpty()) {
            found.add("rules.coverage.core.include");
        }
        return found;
    }

    private static void collectPlaceholders(JsonNode node, String path, List<String> found) {
        if (node.isTextual() && node.asText().startsWith(TODO)) {
            found.add(path);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> collectPlaceholders(f.getValue(), join(path, f.getKey()), found));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collectPlaceholders(node.get(i), join(path, Integer.toString(i)), found);
            }
        }
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /**
     * The starter contract and the decisions its values stand for, besides the placeholders: floors measured below a
     * rule's default, bars set from a single reading of a timing metric.
     *
     * @param text the contract, comments included
     * @param decisions one line each, such as {@code rules.coverage.overall.line 0.66 is below the rule's default 0.7}
     */
    public record Draft(String text, List<String> decisions) {
        public Draft {
            decisions = List.copyOf(decisions);
        }
    }

    /** The text of the starter contract, comments included. */
    public static String render(Survey survey, RuleRegistry registry) {
        return draft(survey, registry).text();
    }

    /** The starter contract and the decisions it leaves to a person besides its placeholders. */
    public static Draft draft(Survey survey, RuleRegistry registry) {
        List<String> decisions = new ArrayList<>();
        ProjectInfo project = survey.project();
        CommentedJson out = new CommentedJson();
        out.comment("The handoff contract of " + project.groupId() + ":" + project.artifactId()
                + ", written by mvn readiness:init from the project as it is now.");
        out.comment("Measured values are floors: raise them as the product improves, never lower them to pass. "
                + "Every \"" + TODO + "\" fails its rule until a person replaces it. Fill them in, then run mvn verify.");
        out.comment("Comments and trailing commas are allowed. The \"$schema\" below gives editors completion and help.");
        if (survey.atRoot()) {
            out.comment("This contract serves every module below it (" + String.join(", ", survey.modules().stream()
                    .map(m -> m.project().artifactId()).toList()) + "): each module is checked against the nearest "
                    + "readiness.json up to here. Floors come from the weakest module. A module that needs more (its "
                    + "schemas, metrics, entry point, a higher floor) gets a readiness.json of its own holding only what "
                    + "differs, with \"extends\": \"../readiness.json\" (objects merge key by key, the module's file wins; "
                    + "contract.no-loosening fails a lower floor there).");
        }
        out.open();
        out.member(List.of(), "$schema", JSON.textNode(ContractSchema.ID));
        out.member(List.of(), "contract", JSON.numberNode(Contract.VERSION));

        out.member(section("owners", registry, List.of("ownership.owners"),
                        TODO + ": a person or team for science and engineering, a paging rota URL for oncall."),
                "owners", placeholderSection("owners"));

        List<String> entryComments = section("entryPoint", registry, List.of("structure.entry-point"));
        if (survey.atRoot()) {
            entryComments.add("A module's own: the module with the product's main class declares it in its readiness.json:");
            out.commented(entryComments, "\"entryPoint\": \"" + project.groupId() + ".Main\"");
        } else if (survey.mainClasses().isEmpty()) {
            entryComments.add("No class with public static void main was found in the build output; declare one when "
                    + "the product has it:");
            out.commented(entryComments, "\"entryPoint\": \"" + project.groupId() + ".Main\"");
        } else {
            if (survey.mainClasses().size() > 1) {
                entryComments.add("Other runnable classes found: " + String.join(", ",
                        survey.mainClasses().subList(1, Math.min(6, survey.mainClasses().size()))));
            }
            out.member(entryComments, "entryPoint", JSON.textNode(survey.mainClasses().get(0)));
        }

        ObjectNode operations = JSON.objectNode();
        operations.putObject("resources").put("cpu", TODO).put("memory", TODO);
        ObjectNode failureMode = operations.putArray("failureModes").addObject().put("mode", TODO).put("detection", TODO)
                .put("mitigation", TODO);
        if (!survey.atRoot()) {
            // At the root a test would be looked for in every module's reports: it is a module's own.
            failureMode.put("test", TODO);
        }
        Optional<Integer> release = compilerRelease(survey);
        release.ifPresent(java -> operations.putObject("runtime").put("java", java));
        ObjectNode monitoring = operations.putObject("monitoring").put("dashboard", TODO);
        monitoring.putArray("alerts").addObject().put("name", TODO).put("condition", TODO).put("route", TODO);
        if (hasSignals(survey)) {
            operations.putArray("drift").addObject().put("signal", TODO).put("method", "PSI").put("threshold", 0.2)
                    .put("action", TODO);
        }
        operations.putObject("retraining").put("cadence", "P30D").put("owner", TODO).put("where", TODO);
        List<String> operationsComments = section("operations", registry, List.of("documentation.resources",
                        "documentation.failure-modes", "documentation.monitoring", "documentation.drift",
                        "documentation.retraining"),
                TODO + ": cpu and memory as quantities (\"2\", \"500m\", \"4Gi\", \"512Mi\"); at least one way the "
                        + "product fails, how that is detected, what is done about it and the test that proves it "
                        + "(com.acme.ScoreCliTest#servesCachedScores, or remove \"test\"); the monitoring dashboard URL "
                        + "and alerts with the condition and who is paged; the input property or metric each drift check "
                        + "watches; who retrains the model and where.",
                release.map(java -> "runtime.java is the bytecode release of the POM (" + java + "): set it to "
                        + "the Java the product runs on; environment.java fails when the release is newer.")
                        .orElse("Add \"runtime\": {\"java\": 17} with the Java the product runs on once the POM "
                                + "sets maven.compiler.release; environment.java checks the release against it."));
        operationsComments.add(survey.failureModeTests().isEmpty()
                ? "No test class looks like a failure-mode test (names with Failure, Fallback, Timeout, Unavailable, "
                        + "Malformed, ...); write one that provokes the failure and checks the mitigation."
                : "Tests that look like failure-mode tests: " + String.join(", ", survey.failureModeTests().subList(0,
                        Math.min(8, survey.failureModeTests().size()))) + ".");
        out.member(operationsComments, "operations", operations);

        if (survey.schemas().isEmpty()) {
            List<String> comments = section("schemas", registry, List.of("schemas.declared", "schemas.samples"));
            comments.add("No JSON Schema was found under the main resources, so none is declared (rules.schemas.declared "
                    + "below says what to decide). A product with a JSON input and output declares them, e.g.:");
            out.commented(comments, "\"schemas\": [{ \"name\": \"score-request\", \"role\": \"input\", \"schema\": "
                    + "\"src/main/resources/schemas/score-request.schema.json\", \"samples\": { \"valid\": "
                    + "[\"src/test/resources/samples/request-*.json\"], \"invalid\": "
                    + "[\"src/test/resources/samples/bad-request-*.json\"] } }]");
        } else {
            out.member(schemasComments(survey, registry), "schemas", schemas(survey));
        }

        if (survey.metrics().isPresent()) {
            out.member(metricsComments(survey, registry), "metrics", metrics(survey, decisions));
        } else {
            List<String> comments = metricsComments(survey, registry);
            out.commented(comments, "\"metrics\": { \"files\": [\"" + survey.metricsFile() + "\"], \"thresholds\": "
                    + "{ \"auc\": { \"min\": 0.85 } } }");
        }

        out.member(section("rules", registry, List.of()), "rules", null);
        rules(survey, registry, out, decisions);

        out.commented(section("signoffs", registry, List.of("contract.signoffs"),
                        "Who signed a clause (\"security-review\", \"model-card\"), the day and the link to the review; "
                                + "a policy may require some (rules.contract.signoffs.required). Example:"),
                "\"signoffs\": [{ \"clause\": \"security-review\", \"by\": \"sam@acme.example\", \"date\": \"YYYY-MM-DD\", "
                        + "\"evidence\": \"https://jira.acme.example/SEC-42\" }]");

        out.member(section("waivers", registry, List.of("contract.waivers"),
                        "Example: {\"rule\": \"coverage.overall\", \"reason\": \"legacy importer, rewrite in ML-231\", "
                                + "\"owner\": \"ml-platform@acme.example\", \"expires\": \"2027-02-01\"}"),
                "waivers", JSON.arrayNode());
        return new Draft(out.close(), decisions);
    }

    /**
     * The closing lines of {@code readiness:init}: every decision left, each placeholder and each rule that fails as
     * written, with the two ways out.
     *
     * @param placeholders as {@link #placeholders(String)} lists them
     * @param failing the rules that fail the contract as written, each {@code id: message}
     */
    public static List<String> closing(List<String> placeholders, List<String> decisions, List<String> failing) {
        int count = placeholders.size() + decisions.size() + failing.size();
        List<String> lines = new ArrayList<>();
        if (count == 0) {
            lines.add("no decisions left: run mvn verify");
            return lines;
        }
        lines.add(count + " decisions left; for each, fill it in, or turn its rule off with a reason "
                + "(\"rules\": {\"<rule>\": {\"severity\": \"off\", \"reason\": \"...\"}}), then run mvn verify:");
        if (!placeholders.isEmpty()) {
            lines.add("  placeholders (" + placeholders.size() + "): " + String.join(", ", placeholders));
        }
        decisions.forEach(d -> lines.add("  to confirm: " + d));
        failing.forEach(f -> lines.add("  fails as written: " + f));
        return lines;
    }

    /**
     * Whether a metric measures time: its name has a token latency, duration, elapsed, time, or a unit of time (ms,
     * millis, seconds, sec, ns, nanos, us, micros, minutes), split at dots, dashes, underscores and camel case
     * ({@code latency.p99Ms}, {@code trainingTimeSeconds}, {@code p95_ms}). One reading of such a metric says little
     * about the next: {@code init} sets no bar from it and leaves it out of the baseline comparison.
     */
    static boolean isTiming(String metric) {
        for (String token : tokens(metric)) {
            if (TIMING_TOKENS.contains(token)) {
                return true;
            }
        }
        return false;
    }

    private static final java.util.Set<String> TIMING_TOKENS = java.util.Set.of("latency", "latencies", "duration",
            "durations", "elapsed", "time", "times", "ms", "millis", "milliseconds", "sec", "secs", "seconds", "s", "ns",
            "nanos", "nanoseconds", "us", "micros", "microseconds", "minutes", "min", "mins");

    /** Lower-case tokens of a name split at non-letters-or-digits and camel-case humps: {@code p99Ms} is p99, ms. */
    static List<String> tokens(String name) {
        List<String> tokens = new ArrayList<>();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            for (String token : part.split("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")) {
                if (!token.isEmpty()) {
                    tokens.add(token.toLowerCase(Locale.ROOT));
                }
            }
        }
        return tokens;
    }

    /** Ten times a single reading, rounded up to 1, 2 or 5 times a power of ten: a bar no noise reaches. */
    static double headroom(double reading) {
        double wide = Math.abs(reading) * 10;
        if (wide == 0 || !Double.isFinite(wide)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(wide)));
        for (double step : new double[] {1, 2, 5, 10}) {
            if (step * power >= wide * (1 - 1e-12)) {
                return BigDecimal.valueOf(step * power).stripTrailingZeros().doubleValue();
            }
        }
        return 10 * power;
    }

    /** A section of declared keys, each a placeholder ({@code owners}: science, engineering, oncall). */
    private static ObjectNode placeholderSection(String section) {
        ObjectNode object = JSON.objectNode();
        ContractSections.SECTIONS.stream().filter(key -> key.name().equals(section))
                .map(ContractSections.Key::shape).filter(ContractSections.Fields.class::isInstance)
                .map(ContractSections.Fields.class::cast).findFirst().orElseThrow()
                .keys().forEach(key -> object.put(key.name(), TODO));
        return object;
    }

    /** A section's comments: what it is for, why the rules that read it matter, then notes. */
    private static List<String> section(String key, RuleRegistry registry, List<String> ruleIds, String... notes) {
        List<String> comments = new ArrayList<>();
        comments.add(key + ": " + ContractSchema.SECTIONS.get(key));
        for (String id : ruleIds) {
            registry.rule(id).ifPresent(rule -> comments.add("Why (" + id + "): " + rule.descriptor().rationale()));
        }
        comments.addAll(List.of(notes));
        return comments;
    }

    private static List<String> schemasComments(Survey survey, RuleRegistry registry) {
        List<String> comments = section("schemas", registry, List.of("schemas.declared", "schemas.samples"));
        comments.add("Found under the main resources; check each role. The samples are the JSON files under "
                    + "src/test/ whose names share a word with the schema's (bad-* and invalid-* ones must be rejected); "
                    + "where none was found, \"valid\" is " + TODO + ": save real payloads and name them.");
        return comments;
    }

    private static ArrayNode schemas(Survey survey) {
        Workspace workspace = survey.facts().workspace();
        List<String> candidates = sampleFiles(workspace);
        ArrayNode schemas = JSON.arrayNode();
        for (SchemaFile file : survey.schemas()) {
            ObjectNode entry = schemas.addObject();
            entry.put("name", file.name());
            entry.put("role", file.role());
            entry.put("schema", file.path());
            List<String> mine = samplesOf(file, survey.schemas(), candidates);
            ObjectNode samples = entry.putObject("samples");
            ArrayNode valid = samples.putArray("valid");
            List<String> validGlobs = globs(workspace, mine.stream().filter(f -> !isBadSample(f)).toList());
            if (validGlobs.isEmpty()) {
                valid.add(TODO);
            } else {
                validGlobs.forEach(valid::add);
            }
            ArrayNode invalid = samples.putArray("invalid");
            globs(workspace, mine.stream().filter(StarterContract::isBadSample).toList()).forEach(invalid::add);
        }
        return schemas;
    }

    /** JSON files under {@code src/test/} that could be samples: not schemas themselves. */
    static List<String> sampleFiles(Workspace workspace) {
        Evidence<List<String>> files = workspace.moduleFiles();
        if (!files.isPresent()) {
            return List.of();
        }
        return files.value().stream().filter(f -> f.startsWith("src/test/") && f.endsWith(".json")
                && !f.endsWith(".schema.json")).toList();
    }

    /** A sample meant to be rejected: its file name, or a folder it is in, says bad or invalid. */
    static boolean isBadSample(String path) {
        List<String> tokens = tokens(path.substring(path.indexOf("src/test/") + "src/test/".length()));
        return tokens.contains("bad") || tokens.contains("invalid");
    }

    private static final java.util.Set<String> GENERIC_TOKENS = java.util.Set.of("src", "test", "resources", "java",
            "json", "schema", "schemas", "sample", "samples", "golden", "bad", "invalid", "valid", "good", "data",
            "fixtures", "example", "examples");

    /**
     * The sample files of a schema: those sharing the most name tokens with it ({@code request-1.json} and
     * {@code bad-request-1.json} for {@code score-request}); with one schema and no file naming it, every sample file.
     */
    static List<String> samplesOf(SchemaFile schema, List<SchemaFile> schemas, List<String> files) {
        List<String> mine = new ArrayList<>();
        for (String file : files) {
            List<String> fileTokens = tokens(file).stream().filter(t -> !GENERIC_TOKENS.contains(t)).toList();
            int own = shared(schema, fileTokens);
            int best = schemas.stream().mapToInt(other -> shared(other, fileTokens)).max().orElse(0);
            if (own > 0 && own == best) {
                mine.add(file);
            }
        }
        if (mine.isEmpty() && schemas.size() == 1) {
            return files.stream().filter(f -> tokens(f).contains("samples") || tokens(f).contains("sample")).toList();
        }
        return mine;
    }

    private static int shared(SchemaFile schema, List<String> fileTokens) {
        java.util.Set<String> names = new java.util.HashSet<>(tokens(schema.name()));
        names.removeAll(GENERIC_TOKENS);
        return (int) fileTokens.stream().distinct().filter(names::contains).count();
    }

    /**
     * Globs that match exactly these files and no other file of the module, each checked with the glob matcher the
     * rules use: one per folder ({@code src/test/resources/samples/request-*.json}) where the names share a prefix,
     * the files themselves where no glob fits. Empty for no files.
     */
    static List<String> globs(Workspace workspace, List<String> files) {
        Map<String, List<String>> byFolder = new java.util.TreeMap<>();
        for (String file : files) {
            int slash = file.lastIndexOf('/');
            byFolder.computeIfAbsent(file.substring(0, slash + 1), k -> new ArrayList<>()).add(file.substring(slash + 1));
        }
        List<String> globs = new ArrayList<>();
        byFolder.forEach((folder, names) -> {
            if (names.size() == 1) {
                globs.add(folder + names.get(0));
                return;
            }
            String prefix = commonPrefix(names);
            int cut = Math.max(Math.max(prefix.lastIndexOf('-'), prefix.lastIndexOf('_')), prefix.lastIndexOf('.'));
            String glob = folder + prefix.substring(0, cut + 1) + "*.json";
            Evidence<List<Path>> matched = workspace.glob(glob);
            java.util.Set<String> expected = new java.util.TreeSet<>();
            names.forEach(n -> expected.add(folder + n));
            java.util.Set<String> actual = new java.util.TreeSet<>();
            if (matched.isPresent()) {
                matched.value().forEach(m -> actual.add(workspace.relative(m)));
            }
            if (actual.equals(expected)) {
                globs.add(glob);
            } else {
                globs.addAll(expected);
            }
        });
        return globs;
    }

    private static String commonPrefix(List<String> names) {
        String prefix = names.get(0);
        for (String name : names) {
            int i = 0;
            while (i < prefix.length() && i < name.length() && prefix.charAt(i) == name.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        return prefix;
    }

    private static List<String> metricsComments(Survey survey, RuleRegistry registry) {
        List<String> comments = section("metrics", registry, List.of("performance.thresholds"));
        if (survey.metrics().isPresent()) {
            comments.add("Thresholds measured from " + survey.metricsFile() + ": a min for metrics where higher is better, a "
                    + "max where lower is; " + TODO + ": check each direction and agree on the bar.");
            comments.add("A timing metric (a name with latency, duration, time or a unit of time: ms, seconds, ...) "
                    + "varies from run to run: its max is ten times the one reading, rounded up, and "
                    + "performance.baseline leaves it out of the comparison.");
        } else {
            comments.add("Not declared: " + missingReason(survey.metrics()) + " (rules.performance.thresholds below says "
                    + "what to decide). A model or service makes its evaluation test write its metrics to "
                    + survey.metricsFile() + " (a JSON object of numbers) and declares thresholds, e.g.:");
        }
        comments.add("Record a baseline with mvn readiness:baseline; performance.baseline then fails a regression larger "
                + "than maxRegression (default " + MetricValues.format(Contract.Metrics.DEFAULT_MAX_REGRESSION) + ").");
        return comments;
    }

    private static ObjectNode metrics(Survey survey, List<String> decisions) {
        ObjectNode metrics = JSON.objectNode();
        metrics.putArray("files").add(survey.metricsFile());
        ObjectNode thresholds = metrics.putObject("thresholds");
        if (survey.metrics().isPresent()) {
            for (Map.Entry<String, Double> metric : survey.metrics().value().values().entrySet()) {
                double value = metric.getValue();
                if (isTiming(metric.getKey())) {
                    double max = headroom(value);
                    thresholds.putObject(metric.getKey()).put("max", max);
                    decisions.add("metrics.thresholds." + metric.getKey() + " max " + MetricValues.format(max)
                            + " is ten times one reading (" + MetricValues.format(value) + "): agree on the bar; "
                            + "performance.baseline leaves it out");
                } else if (LOWER_IS_BETTER.matcher(metric.getKey().toLowerCase(Locale.ROOT)).matches()) {
                    thresholds.putObject(metric.getKey()).put("max", ceil2(value));
                } else {
                    thresholds.putObject(metric.getKey()).put("min", floor2(value));
                }
            }
        }
        return metrics;
    }

    /** The rules section: every rule with its summary; measured ones set, the others shown with their defaults. */
    private static void rules(Survey survey, RuleRegistry registry, CommentedJson out, List<String> decisions) {
        out.openMember();
        for (RuleDescriptor rule : registry.descriptors()) {
            List<String> comments = new ArrayList<>();
            comments.add(rule.id() + " [" + rule.defaultSeverity().key() + (rule.releaseOnly() ? ", release gate" : "")
                    + "]: " + ContractSchema.sentence(rule.summary()));
            Optional<ObjectNode> decided = decision(rule, survey, comments);
            if (decided.isPresent()) {
                out.member(comments, rule.id(), decided.get());
                continue;
            }
            Optional<ObjectNode> measured = survey.atRoot() ? weakest(rule, survey.modules(), comments, decisions)
                    : measured(rule, survey.facts(), comments, decisions);
            if (measured.isPresent()) {
                out.member(comments, rule.id(), measured.get());
            } else {
                out.commented(comments, JSON.textNode(rule.id()) + ": " + CommentedJson.oneLine(defaults(rule)));
            }
        }
        out.closeMember();
    }

    /** The rule's own entry, measured from the project by its descriptor's starter. */
    private static Optional<ObjectNode> measured(RuleDescriptor rule, Facts facts, List<String> comments,
            List<String> decisions) {
        return settings(rule, rule.starter().of(facts), comments, decisions);
    }

    /**
     * The entry of a rule in a root contract: each module's measurement, and of each option the weakest value (the
     * lowest floor, the highest ceiling), so that every module passes it as it is today.
     */
    private static Optional<ObjectNode> weakest(RuleDescriptor rule, List<Survey> modules, List<String> comments,
            List<String> decisions) {
        List<Starter.Setting<?>> chosen = new ArrayList<>();
        List<String> from = new ArrayList<>();
        Map<String, Starter> starters = new java.util.LinkedHashMap<>();
        for (Survey module : modules) {
            Starter starter = rule.starter().of(module.facts());
            starters.put(module.project().artifactId(), starter);
            for (Starter.Setting<?> setting : starter.settings()) {
                int at = -1;
                for (int i = 0; i < chosen.size(); i++) {
                    if (chosen.get(i).option().name().equals(setting.option().name())) {
                        at = i;
                    }
                }
                if (at < 0) {
                    chosen.add(setting);
                    from.add(module.project().artifactId());
                } else if (weaker(setting, chosen.get(at))) {
                    chosen.set(at, setting);
                    from.set(at, module.project().artifactId());
                }
            }
        }
        if (chosen.isEmpty()) {
            comments.addAll(starters.values().iterator().next().comments());
            return Optional.empty();
        }
        comments.addAll(starters.get(from.get(0)).comments().stream().map(c -> from.get(0) + ": " + c).toList());
        List<String> weakestOf = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            weakestOf.add(chosen.get(i).option().name() + " from " + from.get(i));
        }
        comments.add("Measured in each module; the weakest value serves them all (" + String.join(", ", weakestOf)
                + "). A module held to more says so in a readiness.json of its own.");
        return settings(rule, new Starter(chosen, List.of()), comments, decisions);
    }

    /** Whether a measured value asks less than another: a lower floor, a higher ceiling. */
    private static boolean weaker(Starter.Setting<?> candidate, Starter.Setting<?> current) {
        if (!(candidate.value() instanceof Number a) || !(current.value() instanceof Number b)) {
            return false;
        }
        return switch (candidate.option().strictness()) {
            case HIGHER -> a.doubleValue() < b.doubleValue();
            case LOWER -> a.doubleValue() > b.doubleValue();
            default -> false;
        };
    }

    private static Optional<ObjectNode> settings(RuleDescriptor rule, Starter starter, List<String> comments,
            List<String> decisions) {
        comments.addAll(starter.comments());
        if (starter.settings().isEmpty()) {
            return Optional.empty();
        }
        ObjectNode settings = JSON.objectNode();
        for (Starter.Setting<?> setting : starter.settings()) {
            settings.set(setting.option().name(), value(setting));
            belowDefault(setting).ifPresent(below -> {
                String where = "rules." + rule.id() + "." + setting.option().name();
                comments.add(where + " " + below + ": the product passes a lower bar than the rule asks by default. "
                        + "Raise it as the tests allow, never lower it.");
                decisions.add(where + " " + below);
            });
        }
        return Optional.of(settings);
    }

    /** {@code 0.66 is below the rule's default 0.7} for a measured floor weaker than the option's default. */
    static Optional<String> belowDefault(Starter.Setting<?> setting) {
        Option<?> option = setting.option();
        if (!(setting.value() instanceof Number value) || !(option.defaultValue() instanceof Number fallback)) {
            return Optional.empty();
        }
        double measured = value.doubleValue();
        double standard = fallback.doubleValue();
        if (option.strictness() == Option.Strictness.HIGHER && measured < standard) {
            return Optional.of(MetricValues.format(measured) + " is below the rule's default " + MetricValues.format(standard));
        }
        if (option.strictness() == Option.Strictness.LOWER && measured > standard) {
            return Optional.of(MetricValues.format(measured) + " is above the rule's default " + MetricValues.format(standard));
        }
        return Optional.empty();
    }

    /**
     * The entry of a rule whose evidence the project does not have, written as a decision to take: off, with a
     * placeholder reason that fails until a person gives one (or removes the entry and provides the evidence); and
     * {@code performance.baseline} leaving out the timing metrics.
     */
    private static Optional<ObjectNode> decision(RuleDescriptor rule, Survey survey, List<String> comments) {
        switch (rule.id()) {
            case "schemas.declared" -> {
                if (!survey.schemas().isEmpty()) {
                    return Optional.empty();
                }
                if (survey.atRoot()) {
                    comments.add("At the root: schemas are a module's own. A module with a JSON input and output "
                            + "declares its \"schemas\" in a readiness.json of its own that extends this one and sets "
                            + "\"schemas.declared\": \"error\"" + modulesWith(survey, m -> !m.schemas().isEmpty(), "schemas") + ".");
                }
                comments.add("Decide: no JSON Schema was found under the main resources. A product with a JSON input "
                        + "and output declares both in \"schemas\" and removes this entry; a library or a batch job "
                        + "without one keeps the rule off and replaces " + TODO + " with why, e.g.:");
                comments.add("\"schemas.declared\": { \"severity\": \"off\", \"reason\": \"library: no JSON API\" }");
                return Optional.of(off());
            }
            case "performance.thresholds" -> {
                if (survey.metrics().isPresent()) {
                    return Optional.empty();
                }
                if (survey.atRoot()) {
                    comments.add("At the root: metrics are a module's own. A module with metrics declares \"metrics\" "
                            + "in a readiness.json of its own that extends this one and sets \"performance.thresholds\": "
                            + "\"error\"" + modulesWith(survey, m -> m.metrics().isPresent(), "metrics") + ".");
                }
                comments.add("Decide: the build writes no metrics (" + missingReason(survey.metrics()) + "). A model or "
                        + "service measures its quality, declares \"metrics\" and removes this entry; a library or a "
                        + "batch job without metrics keeps the rule off and replaces " + TODO + " with why, e.g.:");
                comments.add("\"performance.thresholds\": { \"severity\": \"off\", \"reason\": \"library: no model "
                        + "metrics\" }");
                return Optional.of(off());
            }
            case "documentation.drift" -> {
                if (hasSignals(survey)) {
                    return Optional.empty();
                }
                comments.add("Decide: with no input schema and no metrics declared, no signal exists for a drift check "
                        + "to watch, so operations declares none. A product whose inputs or metrics can shift declares "
                        + "them, adds operations.drift and removes this entry; one without keeps the rule off and replaces "
                        + TODO + " with why, e.g.:");
                comments.add("\"documentation.drift\": { \"severity\": \"off\", \"reason\": \"library: no model "
                        + "inputs to watch\" }");
                return Optional.of(off());
            }
            case "performance.baseline" -> {
                if (!survey.metrics().isPresent()) {
                    return Optional.empty();
                }
                List<String> timing = survey.metrics().value().values().keySet().stream().filter(StarterContract::isTiming)
                        .toList();
                if (timing.isEmpty()) {
                    return Optional.empty();
                }
                comments.add("Timing metrics vary from run to run; they are left out of the comparison with the baseline.");
                ObjectNode entry = JSON.objectNode();
                ArrayNode exclude = entry.putArray("exclude");
                timing.forEach(exclude::add);
                return Optional.of(entry);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static String modulesWith(Survey survey, java.util.function.Predicate<Survey> has, String what) {
        List<String> names = survey.modules().stream().filter(has).map(m -> m.project().artifactId()).toList();
        return names.isEmpty() ? " (no module has " + what + " today)" : " (" + what + " found in " + String.join(", ", names) + ")";
    }

    /** Whether the contract declares something a drift check can watch: an input schema's property or a metric. */
    private static boolean hasSignals(Survey survey) {
        return !survey.schemas().isEmpty() || survey.metrics().isPresent();
    }

    private static ObjectNode off() {
        return JSON.objectNode().put("severity", "off").put("reason", TODO);
    }

    private static <T> JsonNode value(Starter.Setting<T> setting) {
        return JsonValues.toJson(setting.option().type().write(setting.value()));
    }

    private static JsonNode defaults(RuleDescriptor rule) {
        if (rule.options().isEmpty()) {
            return JSON.textNode(rule.defaultSeverity().key());
        }
        ObjectNode settings = JSON.objectNode();
        for (Option<?> option : rule.options()) {
            settings.set(option.name(), defaultValue(option));
        }
        return settings;
    }

    private static <T> JsonNode defaultValue(Option<T> option) {
        return JsonValues.toJson(option.type().write(option.defaultValue()));
    }

    private static String missingReason(Evidence<?> evidence) {
        return Starter.missingReason(evidence);
    }

    /**
     * JSON text with {@code //} comments: members, each with the comment lines above it, some of them left as comments
     * (shown, not in force). Values are serialised by Jackson; this only lays them out, with commas only between the
     * members in force.
     */
    static final class CommentedJson {
        private static final int COMPACT = 100;

        /**
         * @param value the member's value, or {@code null} when it is an object of {@code children}
         * @param commentedOut the text of a member left as a comment, or {@code null} for a member in force
         */
        private record Item(List<String> comments, String key, JsonNode value, List<Item> children, String commentedOut) {
        }

        private final List<String> header = new ArrayList<>();
        private final List<Item> items = new ArrayList<>();
        private List<Item> current = items;

        void comment(String line) {
            header.add(line);
        }

        void open() {
            current = items;
        }

        /** A member; a {@code null} value makes an object whose members are added between {@link #openMember()} and {@link #closeMember()}. */
        void member(List<String> comments, String key, JsonNode value) {
            current.add(new Item(List.copyOf(comments), key, value, new ArrayList<>(), null));
        }

        void openMember() {
            current = current.get(current.size() - 1).children();
        }

        void closeMember() {
            current = items;
        }

        void commented(List<String> comments, String member) {
            current.add(new Item(List.copyOf(comments), null, null, List.of(), member));
        }

        String close() {
            StringBuilder text = new StringBuilder();
            header.forEach(line -> wrap(line, "", "// ").forEach(l -> text.append(l).append('\n')));
            text.append("{\n");
            object(text, items, "  ", true);
            return text.append("}\n").toString();
        }

        private static void object(StringBuilder text, List<Item> members, String indent, boolean spaced) {
            int lastInForce = -1;
            for (int i = 0; i < members.size(); i++) {
                if (members.get(i).commentedOut() == null) {
                    lastInForce = i;
                }
            }
            for (int i = 0; i < members.size(); i++) {
                Item item = members.get(i);
                if (spaced && i > 0 && !item.comments().isEmpty()) {
                    text.append('\n');
                }
                item.comments().forEach(line -> wrap(line, indent, "// ").forEach(l -> text.append(l).append('\n')));
                if (item.commentedOut() != null) {
                    text.append(indent).append("// ").append(item.commentedOut()).append('\n');
                    continue;
                }
                text.append(indent).append(JSON.textNode(item.key())).append(": ");
                if (item.value() != null) {
                    text.append(layout(item.value(), indent));
                } else {
                    text.append("{\n");
                    object(text, item.children(), indent + "  ", false);
                    text.append(indent).append('}');
                }
                text.append(i < lastInForce ? ",\n" : "\n");
            }
        }

        static String layout(JsonNode value, String indent) {
            String compact = oneLine(value);
            if (!value.isContainerNode() || indent.length() + compact.length() <= COMPACT && depth(value) <= 2) {
                return compact;
            }
            String inner = indent + "  ";
            StringBuilder out = new StringBuilder();
            if (value.isObject()) {
                out.append("{\n");
                Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.append(inner).append(JSON.textNode(field.getKey())).append(": ").append(layout(field.getValue(), inner));
                    out.append(fields.hasNext() ? ",\n" : "\n");
                }
                return out.append(indent).append('}').toString();
            }
            out.append("[\n");
            for (int i = 0; i < value.size(); i++) {
                out.append(inner).append(layout(value.get(i), inner)).append(i + 1 < value.size() ? ",\n" : "\n");
            }
            return out.append(indent).append(']').toString();
        }

        static String oneLine(JsonNode value) {
            if (value.isObject()) {
                if (value.isEmpty()) {
                    return "{}";
                }
                List<String> members = new ArrayList<>();
                value.fields().forEachRemaining(f -> members.add(JSON.textNode(f.getKey()) + ": " + oneLine(f.getValue())));
                return "{ " + String.join(", ", members) + " }";
            }
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(v -> items.add(oneLine(v)));
                return "[" + String.join(", ", items) + "]";
            }
            return value.toString();
        }

        private static int depth(JsonNode value) {
            int deepest = 0;
            for (JsonNode child : value) {
                deepest = Math.max(deepest, depth(child));
            }
            return value.isContainerNode() ? deepest + 1 : 0;
        }

        static List<String> wrap(String line, String indent, String prefix) {
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder(indent).append(prefix);
            int start = current.length();
            for (String word : line.split(" ")) {
                if (current.length() > start && current.length() + 1 + word.length() > WIDTH) {
                    lines.add(current.toString());
                    current = new StringBuilder(indent).append(prefix).append("  ");
                    start = current.length();
                }
                if (current.length() > start) {
                    current.append(' ');
                }
                current.append(word);
            }
            lines.add(current.toString());
            return lines;
        }
    }
}

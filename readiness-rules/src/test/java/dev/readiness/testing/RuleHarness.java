package dev.readiness.testing;

import dev.readiness.api.Finding;
import dev.readiness.api.Options;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.ContractLoader;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Gate;
import dev.readiness.core.Location;
import dev.readiness.engine.Engine;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.engine.RuleSettings;
import dev.readiness.facts.Facts;
import dev.readiness.facts.PomMetadata;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The one harness for rule and engine tests: a module written into a temporary directory (its files, its
 * {@code readiness.json}, test and coverage reports), the facts and the rule context built from it, a rule run on
 * them and its result returned for assertions. Files are real files; the contract goes through the real
 * {@link ContractLoader} and options through the real binding, so a bad option fails as it would in a build. Facts are
 * built anew for every run, so a file written between two runs is seen by the second. The date is fixed, so that
 * tests do not age.
 *
 * <pre>{@code
 * Outcome outcome = RuleHarness.in(dir)
 *         .file("notebooks/explore.ipynb", "{}")
 *         .evaluate(new ForbiddenFiles());
 * RuleResult result = RuleHarness.in(dir)
 *         .withMainSource()
 *         .surefire(SurefireReport.suite("com.acme.ScorerTest").passed("scores"))
 *         .result(new Executed());
 * }</pre>
 */
public final class RuleHarness {

    /** The date waivers are judged against, fixed so that tests do not age. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** The main source file {@link #withMainSource()} writes. */
    public static final String MAIN_SOURCE = "src/main/java/com/acme/churn/Scorer.java";

    public static final List<String> ALL_POM_ELEMENTS = List.of("name", "description", "url", "licenses", "scm");

    private static final String MINIMAL_CONTRACT = "{\"contract\": 1}\n";

    private final Path root;
    private Path module;
    private String packaging = "jar";
    private String version = "1.0.0-SNAPSHOT";
    private List<String> pomElements = ALL_POM_ELEMENTS;
    private Path mainArtifact;
    private Gate gate = Gate.DEFAULT;
    private LocalDate today = TODAY;
    private java.util.function.Consumer<Facts.Builder> moreFacts = builder -> { };
    private String testsSkipped = "";
    private List<Path> testReportDirectories;
    private boolean mainSource;
    private Instant buildStarted;

    private RuleHarness(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.module = this.root;
    }

    /** A single-module project in {@code dir}, the module directory being the reactor root. */
    public static RuleHarness in(Path dir) {
        return new RuleHarness(dir);
    }

    /** Makes the module a subdirectory of the reactor root; later paths are relative to it. */
    public RuleHarness module(String name) {
        module = root.resolve(name);
        createDirectories(module);
        return this;
    }

    public RuleHarness file(String relative, String text) {
        return file(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public RuleHarness file(String relative, byte[] bytes) {
        Path file = path(relative);
        createDirectories(file.getParent());
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RuleHarness directory(String relative) {
        createDirectories(path(relative));
        return this;
    }

    /** Writes the module's {@code readiness.json}. Without it, the contract is {@code {"contract": 1}}. */
    public RuleHarness contract(String json) {
        return file("readiness.json", json);
    }

    /** Writes {@code readiness.json} as {@code {"contract": 1, <members>}}. */
    public RuleHarness contractWith(String members) {
        return contract("{\n  \"contract\": 1" + (members.isBlank() ? "" : ",\n" + members) + "\n}\n");
    }

    /** Sets one rule's settings: {@code rule("tests.executed", "{\"min\": 5}")}. */
    public RuleHarness rule(String id, String settings) {
        return contract("{\"contract\": 1, \"rules\": {\"" + id + "\": " + settings + "}}");
    }

    /** Copies a test resource into the module. */
    public RuleHarness resource(String resource, String relative) {
        try (var in = RuleHarness.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return file(relative, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RuleHarness surefire(SurefireReport report) {
        report.writeTo(path("target/surefire-reports"));
        return this;
    }

    public RuleHarness failsafe(SurefireReport report) {
        report.writeTo(path("target/failsafe-reports"));
        return this;
    }

    /** Writes the JaCoCo report at its default place. */
    public RuleHarness jacoco(JacocoReport report) {
        return jacoco("target/site/jacoco/jacoco.xml", report);
    }

    public RuleHarness jacoco(String relative, JacocoReport report) {
        report.writeTo(path(relative));
        return this;
    }

    /** Copies the real reports of {@link Samples} to where the plugins write them in this module. */
    public RuleHarness sampleReports() {
        try {
            for (Path dir : List.of(Samples.surefireReports(), Samples.failsafeReports())) {
                Path target = path("target/" + dir.getFileName());
                Files.createDirectories(target);
                try (var files = Files.list(dir)) {
                    for (Path file : files.toList()) {
                        Files.copy(file, target.resolve(file.getFileName().toString()));
                    }
                }
            }
            Files.createDirectories(path("target/site/jacoco"));
            Files.copy(Samples.jacocoXml(), path("target/site/jacoco/jacoco.xml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * A main source file ({@link #MAIN_SOURCE}) unless the module has one, written when the facts are built: a module
     * whose test and coverage reports are judged has some code they come from.
     */
    public RuleHarness withMainSource() {
        mainSource = true;
        return this;
    }

    /** A module without any code, as a packaging module: no main source written (the default). */
    public RuleHarness withoutCode() {
        mainSource = false;
        return this;
    }

    /** Why the build skips its tests ({@code "skipTests=true"}). */
    public RuleHarness testsSkipped(String reason) {
        testsSkipped = reason;
        return this;
    }

    /** When the build started; reports written before it are left over. By default the facts do not know. */
    public RuleHarness buildStarted(Instant value) {
        buildStarted = value;
        return this;
    }

    /** Sets when a report (or any file) of the module was last written. */
    public RuleHarness writtenAt(String relative, Instant time) {
        try {
            Files.setLastModifiedTime(path(relative), FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public RuleHarness testReportDirectories(String... relative) {
        testReportDirectories = Arrays.stream(relative).map(this::path).toList();
        return this;
    }

    /** The POM elements declared (in the module's pom.xml); all five checked by default. */
    public RuleHarness pom(String... elements) {
        pomElements = List.of(elements);
        return this;
    }

    /** The POM metadata was not collected, as when the rules run outside the plugin. */
    public RuleHarness withoutPomMetadata() {
        pomElements = null;
        return this;
    }

    /** Writes a jar with these entries and makes it the main artifact. */
    public RuleHarness jar(String relative, Map<String, byte[]> entries) {
        Path file = path(relative);
        createDirectories(file.getParent());
        writeZip(file, entries);
        return mainArtifact(relative);
    }

    /** Names the main artifact without creating it. */
    public RuleHarness mainArtifact(String relative) {
        mainArtifact = path(relative);
        return this;
    }

    /** Empty {@code .class} files in {@code target/classes}: enough for the facts to see the classes as compiled. */
    public RuleHarness compiledClasses(String... qualifiedNames) {
        directory("target/classes");
        for (String name : qualifiedNames) {
            file("target/classes/" + name.replace('.', '/') + ".class", new byte[0]);
        }
        return this;
    }

    public RuleHarness packaging(String value) {
        packaging = value;
        return this;
    }

    public RuleHarness version(String value) {
        version = value;
        return this;
    }

    public RuleHarness gate(Gate value) {
        gate = value;
        return this;
    }

    public RuleHarness today(LocalDate value) {
        today = value;
        return this;
    }

    /** More evidence for the facts, such as a {@link Dependencies} fixture: {@code .with(deps::applyTo)}. */
    public RuleHarness with(java.util.function.Consumer<Facts.Builder> evidence) {
        moreFacts = moreFacts.andThen(evidence);
        return this;
    }

    /** The module directory. */
    public Path dir() {
        return module;
    }

    /** A path in the module. */
    public Path path(String relative) {
        return module.resolve(relative).normalize();
    }

    public Path root() {
        return root;
    }

    public Path contractFile() {
        return path("readiness.json");
    }

    public LoadedContract loadContract() {
        if (!Files.exists(contractFile())) {
            contract(MINIMAL_CONTRACT);
        }
        return new ContractLoader(getClass().getClassLoader()).load(ContractSource.file(contractFile()), Optional.empty());
    }

    public Facts facts() {
        if (mainSource && !Files.exists(path(MAIN_SOURCE))) {
            file(MAIN_SOURCE, "package com.acme.churn;\n\npublic final class Scorer {\n}\n");
        }
        Path target = module.resolve("target");
        ProjectInfo project = new ProjectInfo("com.acme", "churn", version, packaging, module, root, module.resolve("pom.xml"),
                target, target.resolve("classes"), List.of(module.resolve("src/main/resources")));
        Facts.Builder facts = FileReaders.facts(project);
        if (pomElements != null) {
            Map<String, Location> declared = new LinkedHashMap<>();
            for (int i = 0; i < pomElements.size(); i++) {
                declared.put(pomElements.get(i), Location.of(project.pomFile(), 5 + i));
            }
            facts.pomMetadata(new PomMetadata(declared, Location.of(project.pomFile())));
        }
        if (mainArtifact != null) {
            facts.mainArtifact(mainArtifact);
        }
        facts.testsSkipped(testsSkipped).buildStarted(buildStarted);
        if (testReportDirectories != null) {
            facts.testReportDirectories(testReportDirectories);
        }
        moreFacts.accept(facts);
        return facts.build();
    }

    /** Runs one rule with the options the contract sets for it, as the engine would, without severity or waivers. */
    public Outcome evaluate(Rule rule) {
        return evaluate(rule, List.of());
    }

    /** Runs one rule that judges other rules' results. */
    public Outcome evaluate(Rule rule, List<RuleResult> earlier) {
        LoadedContract contract = loadContract();
        List<Rule> rules = new ArrayList<>(builtInRules().rules());
        rules.add(rule);
        RuleSettings settings = RuleSettings.bind(contract, new RuleRegistry(rules)).get(rule.descriptor().id());
        return new RuleContext(facts(), contract, settings.options(), gate, today, earlier,
                new RuleRegistry(rules).descriptors()).evaluate(rule);
    }

    /** The context a rule sees, with default options: the module's facts and contract, the gate and the date. */
    public RuleContext context() {
        return context(Options.defaults());
    }

    /** The context of a rule with these option values. */
    public RuleContext context(Options options) {
        return new RuleContext(facts(), loadContract(), options, gate, today, List.of());
    }

    /** Runs one rule through the engine: severities, statuses, a broken setup turned into FAIL. */
    public RuleResult result(Rule rule) {
        return check(rule).results().get(0);
    }

    /** Runs every built-in rule through the engine. */
    public Report check() {
        return check(builtInRules());
    }

    /** Runs only these rules through the engine. */
    public Report check(Rule... rules) {
        return check(new RuleRegistry(List.of(rules)));
    }

    public Report check(RuleRegistry registry) {
        return new Engine(registry).evaluate(loadContract(), facts(), gate, "set by the test", today);
    }

    public static RuleRegistry builtInRules() {
        return RuleRegistry.load(RuleHarness.class.getClassLoader());
    }

    /** The result of one rule in a report. */
    public static RuleResult result(Report report, String ruleId) {
        return report.results().stream().filter(r -> r.rule().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + ruleId + " in " + report.results()));
    }

    public static List<String> messages(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).toList();
    }

    /** The 1-based line of the first line of {@code readiness.json} that contains {@code text}. */
    public int contractLine(String text) {
        return lineOf("readiness.json", text);
    }

    /** The 1-based line of the first line of a module file that contains {@code text}. */
    public int lineOf(String relative, String text) {
        try {
            List<String> lines = Files.readAllLines(path(relative), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(text)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException(relative + " has no line with " + text);
    }

    /** Writes a zip (a jar) with these entries, deflated. */
    public static void writeZip(Path file, Map<String, byte[]> entries) {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package dev.readiness.testing;

import dev.readiness.api.Finding;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A module on disk, its {@code readiness.json} and the facts about it, for rule and engine tests. Files are real files
 * in a temporary directory; the contract goes through the real {@link ContractLoader}.
 *
 * <pre>{@code
 * Outcome outcome = TestProject.in(dir)
 *         .file("notebooks/explore.ipynb", "{}")
 *         .evaluate(new ForbiddenFiles());
 * }</pre>
 */
public final class TestProject {

    /** The date waivers are judged against, fixed so that tests do not age. */
    public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

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

    private TestProject(Path root) {
        this.root = root.toAbsolutePath().normalize();
        this.module = this.root;
    }

    /** A single-module project in {@code dir}, the module directory being the reactor root. */
    public static TestProject in(Path dir) {
        return new TestProject(dir);
    }

    /** Makes the module a subdirectory of the reactor root; later paths are relative to it. */
    public TestProject module(String name) {
        module = root.resolve(name);
        createDirectories(module);
        return this;
    }

    public TestProject file(String relative, String text) {
        return file(relative, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestProject file(String relative, byte[] bytes) {
        Path file = path(relative);
        createDirectories(file.getParent());
        try {
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public TestProject directory(String relative) {
        createDirectories(path(relative));
        return this;
    }

    /** Writes the module's {@code readiness.json}. Without it, the contract is {@code {"contract": 1}}. */
    public TestProject contract(String json) {
        return file("readiness.json", json);
    }

    /** The POM elements declared (in the module's pom.xml); all five checked by default. */
    public TestProject pom(String... elements) {
        pomElements = List.of(elements);
        return this;
    }

    /** The POM metadata was not collected, as when the rules run outside the plugin. */
    public TestProject withoutPomMetadata() {
        pomElements = null;
        return this;
    }

    /** Writes a jar with these entries and makes it the main artifact. */
    public TestProject jar(String relative, Map<String, byte[]> entries) {
        Path file = path(relative);
        createDirectories(file.getParent());
        writeZip(file, entries);
        return mainArtifact(relative);
    }

    /** Names the main artifact without creating it. */
    public TestProject mainArtifact(String relative) {
        mainArtifact = path(relative);
        return this;
    }

    /** Empty {@code .class} files in {@code target/classes}: enough for the facts to see the classes as compiled. */
    public TestProject compiledClasses(String... qualifiedNames) {
        directory("target/classes");
        for (String name : qualifiedNames) {
            file("target/classes/" + name.replace('.', '/') + ".class", new byte[0]);
        }
        return this;
    }

    public TestProject packaging(String value) {
        packaging = value;
        return this;
    }

    public TestProject version(String value) {
        version = value;
        return this;
    }

    public TestProject gate(Gate value) {
        gate = value;
        return this;
    }

    public TestProject today(LocalDate value) {
        today = value;
        return this;
    }

    /** More evidence for the facts, such as a {@link Dependencies} fixture: {@code .with(deps::applyTo)}. */
    public TestProject with(java.util.function.Consumer<Facts.Builder> evidence) {
        moreFacts = moreFacts.andThen(evidence);
        return this;
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
        return RuleRegistry.load(TestProject.class.getClassLoader());
    }

    /** The result of one rule in a report. */
    public static RuleResult result(Report report, String ruleId) {
        return report.results().stream().filter(r -> r.rule().equals(ruleId)).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + ruleId + " in " + report.results()));
    }

    public static List<String> messages(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).toList();
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

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
import dev.readiness.engine.Engine;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.engine.RuleSettings;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A module on disk with test and coverage reports, its {@code readiness.json}, and the facts about it, for the
 * {@code tests.*} and {@code coverage.*} rule tests. The contract goes through the real loader, options through the
 * real binding, so a bad option fails as it would in a build.
 *
 * <pre>{@code
 * RuleResult result = EvidenceProject.in(dir)
 *         .surefire(SurefireReport.suite("com.acme.ScorerTest").passed("scores"))
 *         .check(new Executed());
 * }</pre>
 */
public final class EvidenceProject {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    /** The main source file every module has unless {@link #withoutCode()} says otherwise. */
    public static final String MAIN_SOURCE = "src/main/java/com/acme/churn/Scorer.java";

    private final Path module;
    private String testsSkipped = "";
    private List<Path> testReportDirectories;
    private boolean code = true;
    private java.time.Instant buildStarted;

    private EvidenceProject(Path module) {
        this.module = module.toAbsolutePath().normalize();
    }

    public static EvidenceProject in(Path dir) {
        return new EvidenceProject(dir);
    }

    public Path path(String relative) {
        return module.resolve(relative).normalize();
    }

    /** Writes the module's {@code readiness.json}; without it the contract is {@code {"contract": 1}}. */
    public EvidenceProject contract(String json) {
        try {
            Files.writeString(path("readiness.json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Sets one rule's settings: {@code rule("tests.executed", "{\"min\": 5}")}. */
    public EvidenceProject rule(String id, String settings) {
        return contract("{\"contract\": 1, \"rules\": {\"" + id + "\": " + settings + "}}");
    }

    public EvidenceProject surefire(SurefireReport report) {
        report.writeTo(path("target/surefire-reports"));
        return this;
    }

    public EvidenceProject failsafe(SurefireReport report) {
        report.writeTo(path("target/failsafe-reports"));
        return this;
    }

    /** Writes the JaCoCo report at its default place. */
    public EvidenceProject jacoco(JacocoReport report) {
        return jacoco("target/site/jacoco/jacoco.xml", report);
    }

    public EvidenceProject jacoco(String relative, JacocoReport report) {
        report.writeTo(path(relative));
        return this;
    }

    /** Copies the real reports of {@link Samples} to where the plugins write them in this module. */
    public EvidenceProject sampleReports() {
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

    public EvidenceProject file(String relative, String text) {
        try {
            Files.createDirectories(path(relative).getParent());
            Files.writeString(path(relative), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public EvidenceProject testsSkipped(String reason) {
        testsSkipped = reason;
        return this;
    }

    /**
     * A module without any code: no sources and no classes, as a packaging module. By default the module has a main
     * source file, since the reports it holds come from testing some code.
     */
    public EvidenceProject withoutCode() {
        code = false;
        return this;
    }

    /** When the build started; reports written before it are left over. By default the facts do not know. */
    public EvidenceProject buildStarted(java.time.Instant value) {
        buildStarted = value;
        return this;
    }

    /** Sets when a report (or any file) of the module was last written. */
    public EvidenceProject writtenAt(String relative, java.time.Instant time) {
        try {
            Files.setLastModifiedTime(path(relative), java.nio.file.attribute.FileTime.from(time));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public EvidenceProject testReportDirectories(String... relative) {
        testReportDirectories = java.util.Arrays.stream(relative).map(this::path).toList();
        return this;
    }

    public LoadedContract loadContract() {
        if (!Files.exists(path("readiness.json"))) {
            contract("{\"contract\": 1}\n");
        }
        return new ContractLoader(getClass().getClassLoader()).load(ContractSource.file(path("readiness.json")), Optional.empty());
    }

    public Facts facts() {
        if (code && !Files.exists(path(MAIN_SOURCE))) {
            file(MAIN_SOURCE, "package com.acme.churn;\n\npublic final class Scorer {\n}\n");
        }
        Facts.Builder facts = FileReaders.facts(ProjectInfo.standard("com.acme", "churn", "1.0.0-SNAPSHOT", module))
                .testsSkipped(testsSkipped)
                .buildStarted(buildStarted);
        if (testReportDirectories != null) {
            facts.testReportDirectories(testReportDirectories);
        }
        return facts.build();
    }

    /** Runs one rule with the options the contract sets for it, without severity, gate or waivers. */
    public Outcome evaluate(Rule rule) {
        LoadedContract contract = loadContract();
        RuleSettings settings = RuleSettings.bind(contract, new RuleRegistry(List.of(rule))).get(rule.descriptor().id());
        return new RuleContext(facts(), contract, settings.options(), Gate.DEFAULT, TODAY, List.of()).evaluate(rule);
    }

    /** Runs one rule through the engine: severities, statuses, a broken setup turned into FAIL. */
    public RuleResult check(Rule rule) {
        return new Engine(new RuleRegistry(List.of(rule)))
                .evaluate(loadContract(), facts(), Gate.DEFAULT, "set by the test", TODAY)
                .results().get(0);
    }

    public static List<String> messages(Outcome outcome) {
        return outcome.findings().stream().map(Finding::message).toList();
    }
}

package dev.readiness.testing;

import dev.readiness.api.Options;
import dev.readiness.api.RuleContext;
import dev.readiness.contract.ContractLoader;
import dev.readiness.contract.ContractSource;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Gate;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A module on disk (a temporary directory) with a contract and files, and the rule context for it. */
public final class ModuleFixture {

    public static final LocalDate TODAY = LocalDate.of(2025, 6, 30);

    private final Path dir;
    private Facts facts;

    private ModuleFixture(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    /** A single-module project in {@code dir}, which is also the reactor root. */
    public static ModuleFixture in(Path dir) {
        return new ModuleFixture(dir);
    }

    public Path dir() {
        return dir;
    }

    public Path path(String relative) {
        return dir.resolve(relative);
    }

    public ModuleFixture file(String relative, String content) {
        Path file = path(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Facts read each piece of evidence once, as in a build; a changed file starts a new build.
        facts = null;
        return this;
    }

    /** Copies a test resource into the module. */
    public ModuleFixture resource(String resource, String relative) {
        try (var in = ModuleFixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return file(relative, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code readiness.json}: {@code {"contract": 1, <body>}}. */
    public ModuleFixture contract(String body) {
        return file("readiness.json", "{\n  \"contract\": 1" + (body.isBlank() ? "" : ",\n" + body) + "\n}\n");
    }

    public Facts facts() {
        if (facts == null) {
            facts = FileReaders.facts(ProjectInfo.standard("com.acme", "churn", "1.0.0-SNAPSHOT", dir)).build();
        }
        return facts;
    }

    public LoadedContract loadedContract() {
        return new ContractLoader(ModuleFixture.class.getClassLoader())
                .load(ContractSource.file(path("readiness.json")), Optional.empty());
    }

    /** The context of a rule with these option values. */
    public RuleContext context(dev.readiness.api.Options options) {
        RuleContext context = context();
        return new RuleContext(context.facts(), context.contract(), options, context.gate(), context.today(), context.results());
    }

    public RuleContext context() {
        return new RuleContext(facts(), loadedContract(), Options.defaults(), Gate.DEFAULT, TODAY, List.of());
    }

    /** The 1-based line of the first line of {@code readiness.json} that contains {@code text}. */
    public int contractLine(String text) {
        return lineOf("readiness.json", text);
    }

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
}

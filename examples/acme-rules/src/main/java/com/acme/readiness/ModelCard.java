package com.acme.readiness;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.facts.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code acme.model-card}: the module has a model card ({@code MODEL_CARD.md}) with the sections Acme's model review
 * asks for. Registered in {@code META-INF/services/dev.readiness.api.Rule}.
 */
public final class ModelCard implements Rule {

    public static final String ID = "acme.model-card";

    public static final Option<String> FILE = Option.of("file", OptionType.text(), "MODEL_CARD.md",
            Option.Strictness.NEITHER, "the model card, relative to the module");
    public static final Option<List<String>> SECTIONS = Option.of("sections", OptionType.textList(),
            List.of("Intended use", "Limitations", "Training data"), Option.Strictness.MORE,
            "headings the model card must have (any level, case-insensitive)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule(ID)
            .severity(Severity.ERROR)
            .summary("The model card has the required sections")
            .because("A model is handed over with what it is for, where it fails and what it learnt from: "
                    + "the model card is where reviewers and users read it.")
            .help("Add MODEL_CARD.md to the module with a Markdown heading (## Intended use, ...) for each section.")
            .options(FILE, SECTIONS)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Workspace workspace = context.facts().workspace();
        String name = context.option(FILE);
        Location declaredAt = context.contract().locate(LoadedContract.pointer("rules", ID, FILE.name()));
        // Refuses an absolute path or one that leaves the repository, with the contract line to fix.
        Path file = workspace.resolve(name, "model card", declaredAt);
        if (!workspace.isFile(file)) {
            return Outcome.violated(Finding.of("there is no model card " + name).at(declaredAt).subject(name)
                    .hint("add " + name + " with the sections " + String.join(", ", context.option(SECTIONS))));
        }
        // A file that exists but cannot be read is missing evidence: the rule FAILs and says why, never passes.
        String text = context.require(workspace.readText(file));
        Set<String> headings = headings(text);
        List<Finding> findings = new ArrayList<>();
        for (String section : context.option(SECTIONS)) {
            if (!headings.contains(normalize(section))) {
                findings.add(Finding.of("the model card has no \"" + section + "\" section").at(Location.of(file))
                        .subject(section)
                        .hint("add a heading \"## " + section + "\" to " + name + " with its content"));
            }
        }
        return Outcome.of(findings, "the model card has every required section");
    }

    /** The card's headings, normalized: ATX ({@code ## Limitations}) and setext (a line underlined with = or -). */
    static Set<String> headings(String markdown) {
        Set<String> headings = new LinkedHashSet<>();
        String previous = "";
        for (String line : markdown.lines().toList()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#")) {
                headings.add(normalize(trimmed.replaceFirst("^#+", "").replaceFirst("#+$", "")));
            } else if (!previous.isBlank() && (trimmed.matches("=+") || trimmed.matches("-+"))) {
                headings.add(normalize(previous));
            }
            previous = line;
        }
        return headings;
    }

    private static String normalize(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT);
    }
}

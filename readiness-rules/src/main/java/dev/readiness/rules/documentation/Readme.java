package dev.readiness.rules.documentation;

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

/** {@code documentation.readme}: the README has the sections a team agreed on. Off unless a contract turns it on. */
public final class Readme implements Rule {

    public static final Option<String> FILE = Option.of("file", OptionType.text(), "README.md", Option.Strictness.NEITHER,
            "the README, relative to the module (also looked up in each directory above it up to the repository root)");
    public static final Option<List<String>> SECTIONS = Option.of("sections", OptionType.textList(),
            List.of("Usage", "Resources", "Failure modes"), Option.Strictness.MORE,
            "headings the README must have (any level, case-insensitive)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("documentation.readme")
            .severity(Severity.OFF)
            .summary("The README has the required section headings")
            .because("Documented resource requirements and failure modes: a README is where a new engineer looks first.")
            .help("Add a Markdown heading (# Usage, ## Resources, ...) for each missing section.")
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
        Path inModule = workspace.resolve(name, "README",
                context.contract().locate(LoadedContract.pointer("rules", DESCRIPTOR.id(), FILE.name())));
        Path file = workspace.lookUp(inModule).found().orElse(inModule);
        String text = context.require(workspace.readText(file));
        Set<String> headings = new LinkedHashSet<>();
        String previous = "";
        for (String line : text.lines().toList()) {
            String trimmed = line.trim();
            if (trimmed.startsWith("#")) {
                headings.add(normalize(atxText(trimmed)));
            } else if (!previous.isBlank() && (repeats(trimmed, '=') || repeats(trimmed, '-'))) {
                headings.add(normalize(previous));
            }
            previous = line;
        }
        List<Finding> findings = new ArrayList<>();
        for (String section : context.option(SECTIONS)) {
            if (!headings.contains(normalize(section))) {
                findings.add(Finding.of("the README has no \"" + section + "\" section").at(Location.of(file))
                        .subject(section)
                        .hint("add a heading \"## " + section + "\" with its content"));
            }
        }
        return Outcome.of(findings, "the README has every required section");
    }

    /**
     * The text of an ATX heading ({@code ## Usage ##}): without the leading and the trailing {@code #}s (those before a
     * last line separator too, which {@code trim()} keeps). By hand, not by regular expression: this runs for every
     * heading of a README of any length.
     */
    static String atxText(String trimmed) {
        int start = 0;
        while (start < trimmed.length() && trimmed.charAt(start) == '#') {
            start++;
        }
        int length = trimmed.length();
        int end = length > start && isLineSeparator(trimmed.charAt(length - 1)) ? length - 1 : length;
        int cut = end;
        while (cut > start && trimmed.charAt(cut - 1) == '#') {
            cut--;
        }
        return trimmed.substring(start, cut) + trimmed.substring(end);
    }

    /** The line terminators of Java's regular expressions that {@code String.trim()} and {@code lines()} keep. */
    private static boolean isLineSeparator(char c) {
        return c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** Whether the line is one character repeated, at least once: a setext heading's underline. */
    static boolean repeats(String trimmed, char c) {
        if (trimmed.isEmpty()) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            if (trimmed.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }

    private static String normalize(String heading) {
        return heading.trim().toLowerCase(Locale.ROOT);
    }
}

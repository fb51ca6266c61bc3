package dev.readiness.rules.structure;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Glob;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import java.util.ArrayList;
import java.util.List;

/** {@code structure.forbidden-files}: notebooks, bytecode caches and OS litter stay out of the packaged project. */
public final class ForbiddenFiles implements Rule {

    public static final Option<List<String>> PATTERNS = Option.of("patterns", OptionType.textList(),
            List.of("**/*.ipynb", "**/.ipynb_checkpoints/**", "**/*.pyc", "**/__pycache__/**", "**/.DS_Store"),
            Option.Strictness.MORE, "glob patterns of files that must not be in the module (target/ and VCS folders excluded)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("structure.forbidden-files")
            .severity(Severity.ERROR)
            .summary("No notebooks, bytecode caches or OS litter in the module")
            .because("Packaged code following project-structure conventions: a notebook or a cache in the source tree "
                    + "means the code that runs is not the code that was reviewed.")
            .help("Move exploratory notebooks to a research repository, delete caches, and list them in .gitignore.")
            .options(PATTERNS)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        List<String> files = context.require(context.facts().workspace().moduleFiles());
        List<Glob> patterns = new ArrayList<>();
        for (String pattern : context.option(PATTERNS)) {
            patterns.add(Glob.ofPath(pattern));
        }
        List<Finding> findings = new ArrayList<>();
        for (String file : files) {
            for (Glob pattern : patterns) {
                if (pattern.matches(file)) {
                    findings.add(Finding.of("forbidden file " + file + " (matches " + pattern + ")")
                            .at(Location.of(context.facts().workspace().moduleDir().resolve(file)))
                            .subject(file)
                            .hint("delete it (git rm --cached " + file + " to keep a local copy) and add the pattern to .gitignore"));
                    break;
                }
            }
        }
        return Outcome.of(findings, "no file matches " + patterns.size() + " forbidden patterns");
    }
}

package dev.readiness.rules.structure;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Severity;
import dev.readiness.facts.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code structure.required-files}: the files every handed-over project has, in the module or a directory above it up to the repository root. */
public final class RequiredFiles implements Rule {

    public static final Option<List<String>> FILES = Option.of("files", OptionType.textList(), List.of("README.md"),
            Option.Strictness.MORE, "files that must exist, relative to the module; also looked up in each directory above it up to the repository root");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("structure.required-files")
            .severity(Severity.ERROR)
            .summary("Required files (README.md by default) exist")
            .because("Packaged code following project-structure conventions: whoever runs the product needs its "
                    + "documentation next to its code.")
            .help("Add each missing file to the module or to the repository root.")
            .options(FILES)
            .build();

    /** {@code /repo/app, /repo}: the directories in the order they were looked in. */
    static String searched(Workspace.Lookup lookup) {
        List<String> dirs = lookup.searched().stream().map(Path::toString).toList();
        return dirs.size() == 1 ? dirs.get(0)
                : String.join(", ", dirs.subList(0, dirs.size() - 1)) + " and " + dirs.get(dirs.size() - 1);
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Workspace workspace = context.facts().workspace();
        List<Finding> findings = new ArrayList<>();
        List<String> files = context.option(FILES);
        for (String file : files) {
            Path inModule = workspace.resolve(file, "required file",
                    context.contract().locate(LoadedContract.pointer("rules", DESCRIPTOR.id(), FILES.name())));
            Workspace.Lookup lookup = workspace.lookUp(inModule);
            if (lookup.found().isEmpty()) {
                findings.add(Finding.of("required file " + file + " is missing (looked in " + searched(lookup) + ")")
                        .subject(workspace.relative(inModule))
                        .hint("add " + file + " to the module or the repository root"));
            }
        }
        return Outcome.of(findings, "all " + files.size() + " required files exist");
    }
}

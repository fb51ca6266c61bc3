package dev.readiness.rules.structure;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import java.util.Optional;
import java.util.Set;

/** {@code structure.entry-point}: the class the contract says runs the product is really built. */
public final class EntryPoint implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("structure.entry-point")
            .severity(Severity.ERROR)
            .summary("The declared entryPoint class is compiled into the build output")
            .because("Packaged code following project-structure conventions: engineering must know what to run, and "
                    + "that it exists in the artifact rather than in a notebook.")
            .help("Set \"entryPoint\" to the fully qualified name of the main class, and make sure it is under "
                    + "src/main/java.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Optional<String> entryPoint = context.contract().contract().entryPointClass();
        if (entryPoint.isEmpty()) {
            return Outcome.notApplicable("the contract declares no entryPoint");
        }
        Set<String> classes = context.require(context.facts().compiledClasses());
        String name = entryPoint.get();
        if (classes.contains(name)) {
            return Outcome.holds(name + " is compiled into the build output");
        }
        String source = "src/main/java/" + name.replace('.', '/') + ".java";
        return Outcome.violated(Finding.of("the entry point " + name + " is not compiled into "
                        + context.facts().workspace().relative(context.facts().project().outputDirectory()))
                .at(context.contract().locate("/entryPoint"))
                .subject(name)
                .hint("correct \"entryPoint\" to a class of this module, or add " + source));
    }
}

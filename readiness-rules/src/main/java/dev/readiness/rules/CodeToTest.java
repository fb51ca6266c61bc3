package dev.readiness.rules;

import dev.readiness.api.Outcome;
import dev.readiness.core.Evidence;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ModuleCode;
import java.util.Optional;

/**
 * Whether the rules about tests and coverage apply: a module with no code at all (a packaging or aggregation jar) has
 * nothing to test or cover. Only a module that truly has no code is spared; when its code cannot be looked for, the
 * rule judges its evidence as usual, so a missing report is still a FAIL.
 */
public final class CodeToTest {

    private CodeToTest() {
    }

    /** Not applicable, with the reason, for a module without main or test code; empty for every other module. */
    public static Optional<Outcome> absent(Facts facts) {
        Evidence<ModuleCode> code = facts.moduleCode();
        if (code.isPresent() && code.value().none()) {
            return Optional.of(Outcome.notApplicable("not applicable: the module has no code to test, "
                    + code.value().describe()));
        }
        return Optional.empty();
    }
}

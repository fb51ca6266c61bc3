package dev.readiness.api;

import dev.readiness.core.Evidence;

/**
 * Ends a rule that cannot read the evidence it needs ({@link RuleContext#require}); the engine reports the rule as
 * unable to read its evidence, with the reason, location and fix the evidence carries. Not an error of the rule, so it
 * carries no stack trace.
 */
public final class MissingEvidenceException extends RuntimeException {

    private final transient Evidence.Missing<?> missing;

    MissingEvidenceException(Evidence.Missing<?> missing) {
        super(missing.reason(), null, false, false);
        this.missing = missing;
    }

    /** The evidence that is missing. */
    public Evidence.Missing<?> missing() {
        return missing;
    }

    /** The outcome the rule would have returned: unreadable evidence. */
    public Outcome outcome() {
        return Outcome.unreadable(missing);
    }
}

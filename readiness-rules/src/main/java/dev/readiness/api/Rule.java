package dev.readiness.api;

/**
 * A readiness rule: a pure function from facts and typed options to an {@link Outcome}. It never logs, never does I/O
 * of its own (the facts do, once) and never throws for a violation. Register an implementation with
 * {@code META-INF/services/dev.readiness.api.Rule}; it needs a public no-argument constructor.
 */
public interface Rule {

    RuleDescriptor descriptor();

    Outcome evaluate(RuleContext context);
}

package dev.readiness.testing;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import java.util.function.Function;

/** A rule whose outcome a test chooses, for engine tests that must not depend on what a real rule checks. */
public final class FixedRule implements Rule {

    public static final Option<Long> LIMIT = Option.of("limit", OptionType.wholeNumber(0), 3L, Option.Strictness.LOWER,
            "a number the rule reports back");

    private final RuleDescriptor descriptor;
    private final Function<RuleContext, Outcome> outcome;

    private FixedRule(RuleDescriptor descriptor, Function<RuleContext, Outcome> outcome) {
        this.descriptor = descriptor;
        this.outcome = outcome;
    }

    public static FixedRule holding(String id) {
        return new FixedRule(descriptor(id, Severity.ERROR).build(), context -> Outcome.holds("all good"));
    }

    public static FixedRule violated(String id, Severity defaultSeverity) {
        return new FixedRule(descriptor(id, defaultSeverity).build(),
                context -> Outcome.violated(Finding.of("something is wrong").hint("fix it")));
    }

    public static FixedRule releaseOnly(String id) {
        return new FixedRule(descriptor(id, Severity.ERROR).releaseOnly().build(),
                context -> Outcome.violated(Finding.of("not releasable")));
    }

    /** A rule that arrived with contract format {@code version} and always holds. */
    public static FixedRule since(String id, int version) {
        return new FixedRule(descriptor(id, Severity.ERROR).sinceContract(version).build(), context -> Outcome.holds("all good"));
    }

    /** A rule that runs after the others and sees their results, like {@code contract.waivers}. */
    public static FixedRule judging(String id, Function<RuleContext, Outcome> outcome) {
        return new FixedRule(descriptor(id, Severity.ERROR).afterOthers().build(), outcome);
    }

    public static FixedRule of(String id, Severity defaultSeverity, Function<RuleContext, Outcome> outcome) {
        return new FixedRule(descriptor(id, defaultSeverity).build(), outcome);
    }

    private static RuleDescriptor.Builder descriptor(String id, Severity severity) {
        return RuleDescriptor.rule(id).severity(severity).summary("a rule for tests").because("tests need it")
                .help("nothing to do").options(LIMIT);
    }

    @Override
    public RuleDescriptor descriptor() {
        return descriptor;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        return outcome.apply(context);
    }
}

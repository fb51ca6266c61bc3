package dev.readiness.api;

import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Evidence;
import dev.readiness.core.Gate;
import dev.readiness.facts.Facts;
import java.time.LocalDate;
import java.util.List;

/**
 * What a rule sees.
 *
 * @param facts the module's evidence
 * @param contract the merged contract with its chain
 * @param options this rule's option values
 * @param gate the gate the build is held to
 * @param today the date waivers are judged against
 * @param results the other rules' results; filled only for rules that run {@linkplain RuleDescriptor#afterOthers() after others}
 * @param catalogue every registered rule's descriptor, for rules that judge the contract's rule settings
 */
public record RuleContext(Facts facts, LoadedContract contract, Options options, Gate gate, LocalDate today,
        List<RuleResult> results, List<RuleDescriptor> catalogue) {

    public RuleContext {
        results = List.copyOf(results);
        catalogue = List.copyOf(catalogue);
    }

    public RuleContext(Facts facts, LoadedContract contract, Options options, Gate gate, LocalDate today,
            List<RuleResult> results) {
        this(facts, contract, options, gate, today, results, List.of());
    }

    public <T> T option(Option<T> option) {
        return options.get(option);
    }

    /**
     * Runs a rule in this context as the engine does: when evidence it {@linkplain #require requires} is missing, the
     * outcome is {@linkplain Outcome#unreadable(Evidence) unreadable}. Bad input ({@code InvalidInputException}) and
     * crashes are left to the caller.
     */
    public Outcome evaluate(Rule rule) {
        try {
            return rule.evaluate(this);
        } catch (MissingEvidenceException e) {
            return e.outcome();
        }
    }

    /**
     * The value of evidence the rule cannot do without. When it is missing the rule ends here: the engine reports it as
     * unable to read its evidence (a FAIL whatever the severity) with the reason, location and fix the evidence
     * carries, so that no rule mistakes a missing report for an empty one.
     *
     * @throws MissingEvidenceException when the evidence is missing; let it pass, the engine handles it
     */
    public <T> T require(Evidence<T> evidence) {
        if (evidence instanceof Evidence.Missing<T> missing) {
            throw new MissingEvidenceException(missing);
        }
        return evidence.value();
    }
}

package dev.readiness.rules.contract;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.RuleResult;
import dev.readiness.api.WaiverTerms;
import dev.readiness.contract.Contract;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.core.Suggestions;
import dev.readiness.core.Wildcard;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code contract.waivers}: every exception is owned, explained and temporary. Runs after the other rules, because a
 * waiver on a rule that holds, or one whose subjects match no finding, is stale. What makes a waiver count is
 * {@link WaiverTerms}, the definition the engine waives by.
 */
public final class Waivers implements Rule {

    public static final Option<Long> MAX_DAYS = WaiverTerms.MAX_DAYS;

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule(WaiverTerms.WAIVERS_RULE)
            .severity(Severity.ERROR)
            .summary("Each waiver has rule, reason, owner and an expiry within maxDays; none has expired")
            .because("The contract is binding: an exception without an owner and an end date becomes the rule.")
            .help("Give each waiver \"rule\", \"reason\", \"owner\" and \"expires\": \"YYYY-MM-DD\" (and \"subjects\" "
                    + "to waive only some findings); fix the violation and delete the waiver before it expires. "
                    + "This rule itself is never waived.")
            .options(MAX_DAYS)
            .afterOthers()
            .pomPackaging()
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        List<Contract.Waiver> waivers = context.contract().contract().waivers();
        if (waivers.isEmpty()) {
            return Outcome.holds("the contract has no waivers");
        }
        long maxDays = context.option(MAX_DAYS);
        List<String> ruleIds = new ArrayList<>();
        for (RuleResult result : context.results()) {
            ruleIds.add(result.rule());
        }
        ruleIds.add(DESCRIPTOR.id());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            Contract.Waiver waiver = waivers.get(i);
            Location at = context.contract().locate("/waivers/" + i);
            String subject = "/waivers/" + i;
            String name = "waiver " + (i + 1) + (waiver.rule().isEmpty() ? "" : " (" + waiver.rule() + ")");
            if (!waiver.rule().isEmpty() && !ruleIds.contains(waiver.rule())) {
                findings.add(Finding.of(name + " names an unknown rule"
                        + Suggestions.didYouMean(waiver.rule(), ruleIds)).at(at).subject(subject)
                        .hint("use a rule id from the report"));
            }
            for (WaiverTerms.Problem problem : WaiverTerms.problems(waiver, context.today(), maxDays)) {
                findings.add(Finding.of(name + " " + problem.message()).at(at).subject(subject).hint(problem.hint()));
            }
            Optional<RuleResult> waived = resultOf(context.results(), waiver.rule());
            if (waived.isEmpty()) {
                continue;
            }
            if (waiver.wholeRule() && waived.get().status() == Status.PASS) {
                findings.add(Finding.of(name + " waives a rule that holds").at(at).subject(subject)
                        .hint("remove the waiver").asAdvisory());
            }
            List<String> unmatched = unmatched(waiver.subjects(), waived.get().findings());
            if (!unmatched.isEmpty()) {
                findings.add(Finding.of(name + " names subjects that match no finding of " + waiver.rule() + ": "
                                + String.join(", ", unmatched)).at(at).subject(subject)
                        .hint("remove " + (unmatched.size() == 1 ? "that subject" : "those subjects")
                                + " (or the waiver); the report lists each finding's subject").asAdvisory());
            }
        }
        return Outcome.of(findings, waivers.size() + " waivers, all owned, explained and current");
    }

    private static Optional<RuleResult> resultOf(List<RuleResult> results, String rule) {
        for (RuleResult result : results) {
            if (result.rule().equals(rule)) {
                return Optional.of(result);
            }
        }
        return Optional.empty();
    }

    /** The waiver's subjects (wildcards) that match no finding's subject. */
    private static List<String> unmatched(List<String> subjects, List<Finding> findings) {
        List<String> unmatched = new ArrayList<>();
        for (String subject : subjects) {
            if (!subject.isEmpty() && !matchesAny(Wildcard.of(subject), findings)) {
                unmatched.add(subject);
            }
        }
        return unmatched;
    }

    private static boolean matchesAny(Wildcard subject, List<Finding> findings) {
        for (Finding finding : findings) {
            if (subject.matches(finding.subject())) {
                return true;
            }
        }
        return false;
    }
}

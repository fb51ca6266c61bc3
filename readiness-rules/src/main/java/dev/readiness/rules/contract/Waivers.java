package dev.readiness.rules.contract;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.core.Suggestions;
import dev.readiness.rules.Placeholders;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code contract.waivers}: every exception is owned, explained and temporary. Runs after the other rules, because a
 * waiver on a rule that holds is stale.
 */
public final class Waivers implements Rule {

    public static final Option<Long> MAX_DAYS = Option.of("maxDays", OptionType.wholeNumber(1), 180L,
            Option.Strictness.LOWER, "how many days ahead a waiver may expire at the latest");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("contract.waivers")
            .severity(Severity.ERROR)
            .summary("Each waiver has rule, reason, owner and an expiry within maxDays; none has expired")
            .because("The contract is binding: an exception without an owner and an end date becomes the rule.")
            .help("Give each waiver \"rule\", \"reason\", \"owner\" and \"expires\": \"YYYY-MM-DD\"; fix the "
                    + "violation and delete the waiver before it expires.")
            .options(MAX_DAYS)
            .afterOthers()
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
        LocalDate today = context.today();
        long maxDays = context.option(MAX_DAYS);
        List<String> ruleIds = new ArrayList<>(context.results().stream().map(RuleResult::rule).toList());
        ruleIds.add(DESCRIPTOR.id());
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < waivers.size(); i++) {
            Contract.Waiver waiver = waivers.get(i);
            Location at = context.contract().locate("/waivers/" + i);
            String name = "waiver " + (i + 1) + (waiver.rule().isEmpty() ? "" : " (" + waiver.rule() + ")");
            if (waiver.rule().isEmpty()) {
                findings.add(Finding.of(name + " names no rule").at(at).hint("add \"rule\": \"<rule id>\""));
            } else if (!ruleIds.contains(waiver.rule())) {
                findings.add(Finding.of(name + " names an unknown rule"
                        + Suggestions.didYouMean(waiver.rule(), ruleIds)).at(at)
                        .hint("use a rule id from the report"));
            }
            if (Placeholders.isPlaceholder(waiver.reason())) {
                findings.add(Finding.of(name + " gives no reason").at(at).hint("add \"reason\": why, and the ticket that removes it"));
            }
            if (Placeholders.isPlaceholder(waiver.owner())) {
                findings.add(Finding.of(name + " has no owner").at(at).hint("add \"owner\": who answers for it"));
            }
            Optional<LocalDate> expires = parse(waiver.expires());
            if (expires.isEmpty()) {
                findings.add(Finding.of(name + (waiver.expires().isEmpty() ? " has no expiry"
                                : " expires on \"" + waiver.expires() + "\", which is not a date YYYY-MM-DD"))
                        .at(at).hint("add \"expires\": \"" + today.plusDays(Math.min(maxDays, 90)) + "\""));
            } else if (today.isAfter(expires.get())) {
                findings.add(Finding.of(name + " expired on " + expires.get()).at(at)
                        .hint("fix the violation and delete the waiver, or renew it with its owner's agreement"));
            } else if (ChronoUnit.DAYS.between(today, expires.get()) > maxDays) {
                findings.add(Finding.of(name + " expires on " + expires.get() + ", more than " + maxDays
                                + " days ahead").at(at)
                        .hint("set \"expires\" no later than " + today.plusDays(maxDays)));
            }
            Optional<RuleResult> waived = context.results().stream().filter(r -> r.rule().equals(waiver.rule())).findFirst();
            if (waived.isPresent() && waived.get().status() == Status.PASS) {
                findings.add(Finding.of(name + " waives a rule that holds").at(at)
                        .hint("remove the waiver").asAdvisory());
            }
        }
        return Outcome.of(findings, waivers.size() + " waivers, all owned, explained and current");
    }

    private static Optional<LocalDate> parse(String date) {
        try {
            return Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

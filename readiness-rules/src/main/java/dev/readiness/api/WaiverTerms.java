package dev.readiness.api;

import dev.readiness.contract.Contract;
import dev.readiness.core.Placeholders;
import dev.readiness.core.Wildcard;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one definition of a waiver that counts, used by the engine when it waives findings and by
 * {@code contract.waivers} when it judges the contract's waivers: a waiver that fails any term waives nothing.
 */
public final class WaiverTerms {

    /** The rule that judges waivers; a waiver on it is never honoured, or a contract could waive its own check. */
    public static final String WAIVERS_RULE = "contract.waivers";

    public static final Option<Long> MAX_DAYS = Option.of("maxDays", OptionType.wholeNumber(1), 180L,
            Option.Strictness.LOWER, "how many days ahead a waiver may expire at the latest");

    /** A term a waiver breaks: what is wrong (after the waiver's name) and how to fix it. */
    public record Problem(String message, String hint) {
    }

    private WaiverTerms() {
    }

    /** What is wrong with the waiver, judged on {@code today}; empty when it counts. */
    public static List<Problem> problems(Contract.Waiver waiver, LocalDate today, long maxDays) {
        List<Problem> problems = new ArrayList<>();
        if (waiver.rule().isEmpty()) {
            problems.add(new Problem("names no rule", "add \"rule\": \"<rule id>\""));
        } else if (waiver.rule().equals(WAIVERS_RULE)) {
            problems.add(new Problem("waives " + WAIVERS_RULE + ", which judges the waivers and is never waived",
                    "remove the waiver and fix what " + WAIVERS_RULE + " reports"));
        }
        if (Placeholders.isPlaceholder(waiver.reason())) {
            problems.add(new Problem("gives no reason", "add \"reason\": why, and the ticket that removes it"));
        }
        if (Placeholders.isPlaceholder(waiver.owner())) {
            problems.add(new Problem("has no owner", "add \"owner\": who answers for it"));
        }
        if (waiver.subjects().stream().anyMatch(String::isEmpty)) {
            problems.add(new Problem("names an empty subject",
                    "give each subject as it appears in the report's findings, with * for any characters"));
        }
        Optional<LocalDate> expires = expiry(waiver);
        if (expires.isEmpty()) {
            problems.add(new Problem(waiver.expires().isEmpty() ? "has no expiry"
                    : "expires on \"" + waiver.expires() + "\", which is not a date YYYY-MM-DD",
                    "add \"expires\": \"" + today.plusDays(Math.min(maxDays, 90)) + "\""));
        } else if (today.isAfter(expires.get())) {
            problems.add(new Problem("expired on " + expires.get(),
                    "fix the violation and delete the waiver, or renew it with its owner's agreement"));
        } else if (ChronoUnit.DAYS.between(today, expires.get()) > maxDays) {
            problems.add(new Problem("expires on " + expires.get() + ", more than " + maxDays + " days ahead",
                    "set \"expires\" no later than " + today.plusDays(maxDays)));
        }
        return problems;
    }

    public static boolean valid(Contract.Waiver waiver, LocalDate today, long maxDays) {
        return problems(waiver, today, maxDays).isEmpty();
    }

    /** True when the waiver accepts the finding: it names no subjects, or one of them matches the finding's. */
    public static boolean covers(Contract.Waiver waiver, Finding finding) {
        return waiver.wholeRule() || waiver.subjects().stream().anyMatch(s -> Wildcard.of(s).matches(finding.subject()));
    }

    /** A waiver's expiry date, empty when it is missing or not an ISO date. */
    public static Optional<LocalDate> expiry(Contract.Waiver waiver) {
        try {
            return Optional.of(LocalDate.parse(waiver.expires()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

package dev.readiness.rules.contract;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Placeholders;
import dev.readiness.core.Severity;
import dev.readiness.core.WebAddress;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code contract.signoffs}: each sign-off names its clause, the person, a date that is neither in the future nor older
 * than {@code maxAgeDays}, and its evidence; every clause in {@code required} is signed. A policy sets {@code required}
 * to demand, say, a security review from every product.
 */
public final class Signoffs implements Rule {

    public static final Option<Long> MAX_AGE_DAYS = Option.of("maxAgeDays", OptionType.wholeNumber(1), 365L,
            Option.Strictness.LOWER, "how many days a sign-off stays valid after its date");

    public static final Option<List<String>> REQUIRED = Option.of("required", OptionType.textList(), List.of(),
            Option.Strictness.MORE, "clauses that must carry a valid sign-off, such as security-review");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("contract.signoffs")
            .severity(Severity.ERROR)
            .summary("Each sign-off has clause, by, date and evidence, dated within maxAgeDays; every required clause "
                    + "is signed")
            .because("The contract is co-authored: a clause that needs a person's judgement (a security review, a "
                    + "fairness review, the model card) counts when someone named signed it recently, with a link to "
                    + "the review.")
            .help("Add \"signoffs\": [{\"clause\": \"security-review\", \"by\": \"sam@acme.example\", \"date\": "
                    + "\"YYYY-MM-DD\", \"evidence\": \"https://jira.acme.example/SEC-42\"}]; sign again when a sign-off "
                    + "is older than maxAgeDays.")
            .options(MAX_AGE_DAYS, REQUIRED)
            .sinceContract(2)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        LoadedContract contract = context.contract();
        List<Contract.Signoff> signoffs = contract.contract().signoffs();
        long maxAge = context.option(MAX_AGE_DAYS);
        LocalDate today = context.today();
        List<Finding> findings = new ArrayList<>();
        Set<String> signed = new LinkedHashSet<>();
        for (int i = 0; i < signoffs.size(); i++) {
            Contract.Signoff signoff = signoffs.get(i);
            String at = "/signoffs/" + i;
            String subject = Placeholders.isPlaceholder(signoff.clause()) ? at : signoff.clause();
            int before = findings.size();
            String[][] fields = {{"clause", signoff.clause()}, {"by", signoff.by()}, {"evidence", signoff.evidence()}};
            for (String[] field : fields) {
                if (Placeholders.isPlaceholder(field[1])) {
                    findings.add(Finding.of("sign-off " + (i + 1) + " has no " + field[0]
                                    + (field[1].isBlank() ? "" : " (\"" + field[1] + "\" is a placeholder)"))
                            .at(contract.locate(at)).subject(subject).hint(hint(field[0])));
                }
            }
            if (!Placeholders.isPlaceholder(signoff.evidence()) && !WebAddress.isWebAddress(signoff.evidence())) {
                findings.add(Finding.of("sign-off " + (i + 1) + " (" + subject + ") gives evidence \"" + signoff.evidence()
                                + "\", not an http(s) URL")
                        .at(contract.locate(at + "/evidence")).subject(subject).hint(hint("evidence")));
            }
            findings.addAll(dateProblems(signoff, i, subject, contract.locate(at + (signoff.date().isEmpty() ? "" : "/date")),
                    today, maxAge));
            if (findings.size() == before) {
                signed.add(signoff.clause());
            }
        }
        for (String clause : context.option(REQUIRED)) {
            if (!signed.contains(clause)) {
                boolean present = signoffs.stream().anyMatch(s -> s.clause().equals(clause));
                findings.add(Finding.of("the clause \"" + clause + "\" must be signed off and "
                                + (present ? "its sign-off is not valid (see above)" : "has no sign-off"))
                        .at(contract.locate(present ? "/signoffs" : LoadedContract.pointer("rules", "contract.signoffs")))
                        .subject(clause)
                        .hint("add {\"clause\": \"" + clause + "\", \"by\": \"...\", \"date\": \"" + today
                                + "\", \"evidence\": \"https://...\"} to signoffs once the review is done"));
            }
        }
        if (signoffs.isEmpty() && findings.isEmpty()) {
            return Outcome.holds("no sign-offs declared, none required");
        }
        return Outcome.of(findings, signed.size() + " clauses signed off: " + String.join(", ", signed));
    }

    private static List<Finding> dateProblems(Contract.Signoff signoff, int index, String subject,
            dev.readiness.core.Location where, LocalDate today, long maxAge) {
        String label = "sign-off " + (index + 1) + " (" + subject + ")";
        if (signoff.date().isEmpty()) {
            return List.of(Finding.of(label + " has no date").at(where).subject(subject).hint(hint("date")));
        }
        LocalDate date;
        try {
            date = LocalDate.parse(signoff.date());
        } catch (DateTimeParseException e) {
            return List.of(Finding.of(label + " has date \"" + signoff.date() + "\", not a YYYY-MM-DD date")
                    .at(where).subject(subject).hint(hint("date")));
        }
        if (date.isAfter(today)) {
            return List.of(Finding.of(label + " is dated " + date + ", after today (" + today + ")")
                    .at(where).subject(subject).hint("write the day the sign-off was given, not a planned one"));
        }
        long age = ChronoUnit.DAYS.between(date, today);
        if (age > maxAge) {
            return List.of(Finding.of(label + " expired: signed " + date + ", " + age + " days ago, more than maxAgeDays ("
                            + maxAge + ")")
                    .at(where).subject(subject)
                    .hint("review the clause again and record the new sign-off with today's date and its evidence"));
        }
        return List.of();
    }

    private static String hint(String field) {
        return switch (field) {
            case "clause" -> "name the clause signed, e.g. \"security-review\"";
            case "by" -> "name the person who signed";
            case "date" -> "write the day it was signed as YYYY-MM-DD";
            default -> "link the review, ticket or document: \"evidence\": \"https://...\"";
        };
    }
}

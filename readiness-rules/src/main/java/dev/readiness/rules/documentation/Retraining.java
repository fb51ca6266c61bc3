package dev.readiness.rules.documentation;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Placeholders;
import dev.readiness.core.Severity;
import java.time.Duration;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code documentation.retraining}: when the model is retrained, by whom and where. */
public final class Retraining implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("documentation.retraining")
            .severity(Severity.WARN)
            .summary("operations.retraining states a cadence (ISO-8601, such as P30D) or a trigger, an owner and where "
                    + "it runs")
            .because("What engineering inherits: a model is retrained for as long as it runs; who does it, how often "
                    + "or on what signal, and on which pipeline must not be found out after its author has left.")
            .help("Declare \"operations\": {\"retraining\": {\"cadence\": \"P30D\", \"owner\": \"ana@acme.example\", "
                    + "\"where\": \"https://ci.acme.example/churn-retrain\"}}; a \"trigger\" (\"PSI > 0.2 on "
                    + "tenureMonths\") may replace or complement the cadence.")
            .sinceContract(2)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Contract.Retraining retraining = context.contract().contract().operations().retraining();
        LoadedContract contract = context.contract();
        String section = LoadedContract.pointer("operations", "retraining");
        if (retraining.absent()) {
            return Outcome.violated(Finding.of("operations.retraining is not declared")
                    .at(contract.locate(section))
                    .subject("operations.retraining")
                    .hint("add \"retraining\": {\"cadence\": \"P30D\", \"owner\": \"...\", \"where\": \"...\"} to operations"));
        }
        List<Finding> findings = new ArrayList<>();
        boolean noCadence = Placeholders.isPlaceholder(retraining.cadence());
        if (noCadence && Placeholders.isPlaceholder(retraining.trigger())) {
            findings.add(Finding.of("operations.retraining states neither a cadence nor a trigger"
                            + placeholder(retraining.cadence()) + placeholder(retraining.trigger()))
                    .at(contract.locate(section))
                    .subject("operations.retraining.cadence")
                    .hint("write \"cadence\": \"P30D\" (an ISO-8601 period or duration) or the \"trigger\" that starts a retraining"));
        } else if (!noCadence) {
            Optional<String> problem = cadenceProblem(retraining.cadence());
            if (problem.isPresent()) {
                findings.add(Finding.of("operations.retraining.cadence is \"" + retraining.cadence() + "\", "
                                + problem.get())
                        .at(contract.locate(section + "/cadence"))
                        .subject("operations.retraining.cadence")
                        .hint("write an ISO-8601 period or duration: P30D, P1W, P3M, PT12H"));
            }
        }
        for (String[] field : new String[][] {{"owner", retraining.owner()}, {"where", retraining.where()}}) {
            if (Placeholders.isPlaceholder(field[1])) {
                findings.add(Finding.of("operations.retraining has no " + field[0] + placeholder(field[1]))
                        .at(contract.locate(section + (field[1].isEmpty() ? "" : "/" + field[0])))
                        .subject("operations.retraining." + field[0])
                        .hint(field[0].equals("owner") ? "name the person or team who retrains the model"
                                : "say where the retraining runs: the pipeline, job or repository"));
            }
        }
        return Outcome.of(findings, "retrained " + (noCadence ? "on " + retraining.trigger() : "every " + retraining.cadence())
                + " by " + retraining.owner() + " in " + retraining.where());
    }

    /** Why a cadence is not a positive ISO-8601 period ({@code P30D}) or duration ({@code PT12H}); empty when it is. */
    static Optional<String> cadenceProblem(String cadence) {
        String text = cadence.trim();
        try {
            Period period = Period.parse(text);
            return period.isNegative() || period.isZero() ? Optional.of("not a positive period") : Optional.empty();
        } catch (DateTimeParseException notAPeriod) {
            try {
                Duration duration = Duration.parse(text);
                return duration.isNegative() || duration.isZero() ? Optional.of("not a positive duration") : Optional.empty();
            } catch (DateTimeParseException notADuration) {
                return Optional.of("not an ISO-8601 period or duration");
            }
        }
    }

    private static String placeholder(String value) {
        return value.isBlank() ? "" : " (\"" + value + "\" is a placeholder)";
    }
}

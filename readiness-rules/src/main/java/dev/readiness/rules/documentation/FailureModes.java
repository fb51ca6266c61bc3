package dev.readiness.rules.documentation;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Severity;
import dev.readiness.core.Placeholders;
import java.util.ArrayList;
import java.util.List;

/** {@code documentation.failure-modes}: how the product fails, how that is noticed and what is done, written down. */
public final class FailureModes implements Rule {

    public static final Option<Long> MIN = Option.of("min", OptionType.wholeNumber(0), 1L, Option.Strictness.HIGHER,
            "fewest failure modes the contract must document");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("documentation.failure-modes")
            .severity(Severity.ERROR)
            .summary("At least one failure mode, each with mode, detection and mitigation")
            .because("Documented expected failure modes: on-call needs to know what breaks, how it shows, and what "
                    + "to do, before it breaks.")
            .help("Add entries to \"operations\": {\"failureModes\": [{\"mode\": \"...\", \"detection\": \"...\", "
                    + "\"mitigation\": \"...\"}]}.")
            .options(MIN)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        List<Contract.FailureMode> modes = context.contract().contract().operations().failureModes();
        long min = context.option(MIN);
        List<Finding> findings = new ArrayList<>();
        if (modes.size() < min) {
            findings.add(Finding.of("the contract documents " + modes.size() + " failure modes, at least " + min
                            + " are required")
                    .at(context.contract().locate(LoadedContract.pointer("operations")))
                    .subject("operations.failureModes")
                    .hint("add {\"mode\": \"...\", \"detection\": \"...\", \"mitigation\": \"...\"} to operations.failureModes"));
        }
        for (int i = 0; i < modes.size(); i++) {
            Contract.FailureMode mode = modes.get(i);
            String[][] fields = {{"mode", mode.mode()}, {"detection", mode.detection()}, {"mitigation", mode.mitigation()}};
            for (String[] field : fields) {
                if (Placeholders.isPlaceholder(field[1])) {
                    findings.add(Finding.of("failure mode " + (i + 1) + " has no " + field[0]
                                    + (field[1].isBlank() ? "" : " (\"" + field[1] + "\" is a placeholder)"))
                            .at(context.contract().locate("/operations/failureModes/" + i))
                            .subject(mode.mode().isBlank() ? "failure mode " + (i + 1) : mode.mode())
                            .hint("describe its " + field[0]));
                }
            }
        }
        return Outcome.of(findings, modes.size() + " failure modes documented");
    }
}

package dev.readiness.rules.tests;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.facts.TestReports;
import dev.readiness.rules.CodeToTest;
import dev.readiness.rules.Findings;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code tests.flaky}: no test passes only because it was run again. */
public final class Flaky implements Rule {

    public static final Option<Long> MAX = Option.of("max", OptionType.wholeNumber(0), 0L, Option.Strictness.LOWER,
            "most test cases that may pass only on a rerun (Surefire's and Failsafe's rerunFailingTestsCount)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("tests.flaky")
            .severity(Severity.WARN)
            .summary("No test passes only on a rerun")
            .because("Test coverage of core logic paths: a test that passes on the second try does not show that the "
                    + "code works; in production there is no rerun.")
            .help("Make each flaky test deterministic: fix random seeds, inject the clock, isolate shared state and "
                    + "fake the network. rerunFailingTestsCount hides flakiness, it does not fix it.")
            .options(MAX)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Optional<Outcome> noCode = CodeToTest.absent(context.facts());
        if (noCode.isPresent()) {
            return noCode.get();
        }
        TestReports reports = context.require(context.facts().testReports());
        long max = context.option(MAX);
        int flaky = reports.flakyCount();
        if (flaky <= max) {
            return Outcome.holds(flaky == 0 ? "no test passed only on a rerun"
                    : flaky + (flaky == 1 ? " test" : " tests") + " passed only on a rerun, at most " + max + " allowed");
        }
        List<Finding> perTest = new ArrayList<>();
        for (TestReports.TestCase test : reports.flaky()) {
            perTest.add(Finding.of(test.displayName() + " passed only after " + test.reruns()
                            + (test.reruns() == 1 ? " failed run" : " failed runs")
                            + (test.message().isEmpty() ? "" : ", first: " + test.message()))
                    .at(test.location())
                    .subject(Passing.subject(test))
                    .hint("make the test deterministic; run it repeatedly with mvn test -Dtest="
                            + test.className().substring(test.className().lastIndexOf('.') + 1) + "#" + test.name()
                            + " -Dsurefire.rerunFailingTestsCount=0"));
        }
        List<Finding> findings = new ArrayList<>();
        findings.add(Finding.of(flaky + (flaky == 1 ? " test" : " tests") + " passed only on a rerun, the contract "
                        + "allows at most " + max)
                .hint("fix the flaky tests listed below; rerunFailingTestsCount hides flakiness, it does not fix it"));
        findings.addAll(Findings.capped(perTest, flaky, "flaky tests", "see the <flakyFailure> and <flakyError> "
                + "elements of the test reports"));
        return Outcome.violated(findings);
    }
}

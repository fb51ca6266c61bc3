package dev.readiness.rules.tests;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.facts.TestReports;
import dev.readiness.rules.CodeToTest;
import dev.readiness.rules.Findings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code tests.passing}: no test failed or errored. Read from the reports, so a build that goes on with
 * {@code testFailureIgnore} does not hand over failing code.
 */
public final class Passing implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("tests.passing")
            .severity(Severity.ERROR)
            .summary("No test fails or errors in the Surefire and Failsafe reports, testFailureIgnore or not")
            .because("Test coverage of core logic paths: a test counts only when it passes; testFailureIgnore lets a "
                    + "build go on past failing tests, the handoff must not.")
            .help("Fix each failing test or the code it tests, and run mvn verify again. A test that cannot pass yet is "
                    + "disabled with its reason (@Disabled(\"...\")), where tests.skipped keeps count.")
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
        if (reports.tests() == 0) {
            return Outcome.notApplicable("the reports count no tests; tests.executed reports that");
        }
        int failing = reports.failures() + reports.errors();
        if (failing == 0) {
            return Outcome.holds("all " + reports.tests() + " tests passed");
        }
        List<Finding> findings = new ArrayList<>();
        for (TestReports.TestCase test : reports.failing()) {
            findings.add(Finding.of(describe(test)).at(test.location()).subject(subject(test)).hint(reproduce(test)));
        }
        return Outcome.violated(Findings.capped(findings, failing, "failing tests",
                "see every failure in the reports in " + String.join(" and ",
                        context.facts().testReportDirectories().stream().map(context.facts().workspace()::relative).toList())));
    }

    /** The test a waiver's {@code subjects} name: {@code com.acme.ScorerTest#scores}, or the class alone. */
    static String subject(TestReports.TestCase test) {
        return test.name().isEmpty() ? test.className() : test.className() + "#" + test.name();
    }

    static String describe(TestReports.TestCase test) {
        StringBuilder text = new StringBuilder(test.displayName());
        text.append(test.kind() == TestReports.Kind.ERROR ? " errored" : " failed");
        if (!test.message().isEmpty()) {
            text.append(": ").append(test.kind() == TestReports.Kind.ERROR && !test.type().isEmpty()
                    ? test.type() + ": " : "").append(test.message());
        } else if (!test.type().isEmpty()) {
            text.append(" with ").append(test.type());
        }
        if (test.reruns() > 0) {
            text.append(" (and again in ").append(test.reruns()).append(test.reruns() == 1 ? " rerun)" : " reruns)");
        }
        return text.toString();
    }

    /** The command that runs just this test; Failsafe selects with {@code it.test}. */
    static String reproduce(TestReports.TestCase test) {
        Path directory = test.location().file().getParent();
        boolean failsafe = directory != null && directory.getFileName() != null
                && directory.getFileName().toString().equals("failsafe-reports");
        String simpleName = test.className().substring(test.className().lastIndexOf('.') + 1);
        String selector = simpleName + (test.name().isEmpty() ? "" : "#" + test.name());
        return "run it alone with mvn verify -D" + (failsafe ? "it.test" : "test") + "=" + selector
                + ", then fix the code or the test";
    }
}

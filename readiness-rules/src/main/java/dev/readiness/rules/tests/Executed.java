package dev.readiness.rules.tests;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Evidence;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.TestReports;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** {@code tests.executed}: this build ran tests, and enough of them, as Surefire's and Failsafe's reports show. */
public final class Executed implements Rule {

    public static final Option<Long> MIN = Option.of("min", OptionType.wholeNumber(1), 1L, Option.Strictness.HIGHER,
            "fewest test cases the Surefire and Failsafe reports must count together");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("tests.executed")
            .severity(Severity.ERROR)
            .summary("Surefire and Failsafe XML reports exist and count at least one test")
            .because("Test coverage of core logic paths: the handoff needs tests that exist and run in the build, not "
                    + "a notebook cell that was run once; a build that skips its tests proves nothing.")
            .help("Write tests under src/test/java and run the check with mvn verify, without -DskipTests or "
                    + "-Dmaven.test.skip=true. Raise \"min\" to the number of tests the product must keep.")
            .options(MIN)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        Evidence<TestReports> reports = facts.testReports();
        if (!facts.testsSkipped().isEmpty()) {
            // Reports left over from an earlier build say nothing about the code being handed over now.
            String leftOver = reports.isPresent() ? "; the " + reports.value().tests()
                    + " tests in its reports are from an earlier build" : "";
            return Outcome.violated(Finding.of("the tests did not run in this build (" + facts.testsSkipped() + ")"
                            + leftOver)
                    .hint("run the build without " + facts.testsSkipped() + " (on the command line or in the POM)"));
        }
        long min = context.option(MIN);
        TestReports read = context.require(reports);
        int tests = read.tests();
        String where = where(facts, read.testsByDirectory());
        if (tests < min) {
            return Outcome.violated(Finding.of("the test reports count " + tests + " tests (" + where
                            + "), the contract requires at least " + min)
                    .hint("add tests under src/test/java (Surefire) or *IT classes (Failsafe), or lower "
                            + "rules.tests.executed.min"));
        }
        return Outcome.holds(tests + " tests ran (" + where + ")");
    }

    private static String where(Facts facts, Map<Path, Integer> testsByDirectory) {
        return testsByDirectory.entrySet().stream()
                .map(e -> e.getValue() + " in " + facts.workspace().relative(e.getKey()))
                .collect(Collectors.joining(", "));
    }
}

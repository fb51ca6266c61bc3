package dev.readiness.rules.tests;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.Starter;
import dev.readiness.core.Evidence;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.TestReports;
import dev.readiness.rules.CodeToTest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * {@code tests.executed}: this build ran tests, and enough of them, as Surefire's and Failsafe's reports show. Whether
 * the tests ran is told by the reports themselves (written since the build started), not by the build's configuration:
 * tests run by a second Surefire execution or another runner writing Surefire's format count, reports left over from
 * an earlier build do not.
 */
public final class Executed implements Rule {

    public static final Option<Long> MIN = Option.of("min", OptionType.wholeNumber(1), 1L, Option.Strictness.HIGHER,
            "fewest test cases the Surefire and Failsafe reports must count together");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("tests.executed")
            .severity(Severity.ERROR)
            .summary("Surefire and Failsafe XML reports written by this build exist and count at least one test")
            .because("Test coverage of core logic paths: the handoff needs tests that exist and run in the build, not "
                    + "a notebook cell that was run once; a build that skips its tests proves nothing.")
            .help("Write tests under src/test/java and run the check with mvn verify, without -DskipTests or "
                    + "-Dmaven.test.skip=true. Raise \"min\" to the number of tests the product must keep. A module "
                    + "without any code (a packaging module) is not checked.")
            .options(MIN)
            .starter(new StarterEntry())
            .build();

    /** The tests that ran as the floor. */
    private static final class StarterEntry implements Starter.Measure {
        @Override
        public Starter of(Facts facts) {
            Evidence<Integer> tests = facts.testReports().map(TestReports::tests);
            if (tests.isPresent() && tests.value() > 0) {
                return Starter.set(MIN, (long) tests.value(), "Measured: " + tests.value() + " tests ran.");
            }
            return Starter.note("Not measured: " + (tests.isPresent() ? "the reports count no test"
                    : Starter.missingReason(tests)) + "; run mvn verify, then init again to measure.");
        }
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        Optional<Outcome> noCode = CodeToTest.absent(facts);
        if (noCode.isPresent()) {
            return noCode.get();
        }
        Evidence<TestReports> reports = facts.testReports();
        if (!reports.isPresent() && !facts.testsSkipped().isEmpty()) {
            return skippedByConfiguration(facts, "");
        }
        TestReports read = context.require(reports);
        List<TestReports.Suite> thisBuild = read.suites();
        if (facts.buildStarted().isPresent()) {
            // Written during this build, or, unless the build skips the tests, after the test classes as they are now
            // were compiled: mvn verify, then mvn readiness:check, checks the reports of that verify.
            Optional<Instant> compiled = facts.testsSkipped().isEmpty() && facts.moduleCode().isPresent()
                    ? facts.moduleCode().value().testsCompiled() : Optional.empty();
            thisBuild = read.writtenSince(facts.buildStarted().get(), compiled);
        } else if (!facts.testsSkipped().isEmpty()) {
            // Without the build's start the reports' age is unknown; the configuration says the tests were skipped.
            thisBuild = List.of();
        }
        if (thisBuild.isEmpty()) {
            String leftOver = "the " + read.tests() + " tests in its reports are from an earlier build";
            if (!facts.testsSkipped().isEmpty()) {
                return skippedByConfiguration(facts, "; " + leftOver);
            }
            // Reports left over from an earlier build say nothing about the code being handed over now.
            TestReports.Suite newest = newest(read);
            return Outcome.violated(Finding.of("the tests did not run in this build: " + leftOver + " (the newest, "
                            + facts.workspace().relative(newest.report()) + ", was written at " + newest.written()
                            + ", before the build started at " + facts.buildStarted().get() + ")")
                    .hint("run the tests in this build (mvn verify runs surefire:test); mvn clean verify removes "
                            + "the reports of earlier builds"));
        }
        long min = context.option(MIN);
        int tests = 0;
        for (TestReports.Suite suite : thisBuild) {
            tests += suite.tests();
        }
        int leftOver = read.suites().size() - thisBuild.size();
        String where = where(facts, thisBuild) + (leftOver == 0 ? ""
                : "; " + leftOver + (leftOver == 1 ? " report" : " reports") + " from an earlier build not counted");
        if (tests < min) {
            return Outcome.violated(Finding.of("the test reports count " + tests + " tests (" + where
                            + "), the contract requires at least " + min)
                    .hint("add tests under src/test/java (Surefire) or *IT classes (Failsafe), or lower "
                            + "rules.tests.executed.min"));
        }
        return Outcome.holds(tests + " tests ran (" + where + ")");
    }

    private static Outcome skippedByConfiguration(Facts facts, String leftOver) {
        return Outcome.violated(Finding.of("the tests did not run in this build (" + facts.testsSkipped() + ")" + leftOver)
                .hint("run the build without " + facts.testsSkipped() + " (on the command line or in the POM)"));
    }

    /** The suite written last; of suites written at the same time, the first. */
    private static TestReports.Suite newest(TestReports reports) {
        List<TestReports.Suite> suites = reports.suites();
        if (suites.isEmpty()) {
            throw new NoSuchElementException("No value present");
        }
        TestReports.Suite newest = suites.get(0);
        for (TestReports.Suite suite : suites) {
            if (suite.written().compareTo(newest.written()) > 0) {
                newest = suite;
            }
        }
        return newest;
    }

    private static String where(Facts facts, List<TestReports.Suite> suites) {
        List<String> counts = new ArrayList<>();
        for (Map.Entry<Path, Integer> entry : TestReports.testsByDirectory(suites).entrySet()) {
            counts.add(entry.getValue() + " in " + facts.workspace().relative(entry.getKey()));
        }
        return String.join(", ", counts);
    }
}

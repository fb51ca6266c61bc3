package dev.readiness.facts;

import dev.readiness.core.Location;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the Surefire and Failsafe XML reports ({@code TEST-*.xml}) say: counts per suite, and the failing and flaky
 * test cases. Read as a stream: memory does not grow with the size of a report, only the first {@link #KEPT} failing,
 * flaky and skipped test cases are kept in detail, and of a failure only the first line of its message.
 *
 * <p>Counts come from the {@code <testcase>} elements, not from the {@code <testsuite>} attributes: with
 * {@code rerunFailingTestsCount} Surefire writes the attributes of the last rerun ({@code tests="1"} for a suite of
 * five).
 *
 * @param directories the directories that were searched
 * @param suites one per report file, by directory, then by file name
 * @param failing the first {@link #KEPT} test cases that failed or errored, reruns included
 * @param flaky the first {@link #KEPT} test cases that failed and then passed on a rerun
 * @param skipped the first {@link #KEPT} skipped test cases
 */
public record TestReports(List<Path> directories, List<Suite> suites, List<TestCase> failing, List<TestCase> flaky,
        List<TestCase> skipped) {

    /** How many test cases of each kind are kept in detail; the counts are always complete. */
    public static final int KEPT = 100;

    /** Longest failure message kept, in characters. */
    public static final int MESSAGE_CHARS = 240;

    public TestReports {
        directories = List.copyOf(directories);
        suites = List.copyOf(suites);
        failing = List.copyOf(failing);
        flaky = List.copyOf(flaky);
        skipped = List.copyOf(skipped);
    }

    /**
     * One report file.
     *
     * @param rerunFailures {@code <rerunFailure>} and {@code <rerunError>} elements: reruns of tests that kept failing
     * @param written when the report file was last written, which tells a report of this build from one left over
     * @param cases every test case of the report with how it ended, so that a rule can ask whether one named test ran
     *     and passed (a name and a class per test case: small next to the report)
     */
    public record Suite(Path report, String name, int tests, int failures, int errors, int skipped, int flaky,
            int rerunFailures, Instant written, List<CaseResult> cases) {

        public Suite {
            Objects.requireNonNull(written, "written");
            cases = List.copyOf(cases);
        }

        public Suite(Path report, String name, int tests, int failures, int errors, int skipped, int flaky,
                int rerunFailures, Instant written) {
            this(report, name, tests, failures, errors, skipped, flaky, rerunFailures, written, List.of());
        }
    }

    /**
     * How one test case ended.
     *
     * @param className its class ({@code classname}, or the suite's name when the report gives none)
     * @param name its name as the report gives it ({@code rejectsMalformedRequest}, {@code rejects(String)[1]})
     * @param problem empty when it passed (a flaky test passed on a rerun: it is {@link Kind#FLAKY}), else how it did not
     * @param line the line of its {@code <testcase>} in the report
     */
    public record CaseResult(String className, String name, Optional<Kind> problem, int line) {

        public CaseResult {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(problem, "problem");
        }

        /** True when it passed, also when only on a rerun ({@code tests.flaky} counts those). */
        public boolean passed() {
            return problem.isEmpty() || problem.get() == Kind.FLAKY;
        }

        /**
         * True when this is the test {@code className} names, or one of its methods when {@code method} is given: the
         * method's name alone, with a parameter list ({@code m(String)}) or with an invocation index ({@code m[1]}).
         * The test cases of a nested class ({@code Outer$Inner}) belong to the outer class.
         */
        public boolean is(String testClass, Optional<String> method) {
            boolean sameClass = className.equals(testClass) || className.startsWith(testClass + "$");
            if (!sameClass) {
                return false;
            }
            if (method.isEmpty()) {
                return true;
            }
            String m = method.get();
            return name.equals(m) || name.startsWith(m + "(") || name.startsWith(m + "[");
        }
    }

    /** What happened to a test case that did not simply pass. */
    public enum Kind {
        FAILURE, ERROR, FLAKY, SKIPPED
    }

    /**
     * A test case that did not simply pass.
     *
     * @param type the exception type, empty when the report names none
     * @param message the first line of the message, at most {@value #MESSAGE_CHARS} characters; empty when none
     * @param reruns how often it was rerun and failed again (or, for a flaky test, failed before it passed)
     * @param location the report file and the line of the {@code <testcase>}
     */
    public record TestCase(String className, String name, Kind kind, String type, String message, int reruns,
            Location location) {

        public TestCase {
            Objects.requireNonNull(className, "className");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            type = type == null ? "" : type;
            message = message == null ? "" : message;
        }

        /** {@code com.acme.FooTest.bar}, as Surefire prints it. */
        public String displayName() {
            return className.isEmpty() ? name : name.isEmpty() ? className : className + "." + name;
        }
    }

    public int tests() {
        int sum = 0;
        for (Suite suite : suites) {
            sum += suite.tests();
        }
        return sum;
    }

    public int failures() {
        int sum = 0;
        for (Suite suite : suites) {
            sum += suite.failures();
        }
        return sum;
    }

    public int errors() {
        int sum = 0;
        for (Suite suite : suites) {
            sum += suite.errors();
        }
        return sum;
    }

    public int skippedCount() {
        int sum = 0;
        for (Suite suite : suites) {
            sum += suite.skipped();
        }
        return sum;
    }

    public int flakyCount() {
        int sum = 0;
        for (Suite suite : suites) {
            sum += suite.flaky();
        }
        return sum;
    }

    public int rerunFailures() {
        int sum = 0;
        for (Suite suite : suites) {
            sum += suite.rerunFailures();
        }
        return sum;
    }

    /**
     * How far a report's time may lie before the build's start and still count as written by the build: file systems
     * keep modification times to the second (HFS+) or two (FAT), and the build's start is taken to the millisecond.
     */
    public static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(2);

    /**
     * The suites whose reports were written at or after {@code since}, or at or after {@code orSince} when given, within
     * {@link #CLOCK_TOLERANCE}.
     */
    public List<Suite> writtenSince(Instant since, Optional<Instant> orSince) {
        Instant earliest = since.minus(CLOCK_TOLERANCE);
        Instant alternative = orSince.isPresent() ? orSince.get().minus(CLOCK_TOLERANCE) : Instant.MAX;
        List<Suite> written = new ArrayList<>();
        for (Suite s : suites) {
            if (!s.written().isBefore(earliest) || !s.written().isBefore(alternative)) {
                written.add(s);
            }
        }
        return List.copyOf(written);
    }

    /** The suites whose reports were written after the build started (within {@link #CLOCK_TOLERANCE}). */
    public List<Suite> writtenSince(Instant buildStarted) {
        return writtenSince(buildStarted, Optional.empty());
    }

    /** How many tests each directory's reports hold, for directories with reports. */
    public Map<Path, Integer> testsByDirectory() {
        return testsByDirectory(suites);
    }

    /** How many tests the suites' reports hold per directory, by directory. */
    public static Map<Path, Integer> testsByDirectory(List<Suite> suites) {
        Map<Path, Integer> tests = new TreeMap<>();
        for (Suite suite : suites) {
            Integer before = tests.get(suite.report().getParent());
            tests.put(suite.report().getParent(), before == null ? suite.tests() : before + suite.tests());
        }
        return tests;
    }
}

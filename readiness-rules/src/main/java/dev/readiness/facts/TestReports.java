package dev.readiness.facts;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.core.Xml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

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

    /** How many report files are read in parallel before their results are put together. */
    private static final int BATCH = 64;

    /** Longest failure message kept, in characters. */
    static final int MESSAGE_CHARS = 240;

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
        return suites.stream().mapToInt(Suite::tests).sum();
    }

    public int failures() {
        return suites.stream().mapToInt(Suite::failures).sum();
    }

    public int errors() {
        return suites.stream().mapToInt(Suite::errors).sum();
    }

    public int skippedCount() {
        return suites.stream().mapToInt(Suite::skipped).sum();
    }

    public int flakyCount() {
        return suites.stream().mapToInt(Suite::flaky).sum();
    }

    public int rerunFailures() {
        return suites.stream().mapToInt(Suite::rerunFailures).sum();
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
        Instant alternative = orSince.map(t -> t.minus(CLOCK_TOLERANCE)).orElse(Instant.MAX);
        return suites.stream().filter(s -> !s.written().isBefore(earliest) || !s.written().isBefore(alternative)).toList();
    }

    /** The suites whose reports were written after the build started (within {@link #CLOCK_TOLERANCE}). */
    public List<Suite> writtenSince(Instant buildStarted) {
        return writtenSince(buildStarted, Optional.empty());
    }

    /** How many tests each directory's reports hold, for directories with reports. */
    public Map<Path, Integer> testsByDirectory() {
        Map<Path, Integer> tests = new TreeMap<>();
        for (Suite suite : suites) {
            tests.merge(suite.report().getParent(), suite.tests(), Integer::sum);
        }
        return tests;
    }

    /**
     * Reads every {@code TEST-*.xml} in the directories. Missing when none holds a report; unreadable when a report
     * is not well-formed, naming the file and line.
     */
    public static Evidence<TestReports> read(List<Path> directories) {
        List<Path> reports = new ArrayList<>();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                continue;
            }
            List<Path> inDirectory = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "TEST-*.xml")) {
                for (Path file : files) {
                    if (Files.isRegularFile(file)) {
                        inDirectory.add(file);
                    }
                }
            } catch (IOException e) {
                return Evidence.missing("cannot list the test reports in " + directory + ": " + e.getMessage(),
                        "check the directory's permissions", Location.of(directory));
            }
            inDirectory.sort(null);
            reports.addAll(inDirectory);
        }
        if (reports.isEmpty()) {
            return Evidence.missing("no Surefire or Failsafe test reports (TEST-*.xml) in "
                            + directories.stream().map(Path::toString).collect(Collectors.joining(" or ")),
                    "run the tests in this build, e.g. mvn verify: surefire:test writes target/surefire-reports and "
                            + "failsafe:integration-test writes target/failsafe-reports; -DskipTests or "
                            + "-Dmaven.test.skip=true leaves no reports");
        }
        // The files are read in parallel, each with its own parser, a batch at a time so that memory stays bounded
        // however many files there are, and put together in file order.
        Reading reading = new Reading();
        for (int from = 0; from < reports.size(); from += BATCH) {
            List<FileReading> batch = reports.subList(from, Math.min(reports.size(), from + BATCH)).parallelStream()
                    .map(TestReports::readFile).toList();
            for (FileReading file : batch) {
                if (file.problem() != null) {
                    return file.problem();
                }
                reading.add(file.reading());
            }
        }
        return Evidence.of(new TestReports(directories, reading.suites, reading.failing, reading.flaky, reading.skipped));
    }

    /** One report file read on its own, or the missing evidence that says why it cannot be read. */
    private record FileReading(Reading reading, Evidence<TestReports> problem) {
    }

    private static FileReading readFile(Path report) {
        Reading reading = new Reading();
        // Surefire's <properties> (the JVM's system properties, most of a small report) are dropped before parsing.
        try (InputStream in = new SkippingInputStream(Files.newInputStream(report), List.of("<properties"))) {
            Instant written = Files.getLastModifiedTime(report).toInstant();
            reading.suites.add(reading.read(report, in, written));
            return new FileReading(reading, null);
        } catch (XMLStreamException e) {
            return new FileReading(null, Evidence.missing("the test report " + report + " cannot be read"
                            + (Xml.line(e) > 0 ? " at line " + Xml.line(e) : "") + ": " + Xml.problem(e),
                    "run mvn verify again; the report is truncated or was not written by Surefire or Failsafe",
                    Location.of(report, Xml.line(e))));
        } catch (IOException e) {
            return new FileReading(null, Evidence.missing("cannot read the test report " + report + ": " + e.getMessage(),
                    "check the file's permissions", Location.of(report)));
        }
    }

    /** The state of a read: of one file, or of all files put together in file order. */
    private static final class Reading {
        final List<Suite> suites = new ArrayList<>();
        final List<TestCase> failing = new ArrayList<>();
        final List<TestCase> flaky = new ArrayList<>();
        final List<TestCase> skipped = new ArrayList<>();

        Suite read(Path report, InputStream in, Instant written) throws XMLStreamException {
            XMLStreamReader xml = Xml.reader(in, report);
            try {
                return readSuite(report, xml, written);
            } finally {
                xml.close();
            }
        }

        private Suite readSuite(Path report, XMLStreamReader xml, Instant written) throws XMLStreamException {
            String suiteName = "";
            int tests = 0;
            int failures = 0;
            int errors = 0;
            int skips = 0;
            int flakes = 0;
            int reruns = 0;
            List<CaseResult> cases = new ArrayList<>();
            Case current = null;
            boolean rootSeen = false;
            // The element of the test case whose text is the message, when it has no message attribute.
            StringBuilder text = null;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    if (!rootSeen) {
                        rootSeen = true;
                        if (!element.equals("testsuite") && !element.equals("testsuites")) {
                            throw new XMLStreamException("the root element is <" + element
                                    + ">, not the <testsuite> of a Surefire or Failsafe report", xml.getLocation());
                        }
                    }
                    if (element.equals("testsuite") && suiteName.isEmpty()) {
                        suiteName = attribute(xml, "name");
                    } else if (element.equals("testcase")) {
                        current = new Case(attribute(xml, "classname"), attribute(xml, "name"),
                                Location.of(report, Math.max(0, xml.getLocation().getLineNumber())));
                    } else if (current != null) {
                        switch (element) {
                            case "failure", "error" -> {
                                if (current.kind == null || current.kind == Kind.SKIPPED) {
                                    current.kind = element.equals("failure") ? Kind.FAILURE : Kind.ERROR;
                                    current.type = attribute(xml, "type");
                                    current.message = firstLine(attribute(xml, "message"));
                                    text = current.message.isEmpty() ? new StringBuilder() : null;
                                }
                            }
                            case "rerunFailure", "rerunError" -> {
                                current.reruns++;
                                reruns++;
                            }
                            case "flakyFailure", "flakyError" -> {
                                current.flakyRuns++;
                                if (current.flakyType == null) {
                                    current.flakyType = attribute(xml, "type");
                                    current.flakyMessage = firstLine(attribute(xml, "message"));
                                }
                            }
                            case "skipped" -> {
                                if (current.kind == null) {
                                    current.kind = Kind.SKIPPED;
                                    current.message = firstLine(attribute(xml, "message"));
                                }
                            }
                            default -> {
                                // system-out, system-err, stackTrace, properties: no rule needs them
                            }
                        }
                    }
                } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                        && text != null && text.length() <= MESSAGE_CHARS) {
                    text.append(xml.getTextCharacters(), xml.getTextStart(),
                            Math.min(xml.getTextLength(), MESSAGE_CHARS + 1 - text.length()));
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String element = xml.getLocalName();
                    if (text != null && (element.equals("failure") || element.equals("error")) && current != null) {
                        current.message = firstLine(text.toString());
                        text = null;
                    } else if (element.equals("testcase") && current != null) {
                        tests++;
                        Kind kind = current.kind();
                        if (kind == Kind.FAILURE) {
                            failures++;
                        } else if (kind == Kind.ERROR) {
                            errors++;
                        } else if (kind == Kind.SKIPPED) {
                            skips++;
                        } else if (kind == Kind.FLAKY) {
                            flakes++;
                        }
                        if (kind != null) {
                            keep(current.toTestCase(suiteName));
                        }
                        cases.add(new CaseResult(current.className.isEmpty() ? suiteName : current.className,
                                current.name, Optional.ofNullable(kind), current.location.line()));
                        current = null;
                    }
                }
            }
            return new Suite(report, suiteName, tests, failures, errors, skips, flakes, reruns, written, cases);
        }

        /** Adds the reading of the next file: its suites, and its test cases as far as {@link #KEPT} allows. */
        void add(Reading file) {
            suites.addAll(file.suites);
            file.failing.forEach(this::keep);
            file.flaky.forEach(this::keep);
            file.skipped.forEach(this::keep);
        }

        private void keep(TestCase testCase) {
            List<TestCase> list = switch (testCase.kind()) {
                case FAILURE, ERROR -> failing;
                case FLAKY -> flaky;
                case SKIPPED -> skipped;
            };
            if (list.size() < KEPT) {
                list.add(testCase);
            }
        }

        private static String attribute(XMLStreamReader xml, String name) {
            String value = xml.getAttributeValue(null, name);
            return value == null ? "" : value;
        }
    }

    /** A test case while it is being read. */
    private static final class Case {
        final String className;
        final String name;
        final Location location;
        Kind kind;
        String type = "";
        String message = "";
        int reruns;
        int flakyRuns;
        String flakyType;
        String flakyMessage = "";

        Case(String className, String name, Location location) {
            this.className = className;
            this.name = name;
            this.location = location;
        }

        /** Failed or errored wins over passed-on-rerun: the last run decides. */
        Kind kind() {
            return kind == null && flakyRuns > 0 ? Kind.FLAKY : kind;
        }

        TestCase toTestCase(String suiteName) {
            String owner = className.isEmpty() ? suiteName : className;
            Kind effective = kind();
            return effective == Kind.FLAKY
                    ? new TestCase(owner, name, effective, flakyType, flakyMessage, flakyRuns, location)
                    : new TestCase(owner, name, effective, type, message, reruns, location);
        }
    }

    /** The first non-blank line, cut to {@value #MESSAGE_CHARS} characters. */
    static String firstLine(String text) {
        String line = text.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
        return line.length() > MESSAGE_CHARS ? line.substring(0, MESSAGE_CHARS - 1) + "…" : line;
    }
}

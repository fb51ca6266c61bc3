package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.core.Xml;
import dev.readiness.facts.TestReports.CaseResult;
import dev.readiness.facts.TestReports.Kind;
import dev.readiness.facts.TestReports.Suite;
import dev.readiness.facts.TestReports.TestCase;
import static dev.readiness.facts.TestReports.KEPT;
import static dev.readiness.facts.TestReports.MESSAGE_CHARS;

import dev.readiness.facts.TestReports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.RecursiveTask;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the Surefire and Failsafe XML reports ({@code TEST-*.xml}) into {@link TestReports}, as a stream: memory does
 * not grow with the size of a report.
 */
public final class SurefireReports {

    private SurefireReports() {
    }

    /** How many report files are read in parallel before their results are put together. */
    private static final int BATCH = 64;

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
                            + joined(directories),
                    "run the tests in this build, e.g. mvn verify: surefire:test writes target/surefire-reports and "
                            + "failsafe:integration-test writes target/failsafe-reports; -DskipTests or "
                            + "-Dmaven.test.skip=true leaves no reports");
        }
        // The files are read in parallel, each with its own parser, a batch at a time so that memory stays bounded
        // however many files there are, and put together in file order.
        Reading reading = new Reading();
        for (int from = 0; from < reports.size(); from += BATCH) {
            List<FileTask> batch = new ArrayList<>(BATCH);
            for (Path report : reports.subList(from, Math.min(reports.size(), from + BATCH))) {
                batch.add(new FileTask(report));
            }
            // In the pool of the calling thread when it runs in one (the engine's), else in the common pool.
            ForkJoinTask.invokeAll(batch);
            for (FileTask task : batch) {
                FileReading file = task.join();
                if (file.problem() != null) {
                    return file.problem();
                }
                reading.add(file.reading());
            }
        }
        return Evidence.of(new TestReports(directories, reading.suites, reading.failing, reading.flaky, reading.skipped));
    }

    private static String joined(List<Path> directories) {
        List<String> names = new ArrayList<>(directories.size());
        for (Path directory : directories) {
            names.add(directory.toString());
        }
        return String.join(" or ", names);
    }

    private static final class FileTask extends RecursiveTask<FileReading> {

        private final Path report;

        FileTask(Path report) {
            this.report = report;
        }

        @Override
        protected FileReading compute() {
            return readFile(report);
        }
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
            for (List<TestCase> cases : List.of(file.failing, file.flaky, file.skipped)) {
                for (TestCase testCase : cases) {
                    keep(testCase);
                }
            }
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

    /** The first non-blank line, cut to {@value TestReports#MESSAGE_CHARS} characters. */
    static String firstLine(String text) {
        String line = "";
        Iterator<String> lines = text.lines().iterator();
        while (lines.hasNext() && line.isEmpty()) {
            line = lines.next().strip();
        }
        return line.length() > MESSAGE_CHARS ? line.substring(0, MESSAGE_CHARS - 1) + "…" : line;
    }
}

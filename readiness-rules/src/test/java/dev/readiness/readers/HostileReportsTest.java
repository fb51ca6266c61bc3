package dev.readiness.readers;

import static dev.readiness.testing.HostileXml.billionLaughs;
import static dev.readiness.testing.HostileXml.externalEntity;
import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Evidence;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.facts.Coverage;
import dev.readiness.facts.TestReports;
import dev.readiness.testing.RuleHarness;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Surefire and JaCoCo reports written to hurt: each ends as missing evidence naming the file (and the line where the
 * parser knows it), so that the rules reading it FAIL with that reason; none leaks a local file's content, none runs
 * long. Large documents are generated here, never committed.
 */
class HostileReportsTest {

    /** The content of a local file that a hostile report tries to pull in. */
    private static final String SECRET = "s3cr3t-local-file-content-4711";

    @TempDir
    Path dir;

    /** Hostile documents, by what they try; each gets the file holding the secret it may try to read. */
    static Stream<Arguments> hostileDocuments() {
        return Stream.of(
                hostile("an external entity in text", secret -> externalEntity(secret,
                        "<testsuite><testcase name=\"a\"><failure message=\"m\">&xxe;</failure></testcase></testsuite>")),
                hostile("an external entity in an attribute", secret -> externalEntity(secret,
                        "<testsuite name=\"&xxe;\"><testcase name=\"a\"/></testsuite>")),
                hostile("an external entity in JaCoCo's root", secret -> externalEntity(secret,
                        "<report name=\"&xxe;\"/>")),
                hostile("a billion laughs in text", secret -> billionLaughs(
                        "<testsuite><testcase name=\"a\"><failure message=\"m\">&lol9;</failure></testcase></testsuite>")),
                hostile("a billion laughs in an attribute", secret -> billionLaughs("<report name=\"&lol9;\"/>")),
                hostile("a truncated document", secret -> "<?xml version=\"1.0\"?>\n<testsuite>\n  <testcase name=\"a\">\n    <fail"),
                hostile("an empty file", secret -> ""),
                hostile("only an XML declaration", secret -> "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
                hostile("text that is not XML", secret -> "Tests run: 3, Failures: 0\n"),
                hostile("JSON instead of XML", secret -> "{\"tests\": 3}"),
                hostile("an unknown encoding", secret -> "<?xml version=\"1.0\" encoding=\"X-NOPE-42\"?>\n<testsuite/>"),
                hostile("two root elements", secret -> "<testsuite name=\"a\"/><testsuite name=\"b\"/>"));
    }

    private static Arguments hostile(String name, Function<Path, String> document) {
        return Arguments.of(name, document);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void a_hostile_surefire_report_is_missing_evidence_naming_the_file_and_never_leaks(String name,
            Function<Path, String> document) throws IOException {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Path report = reports.resolve("TEST-com.acme.HostileTest.xml");
        Files.writeString(report, document.apply(secretFile()), StandardCharsets.UTF_8);

        Evidence<TestReports> evidence = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> SurefireReports.read(List.of(reports)));

        assertMissingWithoutSecret(evidence, report);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileDocuments")
    void a_hostile_jacoco_report_is_missing_evidence_naming_the_file_and_never_leaks(String name,
            Function<Path, String> document) throws IOException {
        Path report = dir.resolve("jacoco.xml");
        Files.writeString(report, document.apply(secretFile()), StandardCharsets.UTF_8);

        Evidence<Coverage> evidence = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> JacocoReports.read(report));

        assertMissingWithoutSecret(evidence, report);
    }

    @Test
    void random_bytes_are_missing_evidence_for_both_readers() throws IOException {
        Random random = new Random(20260601);
        for (int i = 0; i < 50; i++) {
            byte[] bytes = new byte[1 + random.nextInt(4096)];
            random.nextBytes(bytes);
            Path reports = Files.createDirectories(dir.resolve("random-" + i));
            Path report = Files.write(reports.resolve("TEST-random.xml"), bytes);

            assertThat(SurefireReports.read(List.of(reports)).isPresent()).as("random document %d", i).isFalse();
            assertThat(JacocoReports.read(report).isPresent()).as("random document %d", i).isFalse();
        }
    }

    @Test
    void a_report_that_is_not_utf_8_names_the_file_and_line_and_prints_nothing() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Path surefire = reports.resolve("TEST-com.acme.LatinTest.xml");
        Path jacoco = dir.resolve("jacoco.xml");
        Files.write(surefire, latin1("<testsuite name=\"a\">\n  <testcase name=\"caf\u00e9\"/>\n</testsuite>\n"));
        Files.write(jacoco, latin1("<report name=\"a\">\n  <package name=\"caf\u00e9\"/>\n</report>\n"));
        Path truncated = Files.writeString(dir.resolve("truncated.xml"), "<report name=\"a\">\n<package name=\"b");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        Evidence<TestReports> tests;
        Evidence<Coverage> coverage;
        Evidence<Coverage> cut;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            tests = SurefireReports.read(List.of(reports));
            coverage = JacocoReports.read(jacoco);
            cut = JacocoReports.read(truncated);
        } finally {
            System.setErr(standardError);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(missing(tests).reason()).contains(surefire + " cannot be read at line 3", "not valid UTF-8 (0xE9)");
        assertThat(missing(tests).location()).hasValueSatisfying(location -> assertThat(location.line()).isEqualTo(3));
        assertThat(missing(coverage).reason()).contains(jacoco + " cannot be read at line 3", "not valid UTF-8 (0xE9)");
        assertThat(missing(cut).reason()).contains(truncated + " cannot be read at line 2");
    }

    @Test
    void a_report_that_only_names_an_external_dtd_is_read_without_loading_it() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Files.writeString(reports.resolve("TEST-a.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite SYSTEM \""
                + secretFile().toUri() + "\">\n<testsuite name=\"a\"><testcase classname=\"a\" name=\"b\"/></testsuite>\n");

        TestReports read = SurefireReports.read(List.of(reports)).value();

        assertThat(read.tests()).isEqualTo(1);
        assertThat(read.toString()).doesNotContain(SECRET);
    }

    @Test
    void the_rules_fail_with_the_reason_and_no_report_text_holds_the_secret() throws IOException {
        Path secret = secretFile();
        RuleHarness project = RuleHarness.in(dir.resolve("project"))
                .file("src/main/java/com/acme/Scorer.java", "package com.acme; class Scorer {}")
                .contract("{\"contract\": 1, \"rules\": {\"coverage.core\": {\"include\": [\"com.acme.**\"]}}}")
                .file("target/surefire-reports/TEST-com.acme.ScorerTest.xml", externalEntity(secret,
                        "<testsuite><testcase name=\"a\"><failure message=\"m\">&xxe;</failure></testcase></testsuite>"))
                .file("target/site/jacoco/jacoco.xml", billionLaughs("<report name=\"&lol9;\"/>"));

        Report report = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> project.check());

        for (String rule : List.of("tests.executed", "coverage.overall")) {
            RuleResult result = result(report, rule);
            assertThat(result.status()).as(rule).isEqualTo(Status.FAIL);
            assertThat(result.message()).as(rule).contains("cannot read its evidence");
        }
        // One cause, one failure: the other rules reading the same broken report point to the one that reports it.
        assertThat(result(report, "tests.passing").status()).isEqualTo(Status.SKIPPED);
        assertThat(result(report, "tests.passing").message()).contains("see tests.executed");
        assertThat(result(report, "coverage.core").status()).isEqualTo(Status.SKIPPED);
        assertThat(result(report, "coverage.core").message()).contains("see coverage.overall");
        assertThat(result(report, "tests.executed").findings()).first().satisfies(finding -> {
            assertThat(finding.message()).contains("TEST-com.acme.ScorerTest.xml", "&xxe;");
            assertThat(finding.location()).isPresent();
        });
        assertThat(everything(report)).doesNotContain(SECRET);
    }

    @Test
    void an_enormous_surefire_report_is_streamed_with_complete_counts_and_bounded_detail() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Path report = reports.resolve("TEST-com.acme.HugeTest.xml");
        int cases = 200_000;
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.HugeTest\">\n");
            for (int i = 0; i < cases; i++) {
                out.write("  <testcase classname=\"com.acme.HugeTest\" name=\"case" + i + "\">");
                if (i % 2 == 0) {
                    out.write("<failure message=\"expected " + i + "\" type=\"java.lang.AssertionError\">"
                            + "at com.acme.HugeTest.case(HugeTest.java:1)\n".repeat(3) + "</failure>");
                }
                out.write("</testcase>\n");
            }
            // One test's output as long as a chatty integration test's: megabytes in one CDATA section.
            out.write("  <testcase classname=\"com.acme.HugeTest\" name=\"chatty\"><system-out><![CDATA[");
            writeRepeated(out, "log line of a chatty test\n", 1_000_000);
            out.write("]]></system-out></testcase>\n</testsuite>\n");
        }
        assertThat(Files.size(report)).isGreaterThan(40L * 1024 * 1024);

        TestReports read = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> SurefireReports.read(List.of(reports)).value());

        assertThat(read.tests()).isEqualTo(cases + 1);
        assertThat(read.failures()).isEqualTo(cases / 2);
        assertThat(read.failing()).hasSize(TestReports.KEPT);
    }

    @Test
    void a_failure_message_of_megabytes_is_cut_to_one_short_line() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        try (Writer out = Files.newBufferedWriter(reports.resolve("TEST-a.xml"), StandardCharsets.UTF_8)) {
            out.write("<testsuite name=\"a\"><testcase classname=\"a\" name=\"b\"><failure type=\"E\">");
            writeRepeated(out, "x", 20_000_000);
            out.write("</failure></testcase></testsuite>");
        }

        TestReports read = SurefireReports.read(List.of(reports)).value();

        assertThat(read.failing()).singleElement()
                .satisfies(test -> assertThat(test.message()).hasSizeLessThanOrEqualTo(TestReports.MESSAGE_CHARS));
    }

    @Test
    void an_enormous_jacoco_report_is_streamed() throws IOException {
        Path report = dir.resolve("jacoco.xml");
        int classes = 100_000;
        try (BufferedWriter out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">\n"
                    + "<report name=\"huge\"><package name=\"com/acme\">\n");
            for (int i = 0; i < classes; i++) {
                out.write("<class name=\"com/acme/C" + i + "\" sourcefilename=\"C" + i + ".java\">"
                        + "<method name=\"m\" desc=\"()V\" line=\"1\"><counter type=\"LINE\" missed=\"1\" covered=\"3\"/></method>"
                        + "<counter type=\"LINE\" missed=\"1\" covered=\"3\"/><counter type=\"BRANCH\" missed=\"0\" covered=\"2\"/>"
                        + "</class>\n");
            }
            out.write("</package><counter type=\"LINE\" missed=\"" + classes + "\" covered=\"" + 3 * classes + "\"/>"
                    + "</report>\n");
        }

        Coverage coverage = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> JacocoReports.read(report).value());

        assertThat(coverage.classes()).hasSize(classes);
        assertThat(coverage.line().ratio()).hasValue(0.75);
    }

    @Test
    void a_million_nested_elements_end_as_missing_evidence_or_a_value_never_a_crash() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("surefire-reports"));
        Path report = reports.resolve("TEST-deep.xml");
        try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
            out.write("<testsuite name=\"deep\">");
            writeRepeated(out, "<a>", 1_000_000);
            writeRepeated(out, "</a>", 1_000_000);
            out.write("</testsuite>");
        }
        Path jacoco = dir.resolve("jacoco.xml");
        Files.writeString(jacoco, "<report name=\"deep\">" + "<group name=\"g\">".repeat(100_000)
                + "</group>".repeat(100_000) + "</report>");

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            SurefireReports.read(List.of(reports));
            JacocoReports.read(jacoco);
        });
    }

    private static void assertMissingWithoutSecret(Evidence<?> evidence, Path report) {
        Evidence.Missing<?> missing = missing(evidence);
        assertThat(missing.reason()).contains(report.toString()).doesNotContain(SECRET);
        assertThat(missing.hint()).isNotBlank().doesNotContain(SECRET);
        assertThat(missing.location()).hasValueSatisfying(location -> assertThat(location.file()).isEqualTo(report));
    }

    private static String everything(Report report) {
        StringBuilder text = new StringBuilder();
        for (RuleResult result : report.results()) {
            text.append(result.message()).append('\n');
            for (Finding finding : result.findings()) {
                text.append(finding.message()).append('\n').append(finding.hint()).append('\n').append(finding.location()).append('\n');
            }
        }
        return text.toString();
    }

    private static void writeRepeated(Writer out, String text, int times) throws IOException {
        for (int i = 0; i < times; i++) {
            out.write(text);
        }
    }

    private Path secretFile() throws IOException {
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, SECRET);
        return file;
    }

    /** An XML document declared UTF-8 whose text is written in ISO-8859-1: {@code é} is one byte, 0xE9. */
    private static byte[] latin1(String root) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static Evidence.Missing<?> missing(Evidence<?> evidence) {
        assertThat(evidence).isInstanceOf(Evidence.Missing.class);
        return (Evidence.Missing<?>) evidence;
    }
}

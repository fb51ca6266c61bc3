package dev.readiness.readers;

import static dev.readiness.testing.HostileXml.billionLaughs;
import static dev.readiness.testing.HostileXml.externalEntity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.TestReports;
import dev.readiness.testing.Samples;
import dev.readiness.testing.SurefireReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestReportsTest {

    @TempDir
    Path dir;

    @Test
    void reads_real_surefire_and_failsafe_reports() throws IOException {
        TestReports reports = read(Samples.surefireReports(), Samples.failsafeReports()).value();

        assertThat(reports.tests()).isEqualTo(9);
        assertThat(reports.failures()).isEqualTo(1);
        assertThat(reports.errors()).isEqualTo(1);
        assertThat(reports.skippedCount()).isEqualTo(1);
        assertThat(reports.flakyCount()).isEqualTo(1);
        assertThat(reports.rerunFailures()).isEqualTo(4);
        assertThat(reports.suites()).extracting(TestReports.Suite::name).containsExactly(
                "com.acme.churn.model.FeaturesTest", "com.acme.churn.model.ScorerTest", "com.acme.churn.io.CsvReaderIT");
        assertThat(reports.testsByDirectory()).containsEntry(Samples.surefireReports(), 7)
                .containsEntry(Samples.failsafeReports(), 2);
    }

    @Test
    void names_each_failing_test_with_its_message_and_the_line_of_its_testcase() throws IOException {
        TestReports reports = read(Samples.surefireReports()).value();

        Path scorer = Samples.surefireReports().resolve("TEST-com.acme.churn.model.ScorerTest.xml");
        Path features = Samples.surefireReports().resolve("TEST-com.acme.churn.model.FeaturesTest.xml");
        assertThat(reports.failing()).containsExactly(
                new TestReports.TestCase("com.acme.churn.model.FeaturesTest", "errors_on_purpose", TestReports.Kind.ERROR,
                        "java.lang.NullPointerException",
                        "Cannot invoke \"com.acme.churn.model.Features$Row.complaints()\" because \"row\" is null", 2,
                        Location.of(features, lineOf(features, "name=\"errors_on_purpose\""))),
                new TestReports.TestCase("com.acme.churn.model.ScorerTest", "bands_medium_scores", TestReports.Kind.FAILURE,
                        "org.opentest4j.AssertionFailedError", "band of 0.5 ==> expected: <high> but was: <medium>", 2,
                        Location.of(scorer, lineOf(scorer, "name=\"bands_medium_scores\""))));
        assertThat(reports.flaky()).containsExactly(
                new TestReports.TestCase("com.acme.churn.model.ScorerTest", "scores_are_stable_under_load", TestReports.Kind.FLAKY,
                        "java.lang.IllegalStateException", "feature store timed out", 1,
                        Location.of(scorer, lineOf(scorer, "name=\"scores_are_stable_under_load\""))));
        assertThat(reports.skipped()).extracting(TestReports.TestCase::name, TestReports.TestCase::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("scores_against_feature_store", "needs the production feature store"));
    }

    @Test
    void counts_testcases_not_the_suite_attributes_surefire_rewrites_on_rerun() {
        // The sample's ScorerTest suite says tests="1" failures="1"; it holds five test cases.
        TestReports reports = read(Samples.surefireReports()).value();

        assertThat(reports.suites().get(1)).usingRecursiveComparison().ignoringFields("written", "cases").isEqualTo(new TestReports.Suite(
                Samples.surefireReports().resolve("TEST-com.acme.churn.model.ScorerTest.xml"),
                "com.acme.churn.model.ScorerTest", 5, 1, 0, 1, 1, 2, java.time.Instant.EPOCH));
    }

    @Test
    void a_test_that_fails_after_a_flaky_run_is_a_failure_not_flaky() throws IOException {
        Path file = write("TEST-a.B.xml", "<testsuite name=\"a.B\"><testcase name=\"t\" classname=\"a.B\">"
                + "<flakyFailure message=\"first\"/><failure message=\"last\"/></testcase></testsuite>");

        TestReports reports = read(file.getParent()).value();

        assertThat(reports.failures()).isEqualTo(1);
        assertThat(reports.flakyCount()).isZero();
        assertThat(reports.failing()).extracting(TestReports.TestCase::message).containsExactly("last");
    }

    @Test
    void keeps_only_the_first_line_of_a_message_and_no_stack_trace() throws IOException {
        write("TEST-a.A.xml", "<testsuite name=\"a.A\"><testcase name=\"multi\" classname=\"a.A\">"
                + "<failure message=\"first line&#10;second line\" type=\"java.lang.AssertionError\"/></testcase></testsuite>");
        SurefireReport.suite("a.B")
                .failedWithBodyOnly("body", "\n  java.lang.AssertionError: from the body\n\tat a.B.body(B.java:3)\n")
                .failed("long", "x".repeat(10_000))
                .writeTo(dir);

        List<TestReports.TestCase> failing = read(dir).value().failing();

        assertThat(failing).extracting(TestReports.TestCase::message).containsExactly(
                "first line", "java.lang.AssertionError: from the body", "x".repeat(TestReports.MESSAGE_CHARS - 1) + "…");
    }

    @Test
    void is_missing_when_no_directory_holds_reports_naming_where_it_looked_and_the_goals() throws IOException {
        Files.createDirectories(dir.resolve("target/surefire-reports"));
        Files.writeString(dir.resolve("target/surefire-reports/com.acme.FooTest.txt"), "not a TEST-*.xml");

        Evidence<TestReports> evidence = read(dir.resolve("target/surefire-reports"), dir.resolve("target/failsafe-reports"));

        Evidence.Missing<TestReports> missing = (Evidence.Missing<TestReports>) evidence;
        assertThat(missing.reason()).contains("TEST-*.xml", dir.resolve("target/surefire-reports").toString(),
                dir.resolve("target/failsafe-reports").toString());
        assertThat(missing.hint()).contains("mvn verify", "surefire:test", "failsafe:integration-test", "-DskipTests");
    }

    @Test
    void a_truncated_report_is_missing_evidence_naming_the_file_and_line() throws IOException {
        Path file = write("TEST-a.B.xml", "<?xml version=\"1.0\"?>\n<testsuite name=\"a.B\">\n  <testcase name=\"t\">\n    <fail");

        Evidence.Missing<TestReports> missing = (Evidence.Missing<TestReports>) read(dir);

        assertThat(missing.location()).contains(Location.of(file, 4));
        assertThat(missing.reason()).startsWith("the test report " + file + " cannot be read at line 4: ");
        assertThat(missing.hint()).startsWith("run mvn verify again; the report is truncated");
    }

    @Test
    void many_files_read_in_parallel_give_counts_and_first_failures_in_file_order() throws IOException {
        for (int i = 0; i < 150; i++) {
            write(String.format("TEST-a.S%03d.xml", i), "<testsuite name=\"a.S" + i + "\">\n<properties>\n"
                    + "<property name=\"p\" value=\"v\"/>\n</properties>\n<testcase classname=\"a.S" + i + "\" name=\"t\">"
                    + "<failure message=\"m" + i + "\"/></testcase>\n<testcase name=\"ok\"/>\n</testsuite>");
        }

        TestReports reports = read(dir).value();

        assertThat(reports.tests()).isEqualTo(300);
        assertThat(reports.failures()).isEqualTo(150);
        assertThat(reports.suites()).extracting(TestReports.Suite::name).startsWith("a.S0", "a.S1", "a.S2").hasSize(150);
        assertThat(reports.failing()).hasSize(TestReports.KEPT);
        assertThat(reports.failing()).extracting(TestReports.TestCase::message)
                .startsWith("m0", "m1", "m2").endsWith("m99");
        // The dropped <properties> keep their lines: the test case is still found on line 5.
        assertThat(reports.failing().get(0).location().line()).isEqualTo(5);
    }

    @Test
    void of_several_broken_files_the_first_in_file_order_is_named() throws IOException {
        for (int i = 0; i < 100; i++) {
            write(String.format("TEST-a.S%03d.xml", i), i == 20 || i == 90 ? "<testsuite><testcase"
                    : "<testsuite name=\"a.S" + i + "\"><testcase name=\"t\"/></testsuite>");
        }

        Evidence.Missing<TestReports> missing = (Evidence.Missing<TestReports>) read(dir);

        assertThat(missing.reason()).startsWith("the test report " + dir.resolve("TEST-a.S020.xml") + " cannot be read");
    }

    @Test
    void a_file_that_is_not_a_test_report_is_missing_evidence() throws IOException {
        write("TEST-a.B.xml", "<project><modelVersion>4.0.0</modelVersion></project>");

        Evidence.Missing<TestReports> missing = (Evidence.Missing<TestReports>) read(dir);

        assertThat(missing.reason()).contains("the root element is <project>, not the <testsuite>");
    }

    @Test
    void an_external_entity_does_not_leak_the_file_it_names() throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "password=hunter2");
        Path reports = dir.resolve("reports");
        Files.createDirectories(reports);
        Files.writeString(reports.resolve("TEST-a.B.xml"), externalEntity(secret,
                "<testsuite name=\"a.B\"><testcase name=\"t\" classname=\"a.B\"><failure message=\"m\">&xxe;</failure></testcase></testsuite>"));
        Files.writeString(reports.resolve("TEST-a.C.xml"), externalEntity(secret,
                "<testsuite name=\"a.C\"><testcase name=\"t\" classname=\"a.C\"><failure message=\"&xxe;\"/></testcase></testsuite>"));

        Evidence.Missing<TestReports> missing = (Evidence.Missing<TestReports>) read(reports);

        assertThat(missing.reason() + missing.hint()).doesNotContain("hunter2").contains("TEST-a.B.xml");
    }

    @Test
    void an_entity_bomb_ends_at_once_as_missing_evidence() throws IOException {
        write("TEST-a.B.xml", billionLaughs(
                "<testsuite name=\"a.B\"><testcase name=\"t\"><failure message=\"&lol9;\">&lol9;</failure></testcase></testsuite>"));

        Evidence<TestReports> evidence = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> read(dir));

        assertThat(evidence.isPresent()).isFalse();
    }

    @Test
    void reads_a_report_of_200000_test_cases_keeping_a_bounded_number_in_detail() throws IOException {
        Path file = dir.resolve("TEST-com.acme.BigTest.xml");
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"com.acme.BigTest\" tests=\"200000\">\n");
            for (int i = 0; i < 200_000; i++) {
                out.write("  <testcase name=\"case" + i + "\" classname=\"com.acme.BigTest\" time=\"0.001\"");
                if (i % 100 == 0) {
                    out.write("><failure message=\"case " + i + " failed\" type=\"java.lang.AssertionError\"><![CDATA["
                            + "java.lang.AssertionError: case " + i + " failed\n" + "\tat com.acme.BigTest.run(BigTest.java:1)\n".repeat(20)
                            + "]]></failure><system-out><![CDATA[" + "log line\n".repeat(20) + "]]></system-out></testcase>\n");
                } else {
                    out.write("/>\n");
                }
            }
            out.write("</testsuite>\n");
        }

        TestReports reports = read(dir).value();

        assertThat(reports.tests()).isEqualTo(200_000);
        assertThat(reports.failures()).isEqualTo(2_000);
        assertThat(reports.failing()).hasSize(TestReports.KEPT);
        assertThat(reports.failing().get(1).message()).isEqualTo("case 100 failed");
        // case 0 starts on line 3 and spans 42 lines (stack trace and output); each passing case takes one line
        assertThat(reports.failing().get(1).location().line()).isEqualTo(3 + 42 + 99);
    }

    private static Evidence<TestReports> read(Path... directories) {
        return SurefireReports.read(List.of(directories));
    }

    private Path write(String name, String xml) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, xml);
        return file;
    }

    /** The line of the first occurrence of {@code text}, 1-based. */
    static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}

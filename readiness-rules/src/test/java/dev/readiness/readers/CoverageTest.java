package dev.readiness.readers;

import static dev.readiness.testing.HostileXml.billionLaughs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.Coverage.ClassCoverage;
import dev.readiness.facts.Coverage.Counter;
import dev.readiness.facts.Coverage;
import dev.readiness.testing.JacocoReport;
import dev.readiness.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTest {

    @TempDir
    Path dir;

    @Test
    void reads_a_real_jacoco_report() {
        Coverage coverage = JacocoReports.read(Samples.jacocoXml()).value();

        assertThat(coverage.report()).isEqualTo(Samples.jacocoXml());
        assertThat(coverage.line()).isEqualTo(new Counter(5, 19));
        assertThat(coverage.branch()).isEqualTo(new Counter(8, 14));
        assertThat(coverage.classes()).containsExactly(
                new ClassCoverage("com.acme.churn.io.CsvReader", "com/acme/churn/io/CsvReader.java", new Counter(0, 9), new Counter(2, 6)),
                new ClassCoverage("com.acme.churn.model.Scorer", "com/acme/churn/model/Scorer.java", new Counter(3, 9), new Counter(5, 7)),
                new ClassCoverage("com.acme.churn.model.Features$Row", "com/acme/churn/model/Features.java", new Counter(1, 0), Counter.EMPTY),
                new ClassCoverage("com.acme.churn.model.Features", "com/acme/churn/model/Features.java", new Counter(1, 1), new Counter(1, 1)));
    }

    @Test
    void takes_class_counters_not_method_package_or_sourcefile_counters() {
        Path file = JacocoReport.of().type("com.acme.model.Scorer", 9, 12, 7, 12).type("com.acme.io.Csv", 1, 10, 0, 0)
                .writeTo(dir.resolve("jacoco.xml"));

        Coverage coverage = JacocoReports.read(file).value();

        assertThat(coverage.line()).isEqualTo(new Counter(12, 10));
        assertThat(coverage.branch()).isEqualTo(new Counter(5, 7));
        assertThat(coverage.classes()).extracting(ClassCoverage::name, ClassCoverage::line, ClassCoverage::branch).containsExactly(
                org.assertj.core.groups.Tuple.tuple("com.acme.model.Scorer", new Counter(3, 9), new Counter(5, 7)),
                org.assertj.core.groups.Tuple.tuple("com.acme.io.Csv", new Counter(9, 1), Counter.EMPTY));
    }

    @Test
    void reads_classes_inside_groups_of_an_aggregate_report() throws IOException {
        Path file = write("<report name=\"all\"><group name=\"core\"><package name=\"a\"><class name=\"a/B\">"
                + "<counter type=\"LINE\" missed=\"1\" covered=\"3\"/></class>"
                + "<counter type=\"LINE\" missed=\"9\" covered=\"9\"/></package>"
                + "<counter type=\"LINE\" missed=\"8\" covered=\"8\"/></group>"
                + "<counter type=\"LINE\" missed=\"1\" covered=\"3\"/></report>");

        Coverage coverage = JacocoReports.read(file).value();

        assertThat(coverage.line()).isEqualTo(new Counter(1, 3));
        assertThat(coverage.classes()).containsExactly(new ClassCoverage("a.B", "", new Counter(1, 3), Counter.EMPTY));
    }

    @Test
    void a_class_without_branches_has_no_branch_ratio() {
        assertThat(Counter.EMPTY.ratio()).isEqualTo(OptionalDouble.empty());
        assertThat(new Counter(1, 3).ratio()).isEqualTo(OptionalDouble.of(0.75));
    }

    @Test
    void is_missing_when_the_report_does_not_exist_naming_it_and_the_goal_that_writes_it() {
        Evidence.Missing<Coverage> missing = (Evidence.Missing<Coverage>) JacocoReports.read(dir.resolve("target/site/jacoco/jacoco.xml"));

        assertThat(missing.reason()).isEqualTo("no JaCoCo coverage report at " + dir.resolve("target/site/jacoco/jacoco.xml"));
        assertThat(missing.hint()).contains("jacoco:report", "prepare-agent", "mvn verify", "-DskipTests");
    }

    @Test
    void a_truncated_report_is_missing_evidence_naming_the_file_and_line() throws IOException {
        String whole = Files.readString(Samples.jacocoXml());
        Path file = write(whole.substring(0, whole.length() / 2));

        Evidence.Missing<Coverage> missing = (Evidence.Missing<Coverage>) JacocoReports.read(file);

        assertThat(missing.reason()).startsWith("the JaCoCo report " + file + " cannot be read at line 1: ");
        assertThat(missing.hint()).startsWith("run mvn verify again; the report is truncated");
        assertThat(missing.location()).map(Location::file).contains(file);
    }

    @Test
    void a_counter_that_is_not_a_number_is_missing_evidence() throws IOException {
        Path file = write("<report name=\"r\">\n<counter type=\"LINE\" missed=\"x\" covered=\"1\"/>\n</report>");

        Evidence.Missing<Coverage> missing = (Evidence.Missing<Coverage>) JacocoReports.read(file);

        assertThat(missing.reason()).contains("line 2", "missed=\"x\"");
    }

    @Test
    void a_file_that_is_not_a_jacoco_report_is_missing_evidence() throws IOException {
        Path file = write("<testsuite name=\"a.B\"/>");

        assertThat(((Evidence.Missing<Coverage>) JacocoReports.read(file)).reason())
                .contains("the root element is <testsuite>, not the <report> of a JaCoCo XML report");
    }

    @Test
    void an_entity_bomb_ends_at_once_as_missing_evidence() throws IOException {
        Path file = write(billionLaughs("<report name=\"&lol9;\"/>"));

        Evidence<Coverage> evidence = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> JacocoReports.read(file));

        assertThat(evidence.isPresent()).isFalse();
    }

    private Path write(String xml) throws IOException {
        Path file = dir.resolve("jacoco.xml");
        Files.writeString(file, xml);
        return file;
    }
}

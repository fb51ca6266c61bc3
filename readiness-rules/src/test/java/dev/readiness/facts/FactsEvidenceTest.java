package dev.readiness.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.readers.FileReaders;
import dev.readiness.testing.JacocoReport;
import dev.readiness.testing.SurefireReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsEvidenceTest {

    @TempDir
    Path dir;

    @Test
    void looks_for_test_reports_in_surefire_and_failsafe_reports_of_the_build_directory() {
        Facts facts = FileReaders.facts(ProjectInfo.standard("g", "a", "1", dir)).build();

        assertThat(facts.testReportDirectories())
                .containsExactly(dir.resolve("target/surefire-reports"), dir.resolve("target/failsafe-reports"));
        assertThat(facts.testsSkipped()).isEmpty();
    }

    @Test
    void reads_test_reports_once_from_the_directories_given() {
        SurefireReport.suite("a.BTest").passed("one", "two").writeTo(dir.resolve("custom"));
        Facts facts = FileReaders.facts(ProjectInfo.standard("g", "a", "1", dir))
                .testReportDirectories(List.of(dir.resolve("custom")))
                .testsSkipped("skipTests=true")
                .build();

        assertThat(facts.testReports().value().tests()).isEqualTo(2);
        assertThat(facts.testReports()).isSameAs(facts.testReports());
        assertThat(facts.testsSkipped()).isEqualTo("skipTests=true");
    }

    @Test
    void reads_each_coverage_report_once_however_it_is_named() {
        Path report = JacocoReport.of().type("a.B", 1, 2, 0, 0).writeTo(dir.resolve("target/site/jacoco/jacoco.xml"));
        Facts facts = FileReaders.facts(ProjectInfo.standard("g", "a", "1", dir)).build();

        assertThat(facts.coverage(report)).isSameAs(facts.coverage(dir.resolve("target/site/../site/jacoco/jacoco.xml")));
        assertThat(facts.coverage(dir.resolve("other.xml"))).isNotSameAs(facts.coverage(report));
    }
}

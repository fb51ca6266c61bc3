package dev.readiness.readers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.core.Evidence;
import dev.readiness.facts.TestReports;
import dev.readiness.testing.FuzzFiles;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes as a Surefire report end as test counts or missing evidence, never an exception. Corpus:
 * {@code TestReportsFuzzTestInputs/}.
 */
class TestReportsFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_surefire_report_is_read_or_missing_evidence(byte[] input) {
        Path report = FuzzFiles.write("surefire-reports", "TEST-com.acme.FuzzTest.xml", input);
        Evidence<TestReports> read = SurefireReports.read(List.of(report.getParent()));
        if (read instanceof Evidence.Missing<TestReports> missing && missing.reason().isBlank()) {
            throw new AssertionError("missing evidence without a reason");
        }
    }
}

package dev.readiness.readers;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.readiness.core.Evidence;
import dev.readiness.facts.Coverage;
import dev.readiness.testing.FuzzFiles;
import java.nio.file.Path;

/**
 * Any bytes as a JaCoCo XML report end as coverage or missing evidence, never an exception. Corpus:
 * {@code CoverageFuzzTestInputs/}.
 */
class CoverageFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void any_jacoco_report_is_read_or_missing_evidence(byte[] input) {
        Path report = FuzzFiles.write("jacoco", "jacoco.xml", input);
        Evidence<Coverage> read = JacocoReports.read(report);
        if (read.isPresent()) {
            // The ratios a rule computes from what was read must be numbers, whatever the counters said.
            read.value().line().ratio().ifPresent(ratio -> {
                if (!(ratio >= 0 && ratio <= 1)) {
                    throw new AssertionError("line ratio " + ratio);
                }
            });
        }
    }
}

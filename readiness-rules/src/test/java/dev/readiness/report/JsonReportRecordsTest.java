package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.json from the records is the same bytes as report.json built node by node. */
class JsonReportRecordsTest {

    @TempDir
    Path dir;

    @Test
    void the_records_serialise_to_the_bytes_of_the_node_by_node_writer() throws Exception {
        for (ReportInput input : new ReportInput[] {
                ReportInput.of(ReportGoldenFilesTest.rich(), ReportGoldenFilesTest.descriptors(),
                        ReportGoldenFilesTest.MODULE, ReportGoldenFilesTest.REACTOR),
                ReportInput.of(SampleReport.of(dir, 25), java.util.List.of(), dir, dir)}) {
            Path byRecords = dir.resolve("records.json");
            Path byNodes = dir.resolve("nodes.json");
            JsonReport.write(input, byRecords);
            NodeByNodeJsonReport.write(input, byNodes);

            assertThat(Files.readString(byRecords)).isEqualTo(Files.readString(byNodes));
            assertThat(Files.readAllBytes(byRecords)).isEqualTo(Files.readAllBytes(byNodes));
        }
    }
}

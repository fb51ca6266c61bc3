package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.core.InvalidInputException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReportFormatTest {

    @Test
    void each_format_is_named_by_its_writer_and_writes_a_file_of_its_own() {
        assertThat(Arrays.stream(ReportFormat.values()).map(ReportFormat::key))
                .containsExactly("json", "junit", "sarif", "markdown", "sonar", "codequality");
        assertThat(ReportFormat.allFileNames()).doesNotHaveDuplicates().hasSize(ReportFormat.values().length)
                .contains(JsonReport.FILE, SarifReport.FILE);
        assertThat(ReportFormat.values()).allSatisfy(format -> assertThat(format.writer().format()).isEqualTo(format.key()));
    }

    @Test
    void parses_names_in_any_case_and_rejects_unknown_and_empty_lists() {
        assertThat(ReportFormat.parse(" JSON, sarif,,")).containsExactly(ReportFormat.JSON, ReportFormat.SARIF);
        assertThatThrownBy(() -> ReportFormat.parse("json,html")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown report format \"html\"").hasMessageContaining("codequality");
        assertThatThrownBy(() -> ReportFormat.parse(" , ")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("readiness.formats is empty");
    }

    @Test
    void the_warm_up_renders_each_default_format_in_memory_and_writes_no_file() {
        assertThat(ReportFormat.warmUp()).isTrue();
        assertThat(ReportFormat.warmUp()).isTrue();
        assertThat(Path.of("warm-up")).doesNotExist();
    }
}

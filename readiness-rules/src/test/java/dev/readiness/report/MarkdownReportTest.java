package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarkdownReportTest {

    @TempDir
    Path dir;

    @Test
    void a_heading_with_the_verdict_and_a_line_of_counts() {
        List<String> lines = MarkdownReport.render(SampleReport.of(dir), dir, dir).lines().toList();

        assertThat(lines.get(0)).isEqualTo("## Readiness: churn-scorer FAIL");
        assertThat(lines).contains("Gate `default` (the version is a SNAPSHOT). 1 passed, 1 failed, 1 warned, 1 waived, 1 skipped.");
    }

    @Test
    void a_table_row_per_rule_with_pipes_escaped() {
        List<List<String>> rows = tableRows(MarkdownReport.render(SampleReport.of(dir), dir, dir));

        assertThat(rows).containsExactly(
                List.of("Rule", "Status", "Message"),
                List.of("`tests.executed`", "PASS", "12 tests ran"),
                List.of("`ownership.owners`", "FAIL", "2 findings; first: owners.role0 is a placeholder"),
                List.of("`structure.metadata`", "WARN", "the POM lacks <url> \\| <scm>"),
                List.of("`coverage.overall`", "WAIVED", "line coverage is 0.62"),
                List.of("`documentation.readme`", "SKIPPED", "turned off in the contract"));
    }

    @Test
    void findings_of_rules_needing_attention_are_listed_with_place_and_fix_on_one_line_each() {
        String markdown = MarkdownReport.render(SampleReport.of(dir), dir, dir);

        assertThat(markdown).contains("### FAIL `ownership.owners`\n\n"
                + "- owners.role0 is a placeholder (\"TODO\") (`readiness.json:7`): set \"owners\" to a person\n");
        assertThat(markdown).contains("- the POM declares no url & no scm second line: add <url> to pom.xml\n");
        assertThat(markdown).doesNotContain("### PASS", "### SKIPPED");
    }

    @Test
    void a_long_finding_list_is_cut_with_a_count_of_the_rest() {
        String markdown = MarkdownReport.render(SampleReport.of(dir, 25), dir, dir);

        assertThat(markdown.lines().filter(l -> l.startsWith("- owners.role"))).hasSize(MarkdownReport.FINDINGS_PER_RULE);
        assertThat(markdown).contains("- ... and 15 more (see report.json)");
    }

    /** The cells of each table row, the separator row left out. */
    static List<List<String>> tableRows(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("|") && !l.startsWith("|---"))
                .map(l -> List.of(l.substring(1, l.length() - 1).split("(?<!\\\\)\\|")).stream().map(String::trim).toList())
                .toList();
    }
}

package dev.readiness.rules.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Status;
import dev.readiness.testing.JacocoReport;
import dev.readiness.testing.RuleHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OverallTest {

    @TempDir
    Path dir;

    @Test
    void passes_on_the_real_sample_report() {
        RuleResult result = RuleHarness.in(dir).withMainSource().sampleReports().result(new Overall());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("line coverage is 0.79 (19 of 24 lines), branch coverage is 0.63 (14 of 22 branches)");
    }

    @Test
    void fails_when_line_coverage_is_below_the_minimum_with_the_measured_and_required_ratio() {
        RuleResult result = project(620, 1000, 60, 100).result(new Overall());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.findings()).containsExactly(
                Finding.of("line coverage is 0.62 (620 of 1000 lines), the contract requires at least 0.70")
                        .at(Location.of(dir.resolve("target/site/jacoco/jacoco.xml")))
                        .hint("test the classes with the most missed lines (see target/site/jacoco/index.html), "
                                + "or lower rules.coverage.overall.line"));
    }

    @Test
    void fails_when_branch_coverage_is_below_the_minimum() {
        RuleResult result = project(900, 1000, 45, 100).result(new Overall());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("branch coverage is 0.45 (45 of 100 branches), the contract requires at least 0.50");
    }

    @Test
    void passes_at_exactly_the_minimum() {
        assertThat(project(700, 1000, 50, 100).result(new Overall()).status()).isEqualTo(Status.PASS);
    }

    @Test
    void fails_just_below_the_minimum_printing_the_ratio_rounded_down() {
        RuleResult result = project(6999, 10000, 50, 100).result(new Overall());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("line coverage is 0.69 (6999 of 10000 lines), the contract requires at least 0.70");
    }

    @Test
    void takes_the_thresholds_the_contract_sets() {
        RuleResult result = project(900, 1000, 45, 100)
                .rule("coverage.overall", "{\"line\": 0.95, \"branch\": 0.4}").result(new Overall());

        assertThat(result.message()).isEqualTo("line coverage is 0.90 (900 of 1000 lines), the contract requires at least 0.95");
    }

    @Test
    void a_module_without_branches_passes_on_lines_alone() {
        RuleResult result = project(8, 10, 0, 0).result(new Overall());

        assertThat(result.status()).isEqualTo(Status.PASS);
        assertThat(result.message()).isEqualTo("line coverage is 0.80 (8 of 10 lines), no branches to cover");
    }

    @Test
    void fails_when_the_report_covers_no_class() {
        RuleResult result = RuleHarness.in(dir).withMainSource().jacoco(JacocoReport.of()).result(new Overall());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).isEqualTo("the JaCoCo report target/site/jacoco/jacoco.xml counts no lines: it covers no class");
    }

    @Test
    void fails_when_the_report_is_missing_saying_which_goal_writes_it() {
        RuleResult result = RuleHarness.in(dir).withMainSource().result(new Overall());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        // The evidence names the file absolutely; the result names it relative to the module.
        assertThat(result.message()).isEqualTo("cannot read its evidence: no JaCoCo coverage report at "
                + "target/site/jacoco/jacoco.xml");
        assertThat(result.findings().get(0).hint()).contains("jacoco:report");
    }

    @Test
    void reads_the_report_the_contract_names() {
        RuleResult result = RuleHarness.in(dir).withMainSource()
                .jacoco("target/site/jacoco-it/jacoco.xml", JacocoReport.of().type("com.acme.A", 1, 10, 0, 0))
                .rule("coverage.overall", "{\"report\": \"target/site/jacoco-it/jacoco.xml\"}")
                .result(new Overall());

        assertThat(result.message()).startsWith("line coverage is 0.10 (1 of 10 lines)");
    }

    @Test
    void refuses_a_report_outside_the_project() {
        RuleResult result = project(8, 10, 0, 0).rule("coverage.overall", "{\"report\": \"../elsewhere/jacoco.xml\"}")
                .result(new Overall());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("the JaCoCo report path '../elsewhere/jacoco.xml' leaves the project");
        assertThat(result.findings().get(0).location()).hasValueSatisfying(l -> {
            assertThat(l.file().getFileName().toString()).isEqualTo("readiness.json");
            assertThat(l.line()).isEqualTo(1);
        });
    }

    @Test
    void rejects_a_threshold_written_as_a_percentage() {
        assertThatThrownBy(() -> project(8, 10, 0, 0).rule("coverage.overall", "{\"line\": 70}").result(new Overall()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("\"rules.coverage.overall.line\" must be a ratio from 0 to 1 (0.8 means 80%), found 70");
    }

    private RuleHarness project(long linesCovered, long lines, long branchesCovered, long branches) {
        return RuleHarness.in(dir).withMainSource().jacoco(JacocoReport.of().type("com.acme.churn.model.Scorer", linesCovered, lines,
                branchesCovered, branches));
    }

    @Test
    void is_not_applicable_to_a_module_without_any_code_rather_than_blaming_a_missing_jacoco_setup() {
        RuleResult result = RuleHarness.in(dir).withMainSource().withoutCode().result(new Overall());

        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.message()).startsWith("not applicable: the module has no code to test").doesNotContain("jacoco");
    }

    @Test
    void fails_on_a_missing_report_when_the_module_has_code() {
        RuleResult result = RuleHarness.in(dir).withMainSource().result(new Overall());

        assertThat(result.status()).isEqualTo(Status.FAIL);
        assertThat(result.message()).contains("no JaCoCo coverage report");
    }
}

package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.engine.RuleRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SonarQube and GitLab reports, against the fields their documentation requires. */
class CodeReviewReportsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RuleDescriptor> RULES = RuleRegistry.load(CodeReviewReportsTest.class.getClassLoader()).descriptors();

    @TempDir
    Path dir;

    @Test
    void sonar_describes_each_rule_with_issues_once_and_places_every_issue_on_a_module_file() throws Exception {
        JsonNode sonar = JSON.readTree(SonarReport.render(SampleReport.of(dir), RULES, dir, dir));

        List<String> ruleIds = new ArrayList<>();
        sonar.path("rules").forEach(rule -> {
            ruleIds.add(rule.path("id").asText());
            for (String required : List.of("id", "name", "description", "engineId", "cleanCodeAttribute")) {
                assertThat(rule.path(required).asText()).as(required).isNotBlank();
            }
            assertThat(rule.at("/impacts/0/softwareQuality").asText()).isIn("MAINTAINABILITY", "RELIABILITY", "SECURITY");
            assertThat(rule.at("/impacts/0/severity").asText()).isIn("HIGH", "MEDIUM", "LOW");
        });
        // FAIL and WARN rules only; the WAIVED coverage.overall finding is accepted and left out.
        assertThat(ruleIds).containsExactly("structure.metadata", "ownership.owners");
        List<String> issues = new ArrayList<>();
        sonar.path("issues").forEach(issue -> issues.add(issue.path("ruleId").asText() + " "
                + issue.at("/primaryLocation/filePath").asText() + ":" + issue.at("/primaryLocation/textRange/startLine").asInt()));
        assertThat(issues).containsExactly("ownership.owners readiness.json:7", "ownership.owners readiness.json:8",
                "structure.metadata pom.xml:1");
        assertThat(sonar.at("/issues/0/primaryLocation/message").asText())
                .isEqualTo("owners.role0 is a placeholder (\"TODO\"). Fix: set \"owners\" to a person");
    }

    @Test
    void sonar_places_a_finding_on_a_file_outside_the_module_on_its_pom_naming_the_file() throws Exception {
        Files.createDirectories(dir.resolve(".mvn"));
        Path module = Files.createDirectories(dir.resolve("scoring"));

        JsonNode issue = JSON.readTree(SonarReport.render(SampleReport.of(dir), RULES, module, module)).at("/issues/0");

        assertThat(issue.at("/primaryLocation/filePath").asText()).isEqualTo("pom.xml");
        assertThat(issue.at("/primaryLocation/message").asText()).contains("(in readiness.json:7)");
    }

    @Test
    void code_quality_is_an_array_of_issues_with_path_line_severity_and_stable_fingerprints() throws Exception {
        JsonNode first = JSON.readTree(CodeQualityReport.render(SampleReport.of(dir), dir, dir));
        JsonNode second = JSON.readTree(CodeQualityReport.render(SampleReport.of(dir), dir, dir));

        assertThat(first.isArray()).isTrue();
        assertThat(first).hasSize(3);
        for (JsonNode issue : first) {
            for (String required : List.of("description", "check_name", "fingerprint", "severity")) {
                assertThat(issue.path(required).asText()).as(required).isNotBlank();
            }
            assertThat(issue.path("severity").asText()).isIn("info", "minor", "major", "critical", "blocker");
            assertThat(issue.at("/location/lines/begin").asInt()).isPositive();
        }
        assertThat(first.at("/0/location/path").asText()).isEqualTo("readiness.json");
        assertThat(first.at("/0/severity").asText()).isEqualTo("major");
        assertThat(first.at("/2/severity").asText()).isEqualTo("minor");
        assertThat(first.at("/0/fingerprint")).isEqualTo(second.at("/0/fingerprint"));
        assertThat(first.at("/0/fingerprint").asText()).isNotEqualTo(first.at("/1/fingerprint").asText());
    }

    @Test
    void code_quality_paths_are_relative_to_the_repository_root() throws Exception {
        Files.createDirectories(dir.resolve(".mvn"));
        Path module = Files.createDirectories(dir.resolve("scoring"));

        JsonNode issues = JSON.readTree(CodeQualityReport.render(SampleReport.of(module), module, module));

        assertThat(issues.at("/0/location/path").asText()).isEqualTo("scoring/readiness.json");
        assertThat(issues.at("/2/location/path").asText()).isEqualTo("scoring/pom.xml");
    }
}

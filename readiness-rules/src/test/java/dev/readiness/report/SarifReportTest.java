package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.core.Gate;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<RuleDescriptor> RULES = RuleRegistry.load(SarifReportTest.class.getClassLoader()).descriptors();

    @TempDir
    Path dir;

    @Test
    void is_valid_sarif_2_1_0() throws Exception {
        JsonNode sarif = render();

        assertThat(sarifSchema().validate(sarif)).isEmpty();
        assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    }

    @Test
    void the_schema_check_would_catch_a_wrong_level_a_missing_message_or_a_misplaced_property() throws Exception {
        Schema schema = sarifSchema();
        JsonNode sarif = render();

        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/1")).remove("message");
        ((com.fasterxml.jackson.databind.node.ObjectNode) sarif.at("/runs/0/results/2")).put("fingerprint", "x");

        assertThat(schema.validate(sarif)).hasSizeGreaterThanOrEqualTo(3);
    }

    private Schema sarifSchema() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/sarif-2.1.0-subset.schema.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(JSON.readTree(in));
        }
    }

    @Test
    void describes_every_rule_with_its_help_and_default_level() throws Exception {
        JsonNode rules = render().at("/runs/0/tool/driver/rules");

        assertThat(rules).hasSize(RULES.size());
        RuleDescriptor owners = RULES.stream().filter(r -> r.id().equals("ownership.owners")).findFirst().orElseThrow();
        JsonNode descriptor = find(rules, "id", "ownership.owners");
        assertThat(descriptor.at("/shortDescription/text").asText()).isEqualTo(owners.summary());
        assertThat(descriptor.at("/fullDescription/text").asText()).isEqualTo(owners.rationale());
        assertThat(descriptor.at("/help/text").asText()).isEqualTo(owners.help());
        assertThat(descriptor.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(find(rules, "id", "structure.metadata").at("/defaultConfiguration/level").asText()).isEqualTo("warning");
    }

    @Test
    void a_result_per_finding_of_rules_not_passing_or_skipped_with_levels_by_status() throws Exception {
        JsonNode results = render().at("/runs/0/results");

        List<String> ruleIds = new ArrayList<>();
        results.forEach(r -> ruleIds.add(r.path("ruleId").asText() + " " + r.path("level").asText()));
        assertThat(ruleIds).containsExactly("ownership.owners error", "ownership.owners error",
                "structure.metadata warning", "coverage.overall note");
    }

    @Test
    void findings_with_a_file_have_a_relative_physical_location_and_line() throws Exception {
        JsonNode owner = render().at("/runs/0/results/0");

        JsonNode physical = owner.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asText()).isEqualTo("readiness.json");
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(7);
        assertThat(owner.at("/message/text").asText())
                .isEqualTo("owners.role0 is a placeholder (\"TODO\"). Fix: set \"owners\" to a person");
    }

    @Test
    void a_finding_without_a_file_is_placed_on_the_pom_since_code_scanning_drops_results_without_one() throws Exception {
        JsonNode metadata = render().at("/runs/0/results/2");

        assertThat(metadata.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("pom.xml");
        assertThat(metadata.at("/locations/0/physicalLocation").has("region")).isFalse();
    }

    @Test
    void a_waived_result_is_an_external_suppression_with_the_waiver_as_justification() throws Exception {
        JsonNode waived = render().at("/runs/0/results/3");

        assertThat(waived.at("/suppressions/0/kind").asText()).isEqualTo("external");
        assertThat(waived.at("/suppressions/0/justification").asText())
                .isEqualTo("legacy importer (ml-platform@acme.example, until 2026-12-31)");
    }

    @Test
    void fingerprints_are_stable_across_builds_and_lines_but_differ_between_findings() throws Exception {
        JsonNode first = render().at("/runs/0/results");
        JsonNode second = render().at("/runs/0/results");

        assertThat(first.at("/0/partialFingerprints")).isEqualTo(second.at("/0/partialFingerprints"));
        assertThat(first.at("/0/partialFingerprints/readiness~1v1").asText()).hasSize(32)
                .isNotEqualTo(first.at("/1/partialFingerprints/readiness~1v1").asText());
        assertThat(SarifReport.fingerprint("r", "f", "m")).isEqualTo(SarifReport.fingerprint("r", "f", "m"));
    }

    @Test
    void a_module_below_the_repository_root_names_its_files_from_the_root_under_the_declared_base_id() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve(".mvn"));
        Path module = java.nio.file.Files.createDirectories(dir.resolve("scoring"));

        // Maven ran in the module's directory, so the reactor root is the module: the repository root is still found.
        JsonNode run = JSON.readTree(SarifReport.render(SampleReport.of(module), RULES, module, module)).at("/runs/0");

        JsonNode artifact = run.at("/results/0/locations/0/physicalLocation/artifactLocation");
        assertThat(artifact.path("uri").asText()).isEqualTo("scoring/readiness.json");
        assertThat(artifact.path("uriBaseId").asText()).isEqualTo("%SRCROOT%");
        assertThat(run.at("/originalUriBaseIds").has("%SRCROOT%")).isTrue();
        assertThat(run.at("/results/2/locations/0/physicalLocation/artifactLocation/uri").asText())
                .isEqualTo("scoring/pom.xml");
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("readiness/churn-scorer/");
    }

    @Test
    void a_finding_accepted_by_a_subject_waiver_is_suppressed_while_the_others_of_its_rule_are_not() throws Exception {
        Contract.Waiver waiver = new Contract.Waiver("ownership.owners", "hiring, ML-9", "ml-platform@acme.example",
                "2026-12-31", List.of("owners.role1"));
        List<Finding> findings = List.of(
                Finding.of("owners.role0 is a placeholder").subject("owners.role0"),
                Finding.of("owners.role1 is a placeholder").subject("owners.role1").waivedBy(waiver));
        Report report = new Report(new Report.Project("com.acme", "churn-scorer", "1.0.0-SNAPSHOT"),
                new Report.ContractInfo("readiness.json", "ab12", List.of()), Gate.DEFAULT, "the version is a SNAPSHOT",
                List.of(new RuleResult("ownership.owners", Status.FAIL, Severity.ERROR, "owners.role0 is a placeholder",
                        findings, Optional.empty(), 1)));

        JsonNode results = JSON.readTree(SarifReport.render(report, RULES, dir, dir)).at("/runs/0/results");

        assertThat(results.at("/0/suppressions").isMissingNode()).isTrue();
        assertThat(results.at("/0/properties/subject").asText()).isEqualTo("owners.role0");
        assertThat(results.at("/1/suppressions/0/justification").asText())
                .isEqualTo("hiring, ML-9 (ml-platform@acme.example, until 2026-12-31)");
        assertThat(results.at("/1/level").asText()).isEqualTo("error");
    }

    private JsonNode render() throws Exception {
        return JSON.readTree(SarifReport.render(SampleReport.of(dir), RULES, dir, dir));
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode item : array) {
            if (value.equals(item.path(field).asText())) {
                return item;
            }
        }
        throw new AssertionError("no " + field + " " + value + " in " + array);
    }
}

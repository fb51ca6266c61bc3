package dev.readiness.init;

import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.ContractLoader;
import dev.readiness.core.Status;
import dev.readiness.engine.ContractSchema;
import dev.readiness.engine.Report;
import dev.readiness.engine.RuleRegistry;
import dev.readiness.readers.MainClasses;
import dev.readiness.testing.JacocoReport;
import dev.readiness.testing.RuleHarness;
import dev.readiness.testing.SampleCli;
import dev.readiness.testing.SurefireReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StarterContractTest {

    private static final RuleRegistry RULES = RuleHarness.builtInRules();

    @TempDir
    Path dir;

    @Test
    void a_fresh_project_gets_a_contract_that_loads_and_whose_placeholders_fail() throws Exception {
        RuleHarness project = RuleHarness.in(dir).file("src/main/java/com/acme/Scorer.java", "package com.acme; class Scorer {}");

        String text = init(project);
        Report report = project.check();

        assertThat(text).contains("\"science\": \"TODO\"", "\"cpu\": \"TODO\"", "\"mode\": \"TODO\"");
        assertThat(result(report, "ownership.owners").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "documentation.resources").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "documentation.failure-modes").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "coverage.core").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "schemas.declared").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "performance.thresholds").status()).isEqualTo(Status.FAIL);
    }

    @Test
    void the_starter_contract_validates_against_the_contract_schema() throws Exception {
        String text = init(RuleHarness.in(dir));

        JsonNode contract = ContractLoader.mapper().readTree(text);
        var schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(ContractSchema.generate(RULES));
        assertThat(schema.validate(contract)).isEmpty();
        assertThat(contract.path("$schema").asText()).isEqualTo(ContractSchema.ID);
    }

    @Test
    void measured_test_count_and_coverage_floors_rounded_down_pass_their_own_rules() throws Exception {
        RuleHarness project = RuleHarness.in(dir).file("src/main/java/com/acme/Scorer.java", "package com.acme; class Scorer {}");
        SurefireReport.suite("com.acme.ScorerTest").passed("a", "b", "c", "d", "e", "f", "g")
                .writeTo(project.path("target/surefire-reports"));
        SurefireReport.suite("com.acme.ScorerIT").passed("h", "i", "j", "k", "l", "m")
                .writeTo(project.path("target/failsafe-reports"));
        // lines 5/6 = 0.8333, branches 7/12 = 0.5833
        JacocoReport.of().type("com.acme.Scorer", 5, 6, 7, 12).writeTo(project.path("target/site/jacoco/jacoco.xml"));

        String text = init(project);
        Report report = project.check();

        assertThat(text).contains("\"tests.executed\": { \"min\": 13 }", "Measured: 13 tests ran.",
                "\"coverage.overall\": { \"line\": 0.83, \"branch\": 0.58 }");
        assertThat(result(report, "tests.executed").status()).isEqualTo(Status.PASS);
        assertThat(result(report, "coverage.overall").status()).isEqualTo(Status.PASS);
    }

    @Test
    void metrics_become_thresholds_that_hold_min_for_scores_max_for_latencies() throws Exception {
        RuleHarness project = RuleHarness.in(dir)
                .file("target/metrics.json", "{\"auc\": 0.8719, \"latency\": {\"p99Ms\": 41.231}, \"errorRate\": 0.012}");

        String text = init(project);
        JsonNode thresholds = ContractLoader.mapper().readTree(text).at("/metrics/thresholds");
        Report report = project.check();

        assertThat(thresholds.at("/auc/min").asDouble()).isEqualTo(0.87);
        assertThat(thresholds.at("/latency.p99Ms/max").asDouble()).isEqualTo(41.24);
        assertThat(thresholds.at("/errorRate/max").asDouble()).isEqualTo(0.02);
        assertThat(result(report, "performance.thresholds").status()).isEqualTo(Status.PASS);
    }

    @Test
    void schema_files_under_the_resources_are_declared_with_a_role_guessed_from_the_name() throws Exception {
        String schema = "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}";
        RuleHarness project = RuleHarness.in(dir)
                .file("src/main/resources/schemas/score-request.schema.json", "{\"type\": \"object\"}")
                .file("src/main/resources/schemas/score-response.schema.json", "{\"type\": \"object\"}")
                .file("src/main/resources/prediction.json", schema)
                .file("src/main/resources/customer.json", schema)
                .file("src/main/resources/model/weights.json", "{\"w\": [1, 2]}");

        JsonNode schemas = ContractLoader.mapper().readTree(init(project)).path("schemas");

        assertThat(schemas).hasSize(4);
        assertThat(schemas.findValuesAsText("name")).containsExactly("customer", "prediction", "score-request", "score-response");
        assertThat(schemas.findValuesAsText("role")).containsExactly("TODO", "output", "input", "output");
        assertThat(schemas.get(2).path("schema").asText()).isEqualTo("src/main/resources/schemas/score-request.schema.json");
        assertThat(schemas.get(2).at("/samples/valid/0").asText()).isEqualTo("src/test/resources/samples/score-request-*.json");
    }

    @Test
    void a_class_with_public_static_main_becomes_the_entry_point() throws Exception {
        RuleHarness project = RuleHarness.in(dir).compiledClasses("com.acme.Empty");
        Path classFile = project.path("target/classes/dev/readiness/testing/SampleCli.class");
        Files.createDirectories(classFile.getParent());
        try (InputStream in = SampleCli.class.getResourceAsStream("SampleCli.class")) {
            Files.copy(in, classFile);
        }
        Files.copy(project.path("target/classes/dev/readiness/testing/SampleCli.class"),
                project.path("target/classes/dev/readiness/testing/SampleCli$Inner.class"));

        String text = init(project);

        assertThat(MainClasses.find(project.path("target/classes"))).containsExactly("dev.readiness.testing.SampleCli");
        assertThat(ContractLoader.mapper().readTree(text).path("entryPoint").asText()).isEqualTo("dev.readiness.testing.SampleCli");
        assertThat(result(project.check(), "structure.entry-point").status()).isEqualTo(Status.PASS);
    }

    @Test
    void without_a_main_class_the_entry_point_is_left_as_a_comment() throws Exception {
        String text = init(RuleHarness.in(dir).compiledClasses("com.acme.Scorer"));

        assertThat(ContractLoader.mapper().readTree(text).has("entryPoint")).isFalse();
        assertThat(text).contains("// \"entryPoint\": \"com.acme.Main\"");
    }

    @Test
    void comments_explain_each_section_and_every_rule_from_its_descriptor() throws Exception {
        String text = init(RuleHarness.in(dir).pom("name", "description"));

        for (String key : ContractSchema.SECTIONS.keySet()) {
            if (!key.startsWith("$") && !key.equals("contract") && !key.equals("extends")) {
                assertThat(text).contains("// " + key + ": ");
            }
        }
        for (RuleDescriptor rule : RULES.descriptors()) {
            assertThat(text).contains("// " + rule.id() + " [" + rule.defaultSeverity().key());
        }
        assertThat(text).contains("Why (ownership.owners): Explicit ownership");
        assertThat(text).contains("The POM lacks url, licenses, scm");
        assertThat(text).contains("// \"tests.skipped\": { \"maxRatio\": 0.1 }");
        assertThat(text.lines().filter(line -> !line.trim().startsWith("// \""))).allMatch(line -> line.length() <= 120,
                "prose is wrapped");
    }

    @Test
    void names_the_tests_that_look_like_failure_mode_tests() throws Exception {
        RuleHarness project = RuleHarness.in(dir)
                .file("src/test/java/com/acme/ScoreCliTest.java", "class ScoreCliTest {}")
                .file("src/test/java/com/acme/FeatureStoreUnavailableTest.java", "class FeatureStoreUnavailableTest {}")
                .file("src/test/java/com/acme/MalformedRequestTest.java", "class MalformedRequestTest {}");

        StarterContract.Survey survey = StarterContract.survey(project.facts());

        assertThat(survey.failureModeTests()).containsExactly("com.acme.FeatureStoreUnavailableTest",
                "com.acme.MalformedRequestTest");
        assertThat(StarterContract.describe(survey)).contains("2 tests that look like failure-mode tests "
                + "(com.acme.FeatureStoreUnavailableTest, com.acme.MalformedRequestTest)");
        assertThat(init(project).replaceAll("\\n *//  +", " ")).contains("Tests that look like failure-mode tests: "
                + "com.acme.FeatureStoreUnavailableTest, com.acme.MalformedRequestTest.");
    }

    @Test
    void placeholders_are_listed_by_path_for_the_log() throws Exception {
        String text = init(RuleHarness.in(dir));

        assertThat(StarterContract.placeholders(text)).containsExactly("owners.science", "owners.engineering",
                "owners.oncall", "operations.resources.cpu", "operations.resources.memory",
                "operations.failureModes.0.mode", "operations.failureModes.0.detection",
                "operations.failureModes.0.mitigation", "operations.failureModes.0.test", "operations.monitoring.dashboard",
                "operations.monitoring.alerts.0.name", "operations.monitoring.alerts.0.condition",
                "operations.monitoring.alerts.0.route", "operations.drift.0.signal", "operations.drift.0.action",
                "operations.retraining.owner", "operations.retraining.where", "rules.coverage.core.include");
        assertThat(StarterContract.describe(StarterContract.survey(RuleHarness.in(dir).facts())))
                .isEqualTo("no test reports, no JaCoCo report, no metrics file, 0 schemas, no entry point");
    }

    @Test
    void the_runtime_java_is_the_poms_compiler_release() throws Exception {
        RuleHarness project = RuleHarness.in(dir);
        project.with(dev.readiness.testing.PomEnvironment.in(project).release("21", 12)::applyTo);

        String text = init(project);

        assertThat(project.loadContract().contract().operations().runtime().java()).hasValue(21);
        assertThat(project.loadContract().contract().contract()).isEqualTo(2);
        assertThat(text).contains("runtime.java is the bytecode release of the POM (21)");
    }

    @Test
    void without_a_compiler_release_the_runtime_is_left_for_a_person_to_add() throws Exception {
        RuleHarness project = RuleHarness.in(dir);
        project.with(dev.readiness.testing.PomEnvironment.in(project)::applyTo);

        String text = init(project);

        assertThat(project.loadContract().contract().operations().runtime().java()).isEmpty();
        assertThat(text).contains("Add \"runtime\": {\"java\": 17}");
    }

    @Test
    void floors_round_down_and_ceilings_round_up_to_two_decimals() {
        assertThat(StarterContract.floor2(0.7)).isEqualTo(0.7);
        assertThat(StarterContract.floor2(0.8999)).isEqualTo(0.89);
        assertThat(StarterContract.floor2(1.0)).isEqualTo(1.0);
        assertThat(StarterContract.ceil2(41.231)).isEqualTo(41.24);
        assertThat(StarterContract.ceil2(50)).isEqualTo(50.0);
    }

    @Test
    void roles_are_guessed_from_names() {
        assertThat(StarterContract.role("score-request")).isEqualTo("input");
        assertThat(StarterContract.role("model-input")).isEqualTo("input");
        assertThat(StarterContract.role("ScoreResponse")).isEqualTo("output");
        assertThat(StarterContract.role("prediction")).isEqualTo("output");
        assertThat(StarterContract.role("customer")).isEqualTo("TODO");
    }

    /** Surveys the project, writes its readiness.json, and returns the text. */
    private static String init(RuleHarness project) throws Exception {
        String text = StarterContract.render(StarterContract.survey(project.facts()), RULES);
        Files.writeString(project.contractFile(), text);
        return text;
    }
}

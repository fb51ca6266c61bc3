package dev.readiness.init;

import static dev.readiness.testing.RuleHarness.result;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.core.JsonTrees;
import dev.readiness.api.RuleDescriptor;
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

        JsonNode contract = JsonTrees.tree(JsonTrees.LENIENT, text);
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
    void metrics_become_thresholds_that_hold_min_for_scores_max_for_errors_and_headroom_for_timings() throws Exception {
        RuleHarness project = RuleHarness.in(dir)
                .file("target/metrics.json", "{\"auc\": 0.8719, \"latency\": {\"p99Ms\": 41.231}, \"errorRate\": 0.012, "
                        + "\"scoreTimeSeconds\": 0.0069}");

        StarterContract.Draft draft = draft(project);
        JsonNode contract = JsonTrees.tree(JsonTrees.LENIENT, draft.text());
        JsonNode thresholds = contract.at("/metrics/thresholds");
        Report report = project.check();

        assertThat(thresholds.at("/auc/min").asDouble()).isEqualTo(0.87);
        assertThat(thresholds.at("/errorRate/max").asDouble()).isEqualTo(0.02);
        assertThat(thresholds.at("/latency.p99Ms/max").asDouble()).isEqualTo(500);
        assertThat(thresholds.at("/scoreTimeSeconds/max").asDouble()).isEqualTo(0.1);
        assertThat(contract.at("/rules/performance.baseline/exclude")).extracting(JsonNode::asText)
                .containsExactly("latency.p99Ms", "scoreTimeSeconds");
        assertThat(draft.decisions()).containsExactly(
                "metrics.thresholds.latency.p99Ms max 500 is ten times one reading (41.231): agree on the bar; "
                        + "performance.baseline leaves it out",
                "metrics.thresholds.scoreTimeSeconds max 0.1 is ten times one reading (0.0069): agree on the bar; "
                        + "performance.baseline leaves it out");
        assertThat(result(report, "performance.thresholds").status()).isEqualTo(Status.PASS);
    }

    @Test
    void a_timing_metric_is_named_for_time_or_a_unit_of_time() {
        assertThat(StarterContract.isTiming("latency.p99Ms")).isTrue();
        assertThat(StarterContract.isTiming("p95_ms")).isTrue();
        assertThat(StarterContract.isTiming("trainingTimeSeconds")).isTrue();
        assertThat(StarterContract.isTiming("scoring-duration")).isTrue();
        assertThat(StarterContract.isTiming("auc")).isFalse();
        assertThat(StarterContract.isTiming("errorRate")).isFalse();
        assertThat(StarterContract.isTiming("runtimeVersion")).isFalse();
        assertThat(StarterContract.isTiming("items")).isFalse();
        assertThat(StarterContract.tokens("latency.p99Ms")).containsExactly("latency", "p99", "ms");
        assertThat(StarterContract.headroom(0.0069)).isEqualTo(0.1);
        assertThat(StarterContract.headroom(41.231)).isEqualTo(500);
        assertThat(StarterContract.headroom(20)).isEqualTo(200);
        assertThat(StarterContract.headroom(0)).isEqualTo(1);
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

        JsonNode schemas = JsonTrees.tree(JsonTrees.LENIENT, init(project)).path("schemas");

        assertThat(schemas).hasSize(4);
        assertThat(schemas.findValuesAsText("name")).containsExactly("customer", "prediction", "score-request", "score-response");
        assertThat(schemas.findValuesAsText("role")).containsExactly("TODO", "output", "input", "output");
        assertThat(schemas.get(2).path("schema").asText()).isEqualTo("src/main/resources/schemas/score-request.schema.json");
    }

    @Test
    void sample_globs_come_from_the_files_present_and_each_matches_only_its_own() throws Exception {
        RuleHarness project = RuleHarness.in(dir)
                .file("src/main/resources/schemas/score-request.schema.json", "{\"type\": \"object\"}")
                .file("src/main/resources/schemas/score-response.schema.json", "{\"type\": \"object\"}")
                .file("src/main/resources/schemas/audit.schema.json", "{\"type\": \"object\"}")
                .file("src/test/resources/samples/request-1.json", "{}")
                .file("src/test/resources/samples/request-2.json", "{}")
                .file("src/test/resources/samples/bad-request-1.json", "[]")
                .file("src/test/resources/samples/bad-request-2.json", "[]")
                .file("src/test/resources/samples/response-ok.json", "{}")
                .file("src/test/resources/samples/response-empty.json", "{}")
                .file("src/test/resources/samples/responses.json", "{}");

        String text = init(project);
        JsonNode schemas = JsonTrees.tree(JsonTrees.LENIENT, text).path("schemas");
        Report report = project.check();

        assertThat(schemas.findValuesAsText("name")).containsExactly("audit", "score-request", "score-response");
        assertThat(schemas.get(1).at("/samples/valid")).extracting(JsonNode::asText)
                .containsExactly("src/test/resources/samples/request-*.json");
        assertThat(schemas.get(1).at("/samples/invalid")).extracting(JsonNode::asText)
                .containsExactly("src/test/resources/samples/bad-request-*.json");
        // responses.json shares no word with score-response: it is not a sample of it, and the glob leaves it out
        assertThat(schemas.get(2).at("/samples/valid")).extracting(JsonNode::asText)
                .containsExactly("src/test/resources/samples/response-*.json");
        assertThat(schemas.get(0).at("/samples/valid")).extracting(JsonNode::asText).containsExactly("TODO");
        assertThat(schemas.get(0).at("/samples/invalid")).isEmpty();
        assertThat(StarterContract.placeholders(text)).contains("schemas.0.samples.valid.0");
        assertThat(result(report, "schemas.samples").findings()).extracting(f -> f.message())
                .allMatch(m -> m.contains("TODO") || m.contains("audit"), "only the placeholder of audit is missing");
    }

    @Test
    void a_glob_that_would_match_other_files_gives_way_to_the_files_themselves() {
        RuleHarness project = RuleHarness.in(dir)
                .file("src/test/resources/a/x-1.json", "{}")
                .file("src/test/resources/a/x-2.json", "{}")
                .file("src/test/resources/a/x-3.json", "{}")
                .file("src/test/resources/b/only.json", "{}");
        var workspace = project.facts().workspace();

        assertThat(StarterContract.globs(workspace, java.util.List.of("src/test/resources/a/x-1.json",
                "src/test/resources/a/x-2.json"))).containsExactly("src/test/resources/a/x-1.json",
                "src/test/resources/a/x-2.json");
        assertThat(StarterContract.globs(workspace, java.util.List.of("src/test/resources/a/x-1.json",
                "src/test/resources/a/x-2.json", "src/test/resources/a/x-3.json", "src/test/resources/b/only.json")))
                .containsExactly("src/test/resources/a/x-*.json", "src/test/resources/b/only.json");
        assertThat(StarterContract.globs(workspace, java.util.List.of())).isEmpty();
    }

    @Test
    void a_library_without_schemas_or_metrics_gets_the_decision_to_turn_those_rules_off_with_a_reason() throws Exception {
        RuleHarness project = RuleHarness.in(dir).file("src/main/java/com/acme/text/Tokenizer.java",
                "package com.acme.text; class Tokenizer {}");

        String text = init(project);
        JsonNode contract = JsonTrees.tree(JsonTrees.LENIENT, text);
        Report report = project.check();

        assertThat(contract.has("schemas")).isFalse();
        assertThat(contract.has("metrics")).isFalse();
        assertThat(text).contains("// \"schemas\": [", "// \"metrics\": {",
                "\"schemas.declared\": { \"severity\": \"off\", \"reason\": \"TODO\" }",
                "\"performance.thresholds\": { \"severity\": \"off\", \"reason\": \"TODO\" }",
                "\"schemas.declared\": { \"severity\": \"off\", \"reason\": \"library: no JSON API\" }");
        assertThat(result(report, "schemas.declared").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "schemas.declared").findings().get(0).message())
                .contains("rules.schemas.declared is off, but its reason is a placeholder");
        assertThat(result(report, "performance.thresholds").status()).isEqualTo(Status.FAIL);
        assertThat(result(report, "schemas.samples").status()).isEqualTo(Status.SKIPPED);
        assertThat(contract.at("/operations").has("drift")).isFalse();
        assertThat(result(report, "documentation.drift").status()).isEqualTo(Status.FAIL);

        Files.writeString(project.contractFile(), text.replace("\"off\", \"reason\": \"TODO\"",
                "\"off\", \"reason\": \"library: no JSON API\""));
        Report decided = project.check();

        assertThat(result(decided, "schemas.declared").status()).isEqualTo(Status.SKIPPED);
        assertThat(result(decided, "schemas.declared").message()).isEqualTo("turned off: library: no JSON API");
        assertThat(result(decided, "performance.thresholds").status()).isEqualTo(Status.SKIPPED);
        assertThat(result(decided, "documentation.drift").status()).isEqualTo(Status.SKIPPED);
    }

    @Test
    void every_path_the_contract_names_is_a_file_or_a_glob_that_matches_one() throws Exception {
        RuleHarness project = RuleHarness.in(dir)
                .file("src/main/resources/schemas/score-request.schema.json", "{\"type\": \"object\"}")
                .file("src/test/resources/samples/request-1.json", "{}")
                .file("src/test/resources/samples/bad-request-1.json", "[]");

        JsonNode contract = JsonTrees.tree(JsonTrees.LENIENT, init(project));
        java.util.List<String> paths = new java.util.ArrayList<>();
        contract.findValues("schema").forEach(v -> paths.add(v.asText()));
        contract.findValues("valid").forEach(list -> list.forEach(v -> paths.add(v.asText())));
        contract.findValues("invalid").forEach(list -> list.forEach(v -> paths.add(v.asText())));

        assertThat(paths).containsExactly("src/main/resources/schemas/score-request.schema.json",
                "src/test/resources/samples/request-1.json", "src/test/resources/samples/bad-request-1.json");
        for (String path : paths) {
            assertThat(project.facts().workspace().glob(path).value()).as(path).hasSize(1);
        }
    }

    @Test
    void a_measured_floor_below_the_rules_default_says_so_and_is_a_decision() throws Exception {
        RuleHarness project = RuleHarness.in(dir).file("src/main/java/com/acme/Scorer.java", "package com.acme; class Scorer {}");
        // lines 66/100, branches 9/10
        JacocoReport.of().type("com.acme.Scorer", 66, 100, 9, 10).writeTo(project.path("target/site/jacoco/jacoco.xml"));

        StarterContract.Draft draft = draft(project);

        assertThat(draft.text().replaceAll("\\n *//  +", " ")).contains("rules.coverage.overall.line 0.66 is below the "
                + "rule's default 0.7: the product passes a lower bar than the rule asks by default.");
        assertThat(draft.decisions()).containsExactly("rules.coverage.overall.line 0.66 is below the rule's default 0.7");
        assertThat(result(project.check(), "coverage.overall").status()).isEqualTo(Status.PASS);
    }

    @Test
    void the_core_packages_suggested_are_the_modules_own() throws Exception {
        RuleHarness project = RuleHarness.in(dir)
                .file("src/main/java/org/jpmml/evaluator/Evaluator.java", "package org.jpmml.evaluator; class Evaluator {}")
                .file("src/main/java/org/jpmml/evaluator/ModelEvaluator.java", "package org.jpmml.evaluator; class ModelEvaluator {}")
                .file("src/main/java/org/jpmml/evaluator/util/Values.java", "package org.jpmml.evaluator.util; class Values {}")
                .file("src/main/java/org/jpmml/evaluator/package-info.java", "package org.jpmml.evaluator;");

        String text = init(project).replaceAll("\\n *//  +", " ");

        assertThat(text).contains("e.g. \"org.jpmml.evaluator.**\" (the package of 2 of the module's 3 classes; packages: "
                + "org.jpmml.evaluator, org.jpmml.evaluator.util)");
        assertThat(text).doesNotContain("com.acme.model.**");
        assertThat(StarterContract.placeholders(text)).contains("rules.coverage.core.include");
    }

    @Test
    void at_the_root_of_a_multi_module_build_one_contract_takes_the_weakest_modules_floors() throws Exception {
        RuleHarness strong = RuleHarness.in(dir).module("features")
                .file("src/main/java/com/acme/features/Encoder.java", "package com.acme.features; class Encoder {}")
                .file("src/main/resources/schemas/score-request.schema.json", "{\"type\": \"object\"}");
        SurefireReport.suite("com.acme.EncoderTest").passed("a", "b", "c", "d", "e", "f", "g")
                .writeTo(strong.path("target/surefire-reports"));
        JacocoReport.of().type("com.acme.features.Encoder", 83, 100, 9, 10).writeTo(strong.path("target/site/jacoco/jacoco.xml"));
        RuleHarness weak = RuleHarness.in(dir).module("scoring")
                .file("src/main/java/com/acme/scoring/Scorer.java", "package com.acme.scoring; class Scorer {}");
        SurefireReport.suite("com.acme.ScorerTest").passed("a", "b", "c").writeTo(weak.path("target/surefire-reports"));
        JacocoReport.of().type("com.acme.scoring.Scorer", 66, 100, 6, 10).writeTo(weak.path("target/site/jacoco/jacoco.xml"));
        RuleHarness root = RuleHarness.in(dir).packaging("pom");

        StarterContract.Survey survey = StarterContract.atRoot(root.facts(), java.util.List.of(
                StarterContract.survey(strong.facts()), StarterContract.survey(weak.facts())));
        StarterContract.Draft draft = StarterContract.draft(survey, RULES);
        JsonNode contract = JsonTrees.tree(JsonTrees.LENIENT, draft.text());

        assertThat(contract.at("/rules/tests.executed/min").asInt()).isEqualTo(3);
        assertThat(contract.at("/rules/coverage.overall/line").asDouble()).isEqualTo(0.66);
        assertThat(contract.at("/rules/coverage.overall/branch").asDouble()).isEqualTo(0.6);
        assertThat(contract.has("schemas")).isFalse();
        assertThat(contract.has("entryPoint")).isFalse();
        assertThat(contract.at("/operations/failureModes/0").has("test")).isFalse();
        assertThat(draft.text().replaceAll("\\n *//  +", " ")).contains("This contract serves every module below it",
                "\"extends\": \"../readiness.json\"", "(schemas found in churn)");
        assertThat(draft.decisions()).containsExactly("rules.coverage.overall.line 0.66 is below the rule's default 0.7");
        for (RuleHarness module : java.util.List.of(strong, weak)) {
            Files.writeString(module.contractFile(), draft.text());
            Report report = module.check();
            assertThat(result(report, "tests.executed").status()).isEqualTo(Status.PASS);
            assertThat(result(report, "coverage.overall").status()).isEqualTo(Status.PASS);
        }
    }

    @Test
    void the_closing_lines_list_every_decision_with_the_two_ways_out() {
        assertThat(StarterContract.closing(java.util.List.of("owners.science", "rules.schemas.declared.reason"),
                java.util.List.of("rules.coverage.overall.line 0.66 is below the rule's default 0.7"),
                java.util.List.of("environment.maven: no Maven Wrapper"))).containsExactly(
                "4 decisions left; for each, fill it in, or turn its rule off with a reason (\"rules\": {\"<rule>\": "
                        + "{\"severity\": \"off\", \"reason\": \"...\"}}), then run mvn verify:",
                "  placeholders (2): owners.science, rules.schemas.declared.reason",
                "  to confirm: rules.coverage.overall.line 0.66 is below the rule's default 0.7",
                "  fails as written: environment.maven: no Maven Wrapper");
        assertThat(StarterContract.closing(java.util.List.of(), java.util.List.of(), java.util.List.of()))
                .containsExactly("no decisions left: run mvn verify");
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
        assertThat(JsonTrees.tree(JsonTrees.LENIENT, text).path("entryPoint").asText()).isEqualTo("dev.readiness.testing.SampleCli");
        assertThat(result(project.check(), "structure.entry-point").status()).isEqualTo(Status.PASS);
    }

    @Test
    void without_a_main_class_the_entry_point_is_left_as_a_comment() throws Exception {
        String text = init(RuleHarness.in(dir).compiledClasses("com.acme.Scorer"));

        assertThat(JsonTrees.tree(JsonTrees.LENIENT, text).has("entryPoint")).isFalse();
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
                "operations.monitoring.alerts.0.route", "operations.retraining.owner", "operations.retraining.where",
                "rules.schemas.declared.reason", "rules.performance.thresholds.reason", "rules.documentation.drift.reason",
                "rules.coverage.core.include");
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

    /** Surveys the project, writes its readiness.json, and returns the draft. */
    private static StarterContract.Draft draft(RuleHarness project) throws Exception {
        StarterContract.Draft draft = StarterContract.draft(StarterContract.survey(project.facts()), RULES);
        Files.writeString(project.contractFile(), draft.text());
        return draft;
    }

    /** Surveys the project, writes its readiness.json, and returns the text. */
    private static String init(RuleHarness project) throws Exception {
        String text = StarterContract.render(StarterContract.survey(project.facts()), RULES);
        Files.writeString(project.contractFile(), text);
        return text;
    }
}

package dev.readiness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.readiness.core.JsonTrees;
import dev.readiness.api.Option;
import dev.readiness.api.RuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContractSchemaTest {

    private static final RuleRegistry RULES = RuleRegistry.load(ContractSchemaTest.class.getClassLoader());
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static final Path EXAMPLE = Path.of("../examples/churn-scorer/readiness.json");

    private final ObjectNode schemaNode = ContractSchema.generate(RULES);
    private final Schema schema = SCHEMAS.getSchema(schemaNode);

    @Test
    void is_a_valid_draft_2020_12_schema() {
        Schema metaSchema = SCHEMAS.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(metaSchema.validate(schemaNode)).isEmpty();
        assertThat(schemaNode.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void the_example_contract_validates() throws Exception {
        JsonNode example = JsonTrees.tree(JsonTrees.LENIENT, Files.readString(EXAMPLE));

        assertThat(errors(example)).isEmpty();
    }

    @Test
    void an_unknown_rule_option_is_rejected() throws Exception {
        List<Error> errors = errors("{\"contract\": 1, \"rules\": {\"coverage.overall\": {\"lines\": 0.8}}}");

        assertThat(errors).isNotEmpty();
        assertThat(errors).anyMatch(e -> e.getMessage().contains("lines"));
    }

    @Test
    void an_unknown_rule_id_an_unknown_top_level_key_and_a_wrong_version_are_rejected() throws Exception {
        assertThat(errors("{\"contract\": 1, \"rules\": {\"coverage.overal\": \"warn\"}}")).isNotEmpty();
        assertThat(errors("{\"contract\": 1, \"owner\": {}}")).isNotEmpty();
        assertThat(errors("{\"contract\": 3}")).isNotEmpty();
        assertThat(errors("{\"contract\": 0}")).isNotEmpty();
        assertThat(errors("{\"contract\": 2}")).isEmpty();
        assertThat(errors("{}")).isNotEmpty();
    }

    @Test
    void an_option_of_the_wrong_type_or_range_and_a_bad_severity_are_rejected() throws Exception {
        assertThat(errors("{\"contract\": 1, \"rules\": {\"coverage.overall\": {\"line\": 1.5}}}")).isNotEmpty();
        assertThat(errors("{\"contract\": 1, \"rules\": {\"tests.executed\": {\"min\": \"ten\"}}}")).isNotEmpty();
        assertThat(errors("{\"contract\": 1, \"rules\": {\"structure.metadata\": \"warning\"}}")).isNotEmpty();
    }

    @Test
    void the_runtime_java_is_a_major_version() throws Exception {
        assertThat(errors("{\"contract\": 2, \"operations\": {\"runtime\": {\"java\": 17}}}")).isEmpty();
        assertThat(errors("{\"contract\": 2, \"operations\": {\"runtime\": {\"java\": \"17\"}}}")).isNotEmpty();
        assertThat(errors("{\"contract\": 2, \"operations\": {\"runtime\": {\"java\": 17.5}}}")).isNotEmpty();
        assertThat(errors("{\"contract\": 2, \"operations\": {\"runtime\": {\"jdk\": 17}}}")).isNotEmpty();
    }

    @Test
    void severities_and_option_objects_are_accepted() throws Exception {
        assertThat(errors("{\"contract\": 1, \"rules\": {\"structure.metadata\": \"off\", "
                + "\"coverage.core\": {\"severity\": \"warn\", \"include\": [\"com.acme.**\"], \"line\": 0.9}}}")).isEmpty();
    }

    @Test
    void every_rule_accepts_its_own_defaults() {
        for (RuleDescriptor rule : RULES.descriptors()) {
            ObjectNode settings = JsonNodeFactory.instance.objectNode();
            settings.put("severity", rule.defaultSeverity().key());
            for (Option<?> option : rule.options()) {
                settings.set(option.name(), RuleSettings.writeDefault(option));
            }
            ObjectNode contract = JsonNodeFactory.instance.objectNode().put("contract", 1);
            contract.putObject("rules").set(rule.id(), settings);

            assertThat(schema.validate(contract)).as(rule.id()).isEmpty();
        }
    }

    @Test
    void always_is_an_option_of_release_only_rules_alone() {
        for (RuleDescriptor rule : RULES.descriptors()) {
            JsonNode options = schemaNode.at("/properties/rules/properties/" + rule.id() + "/oneOf/1/properties");
            assertThat(options.has("always")).as(rule.id()).isEqualTo(rule.releaseOnly());
            assertThat(options.has("severity")).as(rule.id()).isTrue();
        }
    }

    @Test
    void rules_are_described_from_their_descriptors() {
        RuleDescriptor overall = RULES.rule("coverage.overall").orElseThrow().descriptor();

        JsonNode entry = schemaNode.at("/properties/rules/properties/coverage.overall");
        assertThat(entry.path("description").asText()).startsWith("[error] ").contains(overall.rationale());
        JsonNode line = entry.at("/oneOf/1/properties/line");
        assertThat(line.path("default").asDouble()).isEqualTo(0.70);
        assertThat(line.path("description").asText()).isEqualTo(overall.option("line").orElseThrow().description());
        assertThat(schemaNode.at("/properties/rules/properties").size()).isEqualTo(RULES.ids().size());
    }

    @Test
    void every_top_level_key_of_the_contract_is_described() {
        JsonNode properties = schemaNode.path("properties");
        assertThat(properties.fieldNames()).toIterable().containsExactlyElementsOf(ContractSchema.SECTIONS.keySet());
        properties.forEach(p -> assertThat(p.path("description").asText()).isNotBlank());
    }

    @Test
    void main_writes_the_schema_file(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("classes/readiness.schema.json");

        ContractSchema.main(new String[] {file.toString()});

        assertThat(Files.readString(file)).isEqualTo(ContractSchema.render(RULES));
    }

    private List<Error> errors(String contract) throws Exception {
        return errors(JsonTrees.tree(JsonTrees.LENIENT, contract));
    }

    private List<Error> errors(JsonNode contract) {
        return schema.validate(contract);
    }
}

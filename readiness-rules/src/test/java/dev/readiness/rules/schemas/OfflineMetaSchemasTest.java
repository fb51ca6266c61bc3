package dev.readiness.rules.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.AbsoluteIri;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.resource.MetaSchemaIdResolver;
import dev.readiness.api.Outcome;
import dev.readiness.readers.JsonSchemas;
import dev.readiness.testing.RuleHarness;
import java.io.IOException;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The schema rules never touch the network: a build behind a firewall or on a plane gets the same answer. The
 * meta-schemas come from the validator's jar, and remote {@code $ref}s are reported rather than fetched.
 */
class OfflineMetaSchemasTest {

    @TempDir
    java.nio.file.Path dir;

    static Stream<String> metaSchemaIds() {
        return Stream.of(
                "https://json-schema.org/draft/2020-12/schema",
                "https://json-schema.org/draft/2020-12/meta/core",
                "https://json-schema.org/draft/2020-12/meta/applicator",
                "https://json-schema.org/draft/2020-12/meta/unevaluated",
                "https://json-schema.org/draft/2020-12/meta/validation",
                "https://json-schema.org/draft/2020-12/meta/meta-data",
                "https://json-schema.org/draft/2020-12/meta/format-annotation",
                "https://json-schema.org/draft/2020-12/meta/content",
                "https://json-schema.org/draft/2019-09/schema",
                "https://json-schema.org/draft/2019-09/meta/core",
                "http://json-schema.org/draft-07/schema#",
                "http://json-schema.org/draft-06/schema#",
                "http://json-schema.org/draft-04/schema#");
    }

    @ParameterizedTest
    @MethodSource("metaSchemaIds")
    void maps_each_meta_schema_to_a_resource_of_the_validator_jar(String id) {
        AbsoluteIri mapped = MetaSchemaIdResolver.getInstance().resolve(AbsoluteIri.of(id));

        assertThat(mapped.toString()).startsWith("classpath:");
        assertThat(JsonSchemas.class.getClassLoader().getResource(mapped.toString().substring("classpath:".length())))
                .as("jar resource for %s", id).isNotNull();
    }

    @Test
    void knows_every_dialect_the_validator_supports() {
        for (SpecificationVersion version : SpecificationVersion.values()) {
            assertThat(JsonSchemas.dialect(version.getDialectId())).contains(version);
        }
        assertThat(JsonSchemas.dialect("https://json-schema.org/draft-07/schema")).contains(SpecificationVersion.DRAFT_7);
        assertThat(JsonSchemas.dialect(" http://json-schema.org/draft/2020-12/schema# "))
                .contains(SpecificationVersion.DRAFT_2020_12);
        assertThat(JsonSchemas.dialect("json-schema.org/draft-04/schema")).contains(SpecificationVersion.DRAFT_4);
        assertThat(JsonSchemas.dialect("https://json-schema.org/draft-07/schema##")).isEmpty();
        assertThat(JsonSchemas.dialect("ftp://json-schema.org/draft-07/schema")).isEmpty();
        assertThat(JsonSchemas.dialect("https://https://json-schema.org/draft-07/schema")).isEmpty();
    }

    @Test
    void validates_schemas_of_every_dialect_and_reports_remote_refs_without_opening_a_connection() {
        List<URI> connections = new CopyOnWriteArrayList<>();
        ProxySelector original = ProxySelector.getDefault();
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                connections.add(uri);
                throw new IllegalStateException("the schema rules must not open a connection to " + uri);
            }

            @Override
            public void connectFailed(URI uri, SocketAddress address, IOException e) {
            }
        });
        try {
            RuleHarness module = SchemaFixtures.dataProduct(dir);
            String response = "src/main/resources/schemas/score-response.schema.json";
            for (SpecificationVersion version : SpecificationVersion.values()) {
                module.file(response, "{\"$schema\": \"" + version.getDialectId() + "\", \"type\": \"object\", "
                        + "\"properties\": {\"churnProbability\": {\"type\": \"number\", \"maximum\": 1}}}");
                assertThat(new Declared().evaluate(module.context()).kind()).as("%s", version).isEqualTo(Outcome.Kind.HOLDS);
                assertThat(new Samples().evaluate(module.context()).kind()).as("%s", version).isEqualTo(Outcome.Kind.HOLDS);
            }

            module.file(response, "{\"type\": \"object\", \"properties\": {\"churnProbability\": "
                    + "{\"$ref\": \"https://schemas.acme.example/probability.json\"}}}");
            assertThat(new Declared().evaluate(module.context()).findings()).singleElement()
                    .satisfies(finding -> assertThat(finding.message()).contains("cannot be compiled"));
        } finally {
            ProxySelector.setDefault(original);
        }
        assertThat(connections).isEmpty();
    }
}

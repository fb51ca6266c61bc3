package dev.readiness.rules.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Options;
import dev.readiness.api.Outcome;
import dev.readiness.api.RuleContext;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Gate;
import dev.readiness.facts.DeclaredSchema;
import dev.readiness.facts.EvidenceReaders;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import dev.readiness.readers.FileReaders;
import dev.readiness.testing.RuleHarness;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schemas are evidence: read, checked and compiled once per module, whichever rules ask. */
class SchemasReadOnceTest {

    @TempDir
    Path dir;

    @Test
    void schemas_are_read_and_compiled_once_for_declared_and_samples() {
        RuleHarness module = SchemaFixtures.dataProduct(dir);
        Map<String, Integer> calls = new ConcurrentHashMap<>();
        EvidenceReaders counting = (EvidenceReaders) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EvidenceReaders.class}, (proxy, method, args) -> {
                    String key = method.getName() + (method.getName().equals("json") ? " " + args[1] : "");
                    calls.merge(key, 1, Integer::sum);
                    return method.invoke(FileReaders.INSTANCE, args);
                });
        Facts facts = Facts.builder(ProjectInfo.standard("com.acme", "churn", "1.0.0-SNAPSHOT", module.dir()), counting)
                .build();
        LoadedContract contract = module.loadContract();
        RuleContext context = new RuleContext(facts, contract, Options.defaults(), Gate.DEFAULT, RuleHarness.TODAY,
                List.of());

        assertThat(context.evaluate(new Declared()).kind()).isEqualTo(Outcome.Kind.HOLDS);
        assertThat(context.evaluate(new Samples()).kind()).isEqualTo(Outcome.Kind.HOLDS);

        assertThat(calls).containsEntry("schemas", 1);
        Path request = module.path("src/main/resources/schemas/score-request.schema.json");
        Path response = module.path("src/main/resources/schemas/score-response.schema.json");
        assertThat(calls).containsEntry("json " + request, 1).containsEntry("json " + response, 1);
        assertThat(calls).as("two schemas and three samples, each read once").hasSize(6)
                .allSatisfy((call, count) -> assertThat(count).as(call).isEqualTo(1));
        List<DeclaredSchema> schemas = facts.schemas(contract).value();
        assertThat(schemas).extracting(DeclaredSchema::displayName).containsExactly("score-request", "score-response");
        assertThat(schemas).allSatisfy(schema -> assertThat(schema.schema()).isPresent());
        assertThat(calls).containsEntry("schemas", 1);
    }
}

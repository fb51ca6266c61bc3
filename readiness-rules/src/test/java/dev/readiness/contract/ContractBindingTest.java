package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.JsonTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contract's binding against the one it replaced, Jackson's data binding of the annotated records with the same
 * settings: at every key of a contract that fills every section, each of a palette of values must bind to the same
 * record or fail at the same place for the same reason.
 */
class ContractBindingTest {

    /** Jackson's data binding as contracts were read with it: the oracle. */
    private static final ObjectReader JACKSON = jackson().readerFor(Contract.class);

    private static final String FULL = """
            {"$schema": "https://readiness.dev/schema/readiness.schema.json", "contract": 2, "extends": "../policy.json",
             "owners": {"science": "ana@acme.example", "engineering": "ml@acme.example", "oncall": "https://oncall"},
             "entryPoint": " com.acme.Score ",
             "operations": {"resources": {"cpu": "1", "memory": "512Mi"},
               "failureModes": [{"mode": "m", "detection": "d", "mitigation": "x", "test": "com.acme.T#t"}],
               "runtime": {"java": 17},
               "monitoring": {"dashboard": "https://grafana", "alerts": [{"name": "n", "condition": "c", "route": "r"}]},
               "drift": [{"signal": "tenure", "method": "PSI", "threshold": 0.2, "action": "retrain"}],
               "retraining": {"cadence": "P30D", "trigger": "drift", "owner": "ana", "where": "ci"}},
             "schemas": [{"name": "request", "role": "input", "schema": "request.schema.json",
               "samples": {"valid": ["ok-*.json"], "invalid": ["bad-*.json"]}}],
             "metrics": {"files": ["target/metrics.json"], "thresholds": {"auc": {"min": 0.75, "max": 1}},
               "baseline": "readiness-baseline.json", "maxRegression": 0.05},
             "rules": {"coverage.core": {"line": 0.8, "include": ["com/acme/**"]}, "tests.flaky": "warn"},
             "waivers": [{"rule": "tests.flaky", "reason": "r", "owner": "o", "expires": "2027-01-01",
               "subjects": ["com.acme.*"]}],
             "signoffs": [{"clause": "schemas", "by": "ana", "date": "2026-11-30", "evidence": "https://review"}]}
            """;

    private static final List<String> VALUES = List.of("null", "true", "false", "0", "1", "-1", "17", "1.5", "1.0",
            "1e10", "1e400", "99999999999", "99999999999999999999999", "\"x\"", "\"\"", "\" 2 \"", "\"1\"", "[]",
            "[\"x\"]", "[null]", "[1]", "[true]", "[{}]", "[[]]", "{}", "{\"a\": 1}", "{\"a\": null}", "{\"min\": 1}",
            "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "{\"max\": \"Infinity\"}");

    @Test
    void bindsEveryValueAtEveryKeyAsJacksonDid() throws IOException {
        ObjectNode full = (ObjectNode) JsonTrees.tree(JsonTrees.LENIENT, FULL);
        List<String> pointers = new ArrayList<>();
        collect(full, "", pointers);
        int compared = 0;
        for (String pointer : pointers) {
            for (String value : VALUES) {
                ObjectNode mutated = full.deepCopy();
                replace(mutated, pointer, JsonTrees.tree(JsonTrees.LENIENT, value));
                compare(mutated, pointer + " = " + value);
                compared++;
            }
            JsonNode at = full.at(pointer);
            if (at.isObject()) {
                ObjectNode mutated = full.deepCopy();
                ((ObjectNode) mutated.at(pointer)).put("sciense", "x");
                compare(mutated, pointer + " + an unknown key");
                compared++;
            }
        }
        compare(full, "the full contract");
        assertThat(compared).isGreaterThan(pointers.size() * VALUES.size());
    }

    @Test
    void bindsEveryContractOfTheScenariosAndExamplesAsJacksonDid() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> contracts;
        try (Stream<Path> files = Stream.of("it/scenarios", "examples", "readiness-archetype/src")
                .map(root::resolve).filter(Files::isDirectory).flatMap(ContractBindingTest::walk)) {
            contracts = files.filter(f -> f.getFileName().toString().matches("readiness.*\\.json"))
                    .filter(f -> !f.toString().contains("/target/")).toList();
        }
        int objects = 0;
        for (Path file : contracts) {
            JsonNode tree;
            try {
                tree = JsonTrees.tree(JsonTrees.LENIENT, Files.readAllBytes(file));
            } catch (IOException e) {
                continue; // malformed on purpose: no tree to bind
            }
            if (tree != null && tree.isObject() && !tree.has("reportVersion") && !tree.has("lockVersion")
                    && !tree.has("baselineVersion")) {
                compare((ObjectNode) tree, file.toString());
                objects++;
            }
        }
        assertThat(objects).as("contracts compared").isGreaterThan(100);
    }

    @Test
    void namesThePlaceAndTypeWhereJacksonFailedWithoutThem() {
        assertThat(mismatch("{\"contract\": 99999999999}")).isEqualTo("\"/contract\" must be a whole number");
        assertThat(mismatch("{\"contract\": 1, \"waivers\": [null]}")).isEqualTo("\"/waivers/0\" must be an object");
        assertThat(mismatch("{\"contract\": 1, \"metrics\": {\"files\": [\"a\", null]}}"))
                .isEqualTo("\"/metrics/files/1\" must be a string");
        assertThat(mismatch("{\"contract\": 1, \"metrics\": {\"thresholds\": {\"auc\": null}}}"))
                .isEqualTo("\"/metrics/thresholds/auc\" must be an object");
    }

    private static String mismatch(String contract) {
        Throwable thrown = catchThrowable(() -> ContractBinding.contract(JsonTrees.tree(JsonTrees.LENIENT, contract)));
        assertThat(thrown).isInstanceOf(ContractBinding.Mismatch.class);
        return thrown.getMessage();
    }

    private static void compare(ObjectNode tree, String what) {
        Object expected;
        try {
            expected = JACKSON.readValue(tree);
        } catch (IOException | RuntimeException e) {
            expected = e;
        }
        Object actual;
        try {
            actual = ContractBinding.contract(tree);
        } catch (ContractBinding.Mismatch e) {
            actual = e;
        }
        if (expected instanceof Contract bound && notFinite(bound) && nonFiniteText(tree)) {
            // Jackson read the strings "NaN" and "Infinity" into a number; a bound of infinity holds for any value.
            assertThat(actual).as(what).isInstanceOf(ContractBinding.Mismatch.class);
            assertThat(((ContractBinding.Mismatch) actual).expected).as(what).isEqualTo("a number");
            return;
        }
        if (expected instanceof Contract bound && nullThreshold(bound)) {
            assertThat(actual).as(what).isInstanceOf(ContractBinding.Mismatch.class);
            assertThat(((ContractBinding.Mismatch) actual).expected).as(what).isEqualTo("an object");
            return;
        }
        if (expected instanceof Contract) {
            assertThat(actual).as(what).isEqualTo(expected);
            return;
        }
        assertThat(actual).as(what + ": Jackson failed with " + expected).isInstanceOf(ContractBinding.Mismatch.class);
        ContractBinding.Mismatch mismatch = (ContractBinding.Mismatch) actual;
        if (expected instanceof UnrecognizedPropertyException unknown) {
            assertThat(mismatch.unknownKey).as(what).isEqualTo(unknown.getPropertyName());
            assertThat(mismatch.pointer).as(what).isEqualTo(pointer(unknown));
            assertThat(sorted(mismatch.known)).as(what)
                    .isEqualTo(sorted(unknown.getKnownPropertyIds().stream().map(Object::toString).toList()));
        } else if (expected instanceof MismatchedInputException wrongType) {
            assertThat(mismatch.unknownKey).as(what).isNull();
            assertThat(mismatch.pointer).as(what).isEqualTo(pointer(wrongType));
            assertThat(mismatch.expected).as(what).isEqualTo(expected(wrongType.getTargetType()));
        } else {
            // Jackson failed without naming the value: a whole number out of range, a null in a list.
            assertThat(mismatch.unknownKey).as(what + ": " + expected).isNull();
            assertThat(mismatch.expected).as(what + ": " + expected).isNotNull();
        }
    }

    private static boolean nonFiniteText(JsonNode node) {
        if (node.isTextual()) {
            return List.of("NaN", "Infinity", "-Infinity").contains(node.textValue());
        }
        for (JsonNode child : node) {
            if (nonFiniteText(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean notFinite(Contract contract) {
        Contract.Metrics metrics = contract.metrics();
        return !Double.isFinite(metrics.maxRegression()) || metrics.thresholds().values().stream()
                .filter(java.util.Objects::nonNull)
                .flatMap(t -> Stream.of(t.min(), t.max())).flatMap(java.util.Optional::stream)
                .anyMatch(bound -> !Double.isFinite(bound));
    }

    /** Jackson bound {@code "auc": null} to an entry without a threshold; the binding refuses it. */
    private static boolean nullThreshold(Contract contract) {
        return contract.metrics().thresholds().values().stream().anyMatch(java.util.Objects::isNull);
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static void collect(JsonNode node, String pointer, List<String> pointers) {
        if (!pointer.isEmpty()) {
            pointers.add(pointer);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(f -> collect(f.getValue(), pointer + "/" + JsonLocations.escape(f.getKey()),
                    pointers));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, pointers);
            }
        }
    }

    private static void replace(ObjectNode root, String pointer, JsonNode value) {
        int slash = pointer.lastIndexOf('/');
        JsonNode parent = root.at(pointer.substring(0, slash));
        String last = pointer.substring(slash + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) parent).set(last, value);
        }
    }

    private static Stream<Path> walk(Path directory) {
        try {
            return Files.walk(directory);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonMapper jackson() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .build();
        mapper.coercionConfigDefaults()
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? "/" + JsonLocations.escape(ref.getFieldName())
                        : ref.getIndex() >= 0 ? "/" + ref.getIndex() : "")
                .collect(Collectors.joining());
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type != null && (Number.class.isAssignableFrom(type) || type == double.class)) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type != null && (List.class.isAssignableFrom(type) || type.isArray())) {
            return "an array";
        }
        return "an object";
    }
}

package dev.readiness.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The type of a rule option: how it is read from the contract, its JSON Schema, and how its default is written.
 *
 * @param <T> the Java type rules get
 */
public interface OptionType<T> {

    JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Reads a value; throws {@link IllegalArgumentException} whose message says what was expected. */
    T read(JsonNode node);

    /** The JSON Schema of the value. */
    ObjectNode schema();

    JsonNode write(T value);

    /** A ratio from 0 to 1 (coverage, {@code maxRatio}). */
    static OptionType<Double> ratio() {
        return new Simple<>(node -> {
            if (!node.isNumber() || !Double.isFinite(node.asDouble()) || node.asDouble() < 0 || node.asDouble() > 1) {
                throw new IllegalArgumentException("a ratio from 0 to 1 (0.8 means 80%)");
            }
            return node.asDouble();
        }, () -> JSON.objectNode().put("type", "number").put("minimum", 0).put("maximum", 1), JSON::numberNode);
    }

    /** A whole number of at least {@code min}. */
    static OptionType<Long> wholeNumber(long min) {
        return new Simple<>(node -> {
            if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < min) {
                throw new IllegalArgumentException("a whole number of at least " + min);
            }
            return node.asLong();
        }, () -> JSON.objectNode().put("type", "integer").put("minimum", min), JSON::numberNode);
    }

    static OptionType<String> text() {
        return new Simple<>(node -> {
            if (!node.isTextual() || node.asText().isBlank()) {
                throw new IllegalArgumentException("a non-empty string");
            }
            return node.asText();
        }, () -> JSON.objectNode().put("type", "string").put("minLength", 1), JSON::textNode);
    }

    static OptionType<Boolean> bool() {
        return new Simple<>(node -> {
            if (!node.isBoolean()) {
                throw new IllegalArgumentException("true or false");
            }
            return node.asBoolean();
        }, () -> JSON.objectNode().put("type", "boolean"), JSON::booleanNode);
    }

    static OptionType<String> oneOf(String... values) {
        List<String> valid = Arrays.asList(values);
        return new Simple<>(node -> {
            if (!node.isTextual() || !valid.contains(node.asText())) {
                throw new IllegalArgumentException("one of " + String.join(", ", valid));
            }
            return node.asText();
        }, () -> {
            ObjectNode schema = JSON.objectNode().put("type", "string");
            ArrayNode allowed = schema.putArray("enum");
            valid.forEach(allowed::add);
            return schema;
        }, JSON::textNode);
    }

    static OptionType<List<String>> textList() {
        return list(text());
    }

    /** An array whose elements are all of one type. */
    static <E> OptionType<List<E>> list(OptionType<E> element) {
        return new Simple<>(node -> {
            if (!node.isArray()) {
                throw new IllegalArgumentException("an array");
            }
            List<E> values = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                try {
                    values.add(element.read(node.get(i)));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("an array whose element " + i + " is " + e.getMessage(), e);
                }
            }
            return List.copyOf(values);
        }, () -> {
            ObjectNode schema = JSON.objectNode().put("type", "array");
            schema.set("items", element.schema());
            return schema;
        }, values -> {
            ArrayNode array = JSON.arrayNode();
            values.forEach(v -> array.add(element.write(v)));
            return array;
        });
    }

    /** A value read by a function, for option types a rule defines itself. */
    static <T> OptionType<T> of(Function<JsonNode, T> reader, java.util.function.Supplier<ObjectNode> schema,
            Function<T, JsonNode> writer) {
        return new Simple<>(reader, schema, writer);
    }

    /** An {@link OptionType} made of three functions. */
    record Simple<T>(Function<JsonNode, T> reader, java.util.function.Supplier<ObjectNode> schemaSupplier,
            Function<T, JsonNode> writer) implements OptionType<T> {
        @Override
        public T read(JsonNode node) {
            return reader.apply(node);
        }

        @Override
        public ObjectNode schema() {
            return schemaSupplier.get();
        }

        @Override
        public JsonNode write(T value) {
            return writer.apply(value);
        }
    }
}

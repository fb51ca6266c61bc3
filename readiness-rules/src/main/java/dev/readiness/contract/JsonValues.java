package dev.readiness.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.JsonTrees;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Between Jackson's trees and the JSON data model as plain Java that the rule API speaks ({@code OptionType}): objects
 * are maps in document order, arrays lists, then strings, numbers, booleans and {@code null}. Jackson stays on this
 * side of the rule API.
 */
public final class JsonValues {

    private static final JsonNodeFactory JSON = JsonTrees.NODES;

    private JsonValues() {
    }

    /** A tree as plain Java; whole numbers become {@link Long} (or {@link BigInteger} past its range). */
    public static Object toJava(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isObject()) {
            Map<String, Object> object = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                object.put(field.getKey(), toJava(field.getValue()));
            }
            return Collections.unmodifiableMap(object);
        }
        if (node.isArray()) {
            List<Object> array = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                array.add(toJava(element));
            }
            return Collections.unmodifiableList(array);
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.asLong() : node.bigIntegerValue();
        }
        if (node.isNumber()) {
            return node.numberValue();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isTextual()) {
            return node.asText();
        }
        throw new IllegalArgumentException("no JSON value: " + node.getNodeType());
    }

    /** Plain Java of the JSON data model as a tree; anything else is a programming error of the rule that wrote it. */
    public static JsonNode toJson(Object value) {
        if (value == null) {
            return JSON.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JSON.objectNode();
            map.forEach((name, member) -> {
                if (!(name instanceof String text)) {
                    throw new IllegalArgumentException("a JSON object's member names are strings, found " + name);
                }
                object.set(text, toJson(member));
            });
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = JSON.arrayNode();
            list.forEach(element -> array.add(toJson(element)));
            return array;
        }
        if (value instanceof String text) {
            return JSON.textNode(text);
        }
        if (value instanceof Boolean bool) {
            return JSON.booleanNode(bool);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return JSON.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long number) {
            return JSON.numberNode(number);
        }
        if (value instanceof BigInteger number) {
            return JSON.numberNode(number);
        }
        if (value instanceof Double || value instanceof Float) {
            return JSON.numberNode(((Number) value).doubleValue());
        }
        if (value instanceof BigDecimal number) {
            return JSON.numberNode(number);
        }
        throw new IllegalArgumentException("not a value of the JSON data model: " + value.getClass().getName());
    }
}

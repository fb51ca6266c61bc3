package dev.readiness.core;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * JSON documents read into Jackson trees with the line of every value in one pass, and trees written back, on
 * jackson-core's parser and generator alone.
 *
 * <p>The check never builds an {@code ObjectMapper}: in a fresh JVM the first one costs more than the rest of a small
 * product's check, and the check needs trees, not data binding. A tree read here equals the one
 * {@code ObjectMapper.readTree} builds from the same text (int, long or big-integer nodes for whole numbers, doubles
 * for the others), and a tree written here has the bytes {@code ObjectMapper.writeValueAsBytes} gives it.
 */
public final class JsonTrees {

    /** For what people write (the contract): comments and trailing commas allowed, duplicate keys not. */
    public static final JsonFactory LENIENT = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // Never quote the document in a message: a contract reference may name any file.
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();

    /** For data files (schemas, samples, metrics, the lock, the baseline): strict JSON, no duplicate keys. */
    public static final JsonFactory STRICT = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Makes the nodes of every tree read here: Jackson's, but printed by {@link #compactText} (see {@link Nodes}). */
    public static final JsonNodeFactory NODES = new Nodes();

    private JsonTrees() {
    }

    /**
     * A document's tree, {@code null} for a document with no value (empty, or only white space and comments), and
     * where each of its values starts.
     */
    public record Parsed(JsonNode tree, JsonLocations locations) {
    }

    public static Parsed read(JsonFactory factory, byte[] bytes) throws IOException {
        try (JsonParser parser = factory.createParser(bytes)) {
            return read(parser);
        }
    }

    public static Parsed read(JsonFactory factory, String text) throws IOException {
        try (JsonParser parser = factory.createParser(text)) {
            return read(parser);
        }
    }

    /** The tree alone; {@code null} for a document with no value. */
    public static JsonNode tree(JsonFactory factory, byte[] bytes) throws IOException {
        return read(factory, bytes).tree();
    }

    /** The tree alone; {@code null} for a document with no value. */
    public static JsonNode tree(JsonFactory factory, String text) throws IOException {
        return read(factory, text).tree();
    }

    /**
     * Reads the one value of a document; anything after it but white space and comments is an error, as for
     * {@code DeserializationFeature.FAIL_ON_TRAILING_TOKENS}. Iterative, so nesting is bounded by the parser's own
     * limit ({@code StreamReadConstraints}, 1,000 levels), not by the stack.
     */
    private static Parsed read(JsonParser parser) throws IOException {
        Map<String, int[]> positions = new HashMap<>();
        JsonToken token = parser.nextToken();
        if (token == null) {
            return new Parsed(null, JsonLocations.of(positions));
        }
        Deque<Open> open = new ArrayDeque<>();
        JsonNode root = null;
        String name = null;
        while (token != null) {
            Open parent = open.peek();
            if (token == JsonToken.FIELD_NAME) {
                name = parser.currentName();
                record(positions, parent.pointer + "/" + JsonLocations.escape(name), parser);
                token = parser.nextToken();
                continue;
            }
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                if (open.isEmpty()) {
                    break;
                }
                token = parser.nextToken();
                continue;
            }
            String pointer;
            if (parent == null) {
                pointer = "";
            } else if (parent.node instanceof ArrayNode) {
                pointer = parent.pointer + "/" + parent.node.size();
                record(positions, pointer, parser);
            } else {
                pointer = parent.pointer + "/" + JsonLocations.escape(name);
            }
            JsonNode value;
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                if (parent == null) {
                    record(positions, pointer, parser);
                }
                value = token == JsonToken.START_OBJECT ? NODES.objectNode() : NODES.arrayNode();
            } else {
                value = scalar(parser, token);
            }
            if (parent == null) {
                root = value;
            } else if (parent.node instanceof ArrayNode array) {
                array.add(value);
            } else {
                ((ObjectNode) parent.node).set(name, value);
            }
            if (value.isContainerNode()) {
                open.push(new Open(pointer, value));
            } else if (parent == null) {
                break;
            }
            token = parser.nextToken();
        }
        JsonToken trailing = parser.nextToken();
        if (trailing != null) {
            throw new JsonParseException(parser, "Trailing token (of type " + trailing + ") found after the document's "
                    + "value: a file holds one JSON value", parser.currentTokenLocation());
        }
        return new Parsed(root, JsonLocations.of(positions));
    }

    private static JsonNode scalar(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new JsonParseException(parser, "Unexpected token " + token);
        };
    }

    private static void record(Map<String, int[]> positions, String pointer, JsonParser parser) {
        positions.putIfAbsent(pointer,
                new int[] {parser.currentTokenLocation().getLineNr(), parser.currentTokenLocation().getColumnNr()});
    }

    private record Open(String pointer, JsonNode node) {
    }

    /** Compact JSON in UTF-8, as {@code ObjectMapper.writeValueAsBytes} writes the tree. */
    public static byte[] compact(JsonNode tree) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = STRICT.createGenerator(bytes)) {
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree always writes to memory", e);
        }
        return bytes.toByteArray();
    }

    /** Compact JSON text, what {@code JsonNode.toString()} gives without building an {@code ObjectMapper}. */
    public static String compactText(JsonNode tree) {
        return new String(compact(tree), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Indented as with {@code SerializationFeature.INDENT_OUTPUT}: Jackson's default pretty printer. */
    public static String indented(JsonNode tree) {
        return text(tree, new DefaultPrettyPrinter());
    }

    /** The tree as text laid out by {@code printer}. */
    public static String text(JsonNode tree, PrettyPrinter printer) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = STRICT.createGenerator(out)) {
            generator.setPrettyPrinter(printer);
            write(generator, tree);
        } catch (IOException e) {
            throw new UncheckedIOException("a JSON tree always writes to memory", e);
        }
        return out.toString();
    }

    /** A generator indented as with {@code SerializationFeature.INDENT_OUTPUT}, for documents written key by key. */
    public static JsonGenerator indentedGenerator(OutputStream out) throws IOException {
        JsonGenerator generator = STRICT.createGenerator(out);
        generator.setPrettyPrinter(new DefaultPrettyPrinter());
        return generator;
    }

    /** Writes a tree through a generator, token by token, as Jackson's serializers of the node types write it. */
    public static void write(JsonGenerator generator, JsonNode tree) throws IOException {
        switch (tree.getNodeType()) {
            case OBJECT -> {
                generator.writeStartObject();
                for (Map.Entry<String, JsonNode> field : tree.properties()) {
                    generator.writeFieldName(field.getKey());
                    write(generator, field.getValue());
                }
                generator.writeEndObject();
            }
            case ARRAY -> {
                generator.writeStartArray();
                for (JsonNode element : tree) {
                    write(generator, element);
                }
                generator.writeEndArray();
            }
            case STRING -> generator.writeString(tree.textValue());
            case NUMBER -> number(generator, tree);
            case BOOLEAN -> generator.writeBoolean(tree.booleanValue());
            case NULL, MISSING -> generator.writeNull();
            default -> throw new IllegalArgumentException("a " + tree.getNodeType() + " node is not JSON text");
        }
    }

    private static void number(JsonGenerator generator, JsonNode number) throws IOException {
        switch (number.numberType()) {
            case INT -> generator.writeNumber(number.intValue());
            case LONG -> generator.writeNumber(number.longValue());
            case BIG_INTEGER -> generator.writeNumber(number.bigIntegerValue());
            case FLOAT -> generator.writeNumber(number.floatValue());
            case BIG_DECIMAL -> generator.writeNumber(number.decimalValue());
            default -> generator.writeNumber(number.doubleValue());
        }
    }

    /**
     * Jackson's node types whose {@code toString()} writes through {@link #compactText}. Jackson's own print through a
     * shared {@code ObjectMapper} that the first call builds; the JSON Schema validator prints schema values (every
     * {@code enum}'s, the meta-schemas' among them) while it compiles a schema, and would build it in every check.
     * The nodes are equal to Jackson's and print the same text; Jackson's {@code deepCopy} makes its copies through
     * the node's factory, so copies are these nodes too.
     */
    private static final class Nodes extends JsonNodeFactory {
        private static final long serialVersionUID = 1L;

        Nodes() {
            super(false);
        }

        @Override
        public TextNode textNode(String text) {
            return text == null ? null : new TextValue(text);
        }

        @Override
        public ObjectNode objectNode() {
            return new ObjectValue(this);
        }

        @Override
        public ArrayNode arrayNode() {
            return new ArrayValue(this);
        }

        @Override
        public ArrayNode arrayNode(int capacity) {
            return new ArrayValue(this);
        }

        private static final class TextValue extends TextNode {
            private static final long serialVersionUID = 1L;

            TextValue(String text) {
                super(text);
            }

            @Override
            public String toString() {
                return compactText(this);
            }
        }

        private static final class ObjectValue extends ObjectNode {
            private static final long serialVersionUID = 1L;

            ObjectValue(JsonNodeFactory nodes) {
                super(nodes);
            }

            @Override
            public String toString() {
                return compactText(this);
            }
        }

        private static final class ArrayValue extends ArrayNode {
            private static final long serialVersionUID = 1L;

            ArrayValue(JsonNodeFactory nodes) {
                super(nodes);
            }

            @Override
            public String toString() {
                return compactText(this);
            }
        }
    }
}

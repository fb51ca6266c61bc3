package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Trees read and written without an ObjectMapper, against what an ObjectMapper reads and writes. */
class JsonTreesTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final String MIXED = """
            {"int": 1, "negative": -7, "long": 99999999999, "big": 123456789012345678901234567890,
             "double": 1.5, "exponent": 1e10, "huge": 1e400, "text": "a \\"quoted\\" \\u00e9 line\\n", "empty": "",
             "yes": true, "no": false, "nothing": null, "list": [1, [2, {"k": [null]}], {}], "object": {"a": {"b": []}},
             "a/b~c": 0}
            """;

    @Test
    void readsTheTreeObjectMapperReads() throws IOException {
        assertThat(JsonTrees.tree(JsonTrees.STRICT, MIXED)).isEqualTo(MAPPER.readTree(MIXED));
        assertThat(MAPPER.readTree(MIXED)).isEqualTo(JsonTrees.tree(JsonTrees.STRICT, MIXED));
        assertThat(JsonTrees.tree(JsonTrees.STRICT, "\"only\"")).isEqualTo(MAPPER.readTree("\"only\""));
        assertThat(JsonTrees.tree(JsonTrees.STRICT, " 42 ")).isEqualTo(MAPPER.readTree("42"));
        assertThat(JsonTrees.tree(JsonTrees.STRICT, "[]")).isEqualTo(MAPPER.readTree("[]"));
    }

    @Test
    void readsEveryJsonFileOfTheScenariosAsObjectMapperDoes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("../it/scenarios"))) {
            files = walk.filter(f -> f.toString().endsWith(".json")).filter(Files::isRegularFile).toList();
        }
        int compared = 0;
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            JsonNode expected;
            try {
                expected = MAPPER.readTree(bytes);
            } catch (IOException e) {
                continue;
            }
            if (expected == null || expected.isMissingNode()) {
                continue;
            }
            JsonNode actual;
            try {
                actual = JsonTrees.tree(JsonTrees.STRICT, bytes);
            } catch (JsonParseException trailing) {
                // ObjectMapper ignores what follows the value; these files are read strictly
                assertThat(trailing.getOriginalMessage()).as(file.toString()).startsWith("Trailing token");
                continue;
            }
            assertThat(actual).as(file.toString()).isEqualTo(expected);
            assertThat(JsonTrees.compact(actual)).as(file.toString()).isEqualTo(MAPPER.writeValueAsBytes(expected));
            compared++;
        }
        assertThat(compared).isGreaterThan(300);
    }

    @Test
    void recordsWhereEachValueStarts() throws IOException {
        JsonLocations locations = JsonTrees.read(JsonTrees.STRICT, "{\n  \"a\": [\n    1,\n    {\"b\": 2}\n  ],\n"
                + "  \"c~/\": 3\n}").locations();
        assertThat(locations.line("")).isEqualTo(1);
        assertThat(locations.line("/a")).isEqualTo(2);
        assertThat(locations.column("/a")).isEqualTo(3);
        assertThat(locations.line("/a/0")).isEqualTo(3);
        assertThat(locations.line("/a/1")).isEqualTo(4);
        assertThat(locations.line("/a/1/b")).isEqualTo(4);
        assertThat(locations.column("/a/1/b")).isEqualTo(6);
        assertThat(locations.line("/c~0~1")).isEqualTo(6);
        assertThat(locations.line("/a/1/missing")).isEqualTo(4);
    }

    @Test
    void refusesWhatFollowsTheValue() {
        assertThatThrownBy(() -> JsonTrees.tree(JsonTrees.STRICT, "{} {}"))
                .isInstanceOf(JsonParseException.class).hasMessageStartingWith("Trailing token (of type START_OBJECT)");
        assertThatThrownBy(() -> JsonTrees.tree(JsonTrees.STRICT, "{\"a\": 1}\n  12345"))
                .isInstanceOfSatisfying(JsonParseException.class, e -> {
                    assertThat(e.getLocation().getLineNr()).isEqualTo(2);
                    assertThat(e.getLocation().getColumnNr()).isEqualTo(3);
                });
        assertThatThrownBy(() -> JsonTrees.tree(JsonTrees.LENIENT, "{\"a\": 1} // fine\n 2"))
                .isInstanceOf(JsonParseException.class);
    }

    @Test
    void anEmptyDocumentHasNoTree() throws IOException {
        assertThat(JsonTrees.tree(JsonTrees.STRICT, "  \n")).isNull();
        assertThat(JsonTrees.tree(JsonTrees.LENIENT, "// only a comment\n")).isNull();
    }

    @Test
    void keepsTheParsersLimits() {
        String deep = "[".repeat(1_001) + "]".repeat(1_001);
        assertThatThrownBy(() -> JsonTrees.tree(JsonTrees.STRICT, deep)).isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> JsonTrees.tree(JsonTrees.STRICT, "{\"a\": 1, \"a\": 2}"))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("Duplicate field 'a'");
    }

    @Test
    void printsItsNodesAsJacksonPrintsItsOwn() throws IOException {
        JsonNode ours = JsonTrees.tree(JsonTrees.STRICT, MIXED);
        JsonNode theirs = MAPPER.readTree(MIXED);
        assertThat(ours.toString()).isEqualTo(theirs.toString());
        assertThat(ours.get("text").toString()).isEqualTo(theirs.get("text").toString()).isEqualTo("\"a \\\"quoted\\\" é line\\n\"");
        assertThat(ours.get("list").toString()).isEqualTo(theirs.get("list").toString());
        JsonNode copy = ours.deepCopy();
        assertThat(copy).isEqualTo(theirs);
        assertThat(copy.toString()).isEqualTo(theirs.toString());
        assertThat(copy.get("object").getClass()).isEqualTo(ours.get("object").getClass());
    }

    @Test
    void writesTheBytesObjectMapperWrites() throws IOException {
        JsonNode tree = MAPPER.readTree(MIXED);
        assertThat(JsonTrees.compact(tree)).isEqualTo(MAPPER.writeValueAsBytes(tree));
        assertThat(JsonTrees.compactText(tree)).isEqualTo(tree.toString());
        assertThat(JsonTrees.indented(tree))
                .isEqualTo(MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree));
        assertThat(new String(JsonTrees.compact(MAPPER.readTree("\"é\"")), StandardCharsets.UTF_8)).isEqualTo("\"é\"");
    }
}

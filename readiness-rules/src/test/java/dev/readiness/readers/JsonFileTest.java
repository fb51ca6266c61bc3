package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.facts.JsonFile;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class JsonFileTest {

    private static final Path FILE = Path.of("sample.json").toAbsolutePath();

    @Test
    void locates_values_by_json_pointer() {
        JsonFile json = JsonFiles.parse(FILE, "{\n  \"id\": 1,\n  \"tags\": [\n    \"a\",\n    \"b\"\n  ]\n}\n").value();

        assertThat(json.locate("/id").line()).isEqualTo(2);
        assertThat(json.locate("/tags/1").line()).isEqualTo(5);
        assertThat(json.locate("/tags/1/unknown").line()).isEqualTo(5);
        assertThat(json.locate("").line()).isEqualTo(1);
    }

    @Test
    void rejects_comments_trailing_commas_and_duplicate_keys_with_their_line() {
        assertThat(JsonFiles.parse(FILE, "{\n  // note\n  \"id\": 1\n}")).isInstanceOfSatisfying(Evidence.Missing.class,
                missing -> assertThat(((Location) missing.location().orElseThrow()).line()).isEqualTo(2));
        assertThat(JsonFiles.parse(FILE, "{\"id\": 1,}").isPresent()).isFalse();
        assertThat(JsonFiles.parse(FILE, "{\n\"id\": 1,\n\"id\": 2}")).isInstanceOfSatisfying(Evidence.Missing.class,
                missing -> assertThat(((Location) missing.location().orElseThrow()).line()).isEqualTo(3));
    }

    @Test
    void an_empty_file_is_not_json() {
        assertThat(JsonFiles.parse(FILE, "  \n")).isInstanceOfSatisfying(Evidence.Missing.class,
                missing -> assertThat(missing.reason()).contains("is empty"));
    }

    @Test
    void trailing_content_is_not_json() {
        assertThat(JsonFiles.parse(FILE, "{\"id\": 1} {\"id\": 2}").isPresent()).isFalse();
    }
}

package dev.readiness.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void a_tree_becomes_maps_lists_and_scalars_in_document_order() throws Exception {
        JsonNode tree = MAPPER.readTree("{\"z\": 1, \"a\": [true, null, 0.5, \"x\"], \"big\": 123456789012345678901234567890}");

        Object value = JsonValues.toJava(tree);

        assertThat(value).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> object = (Map<String, Object>) value;
        assertThat(object.keySet()).containsExactly("z", "a", "big");
        assertThat(object.get("z")).isEqualTo(1L);
        assertThat(object.get("a")).isEqualTo(Arrays.asList(true, null, 0.5, "x"));
        assertThat(object.get("big")).isEqualTo(new BigInteger("123456789012345678901234567890"));
    }

    @Test
    void plain_java_round_trips_to_the_same_json() throws Exception {
        String json = "{\"pattern\":\"log4j:log4j\",\"limits\":[1,2.5],\"on\":false,\"none\":null}";

        assertThat(JsonValues.toJson(JsonValues.toJava(MAPPER.readTree(json))).toString()).isEqualTo(json);
    }

    @Test
    void a_value_outside_the_json_data_model_is_rejected() {
        assertThatThrownBy(() -> JsonValues.toJson(List.of(new Object()))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.Object");
        assertThatThrownBy(() -> JsonValues.toJson(Map.of(1, "a"))).hasMessageContaining("member names are strings");
    }
}

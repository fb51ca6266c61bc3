package dev.readiness.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionTypeTest {

    @Test
    void whole_number_reads_integers_and_rejects_fractions_text_and_values_below_its_minimum() {
        OptionType<Long> type = OptionType.wholeNumber(1);

        assertThat(type.read(5)).isEqualTo(5L);
        assertThat(type.read(5L)).isEqualTo(5L);
        assertThat(type.read(BigInteger.valueOf(7))).isEqualTo(7L);
        for (Object wrong : List.of(0L, 5.0, "5", true, BigInteger.TWO.pow(64))) {
            assertThatThrownBy(() -> type.read(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("a whole number of at least 1");
        }
        assertThatThrownBy(() -> type.read(null)).hasMessage("a whole number of at least 1");
    }

    @Test
    void ratio_reads_numbers_from_0_to_1() {
        OptionType<Double> type = OptionType.ratio();

        assertThat(type.read(0.8)).isEqualTo(0.8);
        assertThat(type.read(1L)).isEqualTo(1.0);
        assertThat(type.read(new BigDecimal("0.25"))).isEqualTo(0.25);
        for (Object wrong : List.of(1.5, -0.1, Double.NaN, "0.8")) {
            assertThatThrownBy(() -> type.read(wrong)).hasMessage("a ratio from 0 to 1 (0.8 means 80%)");
        }
    }

    @Test
    void text_bool_and_one_of_reject_other_types() {
        assertThat(OptionType.text().read("README.md")).isEqualTo("README.md");
        assertThatThrownBy(() -> OptionType.text().read(" ")).hasMessage("a non-empty string");
        assertThatThrownBy(() -> OptionType.text().read(3L)).hasMessage("a non-empty string");
        assertThat(OptionType.bool().read(true)).isTrue();
        assertThatThrownBy(() -> OptionType.bool().read("true")).hasMessage("true or false");
        assertThat(OptionType.oneOf("a", "b").read("b")).isEqualTo("b");
        assertThatThrownBy(() -> OptionType.oneOf("a", "b").read("c")).hasMessage("one of a, b");
    }

    @Test
    void list_names_the_index_of_a_wrong_element() {
        OptionType<List<String>> type = OptionType.textList();

        assertThat(type.read(List.of("a", "b"))).containsExactly("a", "b");
        assertThatThrownBy(() -> type.read(Arrays.asList("a", 2L))).hasMessage("an array whose element 1 is a non-empty string");
        assertThatThrownBy(() -> type.read("a")).hasMessage("an array");
        assertThat(type.write(List.of("x"))).isEqualTo(List.of("x"));
    }

    @Test
    void schemas_are_plain_maps_in_declaration_order_and_new_on_every_call() {
        Map<String, Object> schema = OptionType.list(OptionType.oneOf("x", "y")).schema();

        assertThat(schema).containsExactly(Map.entry("type", "array"),
                Map.entry("items", Map.of("type", "string", "enum", List.of("x", "y"))));
        assertThat(OptionType.wholeNumber(3).schema()).containsExactly(Map.entry("type", "integer"), Map.entry("minimum", 3L));
        OptionType<String> text = OptionType.text();
        text.schema().put("description", "changed");
        assertThat(text.schema()).doesNotContainKey("description");
    }

    @Test
    void object_pairs_names_with_values_and_rejects_an_odd_count() {
        assertThat(OptionType.object("a", 1, "b", List.of())).containsExactly(Map.entry("a", 1), Map.entry("b", List.of()));
        assertThatThrownBy(() -> OptionType.object("a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pairs");
        assertThatThrownBy(() -> OptionType.object(1, "a")).hasMessageContaining("member name");
    }
}

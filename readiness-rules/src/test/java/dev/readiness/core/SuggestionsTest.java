package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("contract", "extends", "owners", "entryPoint", "operations",
            "schemas", "metrics", "rules", "waivers");

    @Test
    void suggests_the_closest_valid_name() {
        assertThat(Suggestions.closest("ownrs", KEYS)).contains("owners");
        assertThat(Suggestions.closest("waviers", KEYS)).contains("waivers");
        assertThat(Suggestions.closest("structure.metdata", List.of("structure.metadata", "structure.entry-point")))
                .contains("structure.metadata");
    }

    @Test
    void ignores_case_when_comparing() {
        assertThat(Suggestions.closest("ENTRYPOINT", KEYS)).contains("entryPoint");
    }

    @Test
    void suggests_nothing_when_no_name_is_close() {
        assertThat(Suggestions.closest("completelyDifferent", KEYS)).isEmpty();
        assertThat(Suggestions.didYouMean("completelyDifferent", KEYS)).isEmpty();
    }

    @Test
    void suggests_nothing_when_there_are_no_valid_names() {
        assertThat(Suggestions.closest("owners", List.of())).isEmpty();
    }

    @Test
    void breaks_ties_alphabetically_so_the_hint_is_stable() {
        assertThat(Suggestions.closest("ab", List.of("ac", "aa"))).contains("aa");
    }

    @Test
    void phrases_the_suggestion_as_a_question() {
        assertThat(Suggestions.didYouMean("ownrs", KEYS)).isEqualTo("; did you mean \"owners\"?");
    }

    @Test
    void measures_edit_distance() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}

package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class WildcardTest {

    @Test
    void a_star_stands_for_any_characters_separators_included() {
        assertThat(Wildcard.of("org.apache.*:*").matches("org.apache.commons:commons-lang3")).isTrue();
        assertThat(Wildcard.of("src/*").matches("src/main/resources/app.properties")).isTrue();
        assertThat(Wildcard.of("*Legacy*").matches("com.acme.LegacyImporter")).isTrue();
        assertThat(Wildcard.of("*").matches("")).isTrue();
    }

    @Test
    void the_pattern_must_cover_the_whole_subject() {
        assertThat(Wildcard.of("org.apache.*").matches("com.org.apache.x")).isFalse();
        assertThat(Wildcard.of("com.acme:scorer").matches("com.acme:scorer-core")).isFalse();
        assertThat(Wildcard.of("com.acme:scorer").matches("com.acme:scorer")).isTrue();
        assertThat(Wildcard.of("a*b").matches("ab")).isTrue();
        assertThat(Wildcard.of("a*b").matches("abc")).isFalse();
    }

    @Test
    void other_glob_characters_stand_for_themselves() {
        assertThat(Wildcard.of("a?c").matches("abc")).isFalse();
        assertThat(Wildcard.of("a?c").matches("a?c")).isTrue();
        assertThat(Wildcard.of("[ab]").matches("a")).isFalse();
    }

    @Test
    void a_pattern_of_many_stars_against_a_long_subject_ends_at_once() {
        String subject = "a".repeat(100_000);
        boolean matched = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> Wildcard.of("*a*a*a*a*a*a*a*a*a*a*b").matches(subject));
        assertThat(matched).isFalse();
    }
}

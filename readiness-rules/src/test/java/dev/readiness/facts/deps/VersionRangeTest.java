package dev.readiness.facts.deps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VersionRangeTest {

    @Test
    void bounds_are_inclusive_with_brackets_and_exclusive_with_parentheses() {
        VersionRange range = VersionRange.parse("[1.0,2.0)");

        assertThat(range.contains("1.0")).isTrue();
        assertThat(range.contains("1.0.0")).isTrue();
        assertThat(range.contains("1.9.9")).isTrue();
        assertThat(range.contains("2.0")).isFalse();
        assertThat(range.contains("2.0-SNAPSHOT")).isTrue();
        assertThat(range.contains("0.9")).isFalse();
    }

    @Test
    void reads_the_default_log4j_ban_with_an_open_lower_bound() {
        VersionRange range = VersionRange.parse("[,2.17.1)");

        assertThat(range.contains("1.2.17")).isTrue();
        assertThat(range.contains("2.14.1")).isTrue();
        assertThat(range.contains("2.17.1-rc1")).isTrue();
        assertThat(range.contains("2.17.1")).isFalse();
        assertThat(range.contains("2.24.3")).isFalse();
    }

    @Test
    void reads_open_ended_exact_and_multiple_ranges() {
        assertThat(VersionRange.parse("[3.0,)").contains("99")).isTrue();
        assertThat(VersionRange.parse("(,1.0]").contains("1.0")).isTrue();
        assertThat(VersionRange.parse("(,1.0]").contains("1.0.1")).isFalse();
        assertThat(VersionRange.parse("[1.5]").contains("1.5.0")).isTrue();
        assertThat(VersionRange.parse("[1.5]").contains("1.5.1")).isFalse();
        VersionRange twoParts = VersionRange.parse("(,1.0],[1.2,)");
        assertThat(twoParts.contains("1.1")).isFalse();
        assertThat(twoParts.contains("1.2")).isTrue();
        assertThat(twoParts.contains("0.5")).isTrue();
    }

    @Test
    void a_plain_version_means_exactly_that_version() {
        VersionRange exact = VersionRange.parse("1.2.17");

        assertThat(exact.contains("1.2.17")).isTrue();
        assertThat(exact.contains("1.2.17.0")).isTrue();
        assertThat(exact.contains("1.2.18")).isFalse();
    }

    @Test
    void tells_ranges_and_dynamic_versions_from_versions() {
        assertThat(VersionRange.isRange("[3.0,4.0)")).isTrue();
        assertThat(VersionRange.isRange(" (,1.0]")).isTrue();
        assertThat(VersionRange.isRange("3.0")).isFalse();
        assertThat(VersionRange.isDynamic("LATEST")).isTrue();
        assertThat(VersionRange.isDynamic("RELEASE")).isTrue();
        assertThat(VersionRange.isDynamic("1.0-RELEASE")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1.0,2.0", "[2.0,1.0]", "(1.0)", "[1.0,2.0),", "[1,2,3]", "1.0]", "", "[1.0,2.0)[3.0,)", "(1.0,1.0)"})
    void rejects_malformed_ranges_saying_what_is_wrong(String spec) {
        assertThatThrownBy(() -> VersionRange.parse(spec)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("null");
    }

    @Test
    void a_range_with_the_same_inclusive_bounds_allows_exactly_one_version() {
        assertThat(VersionRange.exactVersion("[1.0]")).contains("1.0");
        assertThat(VersionRange.exactVersion("[1.0,1.0]")).contains("1.0");
        assertThat(VersionRange.exactVersion("[1.0,1.0.1]")).isEmpty();
        assertThat(VersionRange.exactVersion("[1.0,2.0)")).isEmpty();
        assertThat(VersionRange.exactVersion("[1.0],[2.0]")).isEmpty();
        assertThat(VersionRange.exactVersion("1.0")).as("a plain version is no range").isEmpty();
        assertThat(VersionRange.exactVersion("[1.0")).as("unreadable").isEmpty();
    }
}

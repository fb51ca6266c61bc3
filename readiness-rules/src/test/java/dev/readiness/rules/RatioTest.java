package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatioTest {

    @Test
    void compares_exactly_at_the_limit() {
        // 0.7 * 10 is 7.000000000000001 in doubles; the comparison must not see 7 of 10 as below 0.70.
        assertThat(new Ratio(7, 10).isBelow(0.7)).isFalse();
        assertThat(new Ratio(699, 1000).isBelow(0.7)).isTrue();
        assertThat(new Ratio(1, 10).isAbove(0.1)).isFalse();
        assertThat(new Ratio(3, 30).isAbove(0.1)).isFalse();
        assertThat(new Ratio(4, 30).isAbove(0.1)).isTrue();
    }

    @Test
    void nothing_to_measure_is_neither_below_nor_above() {
        assertThat(new Ratio(0, 0).isBelow(0.9)).isFalse();
        assertThat(new Ratio(0, 0).isAbove(0.0)).isFalse();
        assertThat(new Ratio(0, 0).againstMin(0.9)).isEqualTo("n/a");
    }

    @Test
    void never_prints_a_broken_limit_as_the_limit_itself() {
        assertThat(new Ratio(6999, 10000).againstMin(0.7)).isEqualTo("0.69");
        assertThat(new Ratio(1, 3).againstMax(0.33)).isEqualTo("0.34");
        assertThat(new Ratio(1249, 10000).againstMin(0.125)).isEqualTo("0.124");
    }

    @Test
    void prints_limits_with_two_decimals_at_least() {
        assertThat(Ratio.limit(0.7)).isEqualTo("0.70");
        assertThat(Ratio.limit(1)).isEqualTo("1.00");
        assertThat(Ratio.limit(0)).isEqualTo("0.00");
        assertThat(Ratio.limit(0.125)).isEqualTo("0.125");
    }

    @Test
    void rejects_a_part_larger_than_the_whole() {
        assertThatThrownBy(() -> new Ratio(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}

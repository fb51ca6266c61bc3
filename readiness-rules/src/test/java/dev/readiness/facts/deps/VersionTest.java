package dev.readiness.facts.deps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionTest {

    @Test
    void orders_qualifiers_as_maven_does() {
        assertOrdered("1.0-alpha", "1.0-beta", "1.0-milestone", "1.0-rc", "1.0-SNAPSHOT", "1.0", "1.0-sp");
    }

    @Test
    void orders_numbers_as_numbers_not_text() {
        assertOrdered("1.0", "1.1", "1.9", "1.10", "1.10.1", "2", "10.0");
        assertOrdered("1-foo2", "1-foo10");
        assertOrdered("2.13.0", "3.3.6", "5.2.0");
    }

    @Test
    void puts_unknown_qualifiers_after_known_ones_and_before_the_next_number() {
        assertOrdered("1.0-sp", "1.0-foo", "1.0.1");
        assertOrdered("1.0-alpha", "1.0-xyz");
    }

    @ParameterizedTest
    @CsvSource({
            "1.0, 1.0.0",
            "1, 1.0",
            "1.0, 1-ga",
            "1.0, 1.final",
            "1.0, 1.0-RELEASE",
            "1-rc1, 1-cr1",
            "1-a1, 1-alpha-1",
            "1.0-b2, 1.0-beta-2",
            "1.0-m3, 1.0-milestone-3",
            "1.0-SNAPSHOT, 1.0-snapshot",
            "2.17.1, 2.17.1.0"})
    void treats_spellings_of_the_same_version_as_equal(String left, String right) {
        assertThat(Version.parse(left)).isEqualTo(Version.parse(right));
        assertThat(Version.parse(left).hashCode()).isEqualTo(Version.parse(right).hashCode());
        assertThat(Version.compare(left, right)).isZero();
    }

    @Test
    void a_qualifier_sorts_below_a_release_and_a_release_below_the_next_number() {
        assertOrdered("2.17.0", "2.17.1-rc1", "2.17.1", "2.17.2");
        assertOrdered("3.5.3", "3.5.3-1", "3.5.4");
    }

    @Test
    void recognises_snapshots_plain_and_timestamped() {
        assertThat(Version.isSnapshot("1.0-SNAPSHOT")).isTrue();
        assertThat(Version.isSnapshot("1.0-20250101.120000-3")).isTrue();
        assertThat(Version.isSnapshot("1.0")).isFalse();
        assertThat(Version.isSnapshot("1.0-snapshots-are-fun")).isFalse();
    }

    @Test
    void a_timestamped_snapshot_is_recognised_as_the_regular_expression_it_replaces_would() {
        Pattern timestamped = Pattern.compile(".*-\\d{8}\\.\\d{6}-\\d+");
        List<String> versions = new ArrayList<>(List.of("1.0-20250101.120000-3", "-20250101.120000-1",
                "20250101.120000-1", "1.0-20250101.120000-", "1.0-2025010.120000-3", "1.0-20250101.12000-3",
                "1.0-20250101-120000-3", "1.0-20250101.120000-3a", "1.0-20250101.120000-12345", "1.0_20250101.120000-3",
                "1.0-2025010a.120000-3", "1.0-20250101.12000a-3", "a\n-20250101.120000-3", "a\u2028-20250101.120000-3",
                "a\r-20250101.120000-3",
                "a\u0085-20250101.120000-3", "a\u2029-20250101.120000-3",
                "-\n20250101.120000-3", "1.0-20250101.120000-3-20250101.120000-4", "", "-", "1-2-3",
                "1.0-\u0663\u0663\u0663\u0663\u0663\u0663\u0663\u0663.120000-3"));
        Random random = new Random(42);
        String alphabet = "0123456789-.a\n\r\u2029";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder version = new StringBuilder();
            for (int n = random.nextInt(24); n > 0; n--) {
                version.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            versions.add(version.toString());
            versions.add(version + "-20250101.120000-" + random.nextInt(10));
        }
        for (String version : versions) {
            assertThat(Version.isSnapshot(version)).as(version)
                    .isEqualTo(version.endsWith("-SNAPSHOT") || timestamped.matcher(version).matches());
        }
    }

    @Test
    void keeps_the_text_as_written() {
        assertThat(Version.parse("1.0-SNAPSHOT")).hasToString("1.0-SNAPSHOT");
    }

    private static void assertOrdered(String... versions) {
        List<String> list = List.of(versions);
        for (int i = 0; i + 1 < list.size(); i++) {
            assertThat(Version.compare(list.get(i), list.get(i + 1))).as("%s < %s", list.get(i), list.get(i + 1)).isNegative();
            assertThat(Version.compare(list.get(i + 1), list.get(i))).as("%s > %s", list.get(i + 1), list.get(i)).isPositive();
        }
    }
}

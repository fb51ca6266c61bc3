package dev.readiness.facts.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MavenWrapperTest {

    @Test
    void each_value_carries_the_line_that_sets_it_last() {
        MavenWrapper wrapper = MavenWrapper.parse(Path.of("maven-wrapper.properties"), """
                # comment
                distributionUrl=https://repo.maven.apache.org/a.zip
                  wrapperVersion : 3.3.2
                distributionUrlSuffix=x
                distributionUrl https://repo.maven.apache.org/b.zip
                """);

        assertThat(wrapper.value("distributionUrl")).hasValueSatisfying(value -> {
            assertThat(value.text()).isEqualTo("https://repo.maven.apache.org/b.zip");
            assertThat(value.line()).isEqualTo(5);
        });
        assertThat(wrapper.value("wrapperVersion").orElseThrow().line()).isEqualTo(3);
        assertThat(wrapper.value("distributionUrlSuffix").orElseThrow().line()).isEqualTo(4);
    }

    @Test
    void a_key_is_set_after_leading_whitespace_when_a_separator_or_the_end_of_the_line_follows() {
        Random random = new Random(42);
        String alphabet = " \t\u000B\f\r=:#!\\kK.ey-\u00a0\u2003x";
        String[] keys = {"k", "key", "K.ey", " k", "k ", "", "ke-y"};
        for (int i = 0; i < 40_000; i++) {
            String key = keys[random.nextInt(keys.length)];
            StringBuilder line = new StringBuilder();
            int length = random.nextInt(9);
            for (int c = 0; c < length; c++) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            if (random.nextBoolean()) {
                line.insert(random.nextInt(line.length() + 1), key);
            }
            // The reference: the regular expression of Properties-style lines.
            boolean expected = Pattern.compile("^\\s*" + Pattern.quote(key) + "\\s*[=:\\s]").matcher(line + " ").find();
            assertThat(MavenWrapper.sets(line.toString(), key)).as("key \"%s\" in line \"%s\"", key, line)
                    .isEqualTo(expected);
        }
    }
}

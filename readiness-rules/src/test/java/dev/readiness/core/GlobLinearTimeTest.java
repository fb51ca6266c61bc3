package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The automaton behind {@link Glob} agrees with the regular expressions it replaced, and never backtracks. */
class GlobLinearTimeTest {

    @Test
    void agrees_with_the_regular_expression_it_replaced_on_random_globs_and_names() {
        Random random = new Random(15);
        String globAlphabet = "ab/.*?";
        String nameAlphabet = "ab/.";
        for (int run = 0; run < 20_000; run++) {
            String glob = randomText(random, globAlphabet, 1 + random.nextInt(9));
            String name = randomText(random, nameAlphabet, random.nextInt(13));
            char separator = random.nextBoolean() ? '/' : '.';
            Glob matcher = separator == '/' ? Glob.ofPath(glob) : Glob.ofClassName(glob);
            boolean expected = Pattern.compile(regexOf(glob, separator)).matcher(name).matches();
            assertThat(matcher.matches(name)).as("%s against %s with separator %s", glob, name, separator)
                    .isEqualTo(expected);
        }
    }

    @Test
    void agrees_with_the_regular_expression_on_names_made_from_the_glob_short_and_long() {
        Random random = new Random(1515);
        for (int run = 0; run < 4_000; run++) {
            // Long globs (over 63 tokens) take the automaton's array path, short ones its bit-set path.
            int length = run % 2 == 0 ? 1 + random.nextInt(20) : 60 + random.nextInt(40);
            String glob = randomText(random, "ab/.-éxyz*?", length).replace("***", "**");
            String name = instance(random, glob);
            if (random.nextInt(3) == 0 && !name.isEmpty()) {
                int at = random.nextInt(name.length());
                name = name.substring(0, at) + "ab/.é".charAt(random.nextInt(5)) + name.substring(at + 1);
            }
            char separator = random.nextBoolean() ? '/' : '.';
            Glob matcher = separator == '/' ? Glob.ofPath(glob) : Glob.ofClassName(glob);
            boolean expected = Pattern.compile(regexOf(glob, separator)).matcher(name).matches();
            assertThat(matcher.matches(name)).as("%s against %s with separator %s", glob, name, separator)
                    .isEqualTo(expected);
        }
    }

    /** A name the glob may match: each wildcard replaced by a few random characters. */
    private static String instance(Random random, String glob) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                int count = c == '?' ? 1 : random.nextInt(4);
                name.append(randomText(random, "ab/.xé", count));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    @Test
    void agrees_with_the_regular_expression_on_the_default_and_usual_patterns() {
        String[] globs = {"**/*.ipynb", "**/.ipynb_checkpoints/**", "**/*.pyc", "**/__pycache__/**", "**/.DS_Store",
            "src/test/resources/samples/request-*.json", "src/**/bad-*.json", "**", "*", "**/", "***", "a/**/b/**"};
        String[] names = {"", "a", "x.ipynb", "a/b/x.ipynb", ".ipynb_checkpoints/x", "a/__pycache__/m.pyc",
            "src/test/resources/samples/request-1.json", "src/a/b/bad-2.json", "a/b", "a/x/b/y", "a//b/"};
        for (String glob : globs) {
            for (String name : names) {
                assertThat(Glob.ofPath(glob).matches(name)).as("%s against %s", glob, name)
                        .isEqualTo(Pattern.compile(regexOf(glob, '/')).matcher(name).matches());
            }
        }
    }

    @Test
    void a_pathological_pattern_against_a_long_name_ends_at_once() {
        Glob glob = Glob.ofPath("**/**/**/**/*a*a*a*a*a*a*b");
        String name = "a/".repeat(20) + "a".repeat(10_000);
        boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> glob.matches(name));
        assertThat(matched).isFalse();
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> glob.matches(name + "b"))).isTrue();
    }

    @Test
    void a_pathological_class_pattern_ends_at_once() {
        Glob glob = Glob.ofClassName("**.**.**.*a*a*a*a*a*a*b");
        String name = "a.".repeat(20) + "a".repeat(10_000);
        assertThat(assertTimeoutPreemptively(Duration.ofSeconds(10), () -> glob.matches(name))).isFalse();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** The translation to a backtracking regular expression that Glob used before. */
    private static String regexOf(String glob, char separator) {
        String sep = Pattern.quote(String.valueOf(separator));
        String notSep = "[^" + (separator == '/' ? "/" : "\\.") + "]";
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean followedBySeparator = i + 2 < glob.length() && glob.charAt(i + 2) == separator;
                if (followedBySeparator) {
                    regex.append("(?:.*").append(sep).append(")?");
                    i += 3;
                } else {
                    regex.append(".*");
                    i += 2;
                }
            } else if (c == '*') {
                regex.append(notSep).append('*');
                i++;
            } else if (c == '?') {
                regex.append(notSep);
                i++;
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}

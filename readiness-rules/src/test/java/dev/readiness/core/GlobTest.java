package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
        "**/*.ipynb, explore.ipynb",
        "**/*.ipynb, notebooks/explore.ipynb",
        "**/*.ipynb, a/b/c/explore.ipynb",
        "**/.ipynb_checkpoints/**, .ipynb_checkpoints/explore-checkpoint.ipynb",
        "**/.ipynb_checkpoints/**, notebooks/.ipynb_checkpoints/explore-checkpoint.ipynb",
        "**/__pycache__/**, src/main/python/__pycache__/model.cpython-311.pyc",
        "src/**/test/*.java, src/test/A.java",
        "src/**/test/*.java, src/a/b/test/A.java",
        "data/**, data/raw/2024/train.csv",
        "**, any/depth/file.txt",
        "src/*.java, src/A.java",
        "a?.txt, ab.txt",
        "a+b (1).txt, a+b (1).txt",
    })
    void path_pattern_matches(String pattern, String path) {
        assertThat(Glob.ofPath(pattern).matches(path)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not match {1}")
    @CsvSource({
        "**/*.ipynb, explore.ipynb.txt",
        "**/*.ipynb, explore.py",
        "src/*.java, src/a/B.java",
        "src/*.java, other/src/A.java",
        "a?.txt, a.txt",
        "a?.txt, abc.txt",
        "a?.txt, a/.txt",
        "data/**, database/x.csv",
        "a+b.txt, aab.txt",
        "a.txt, abtxt",
        "**/.DS_Store, x/DS_Store",
    })
    void path_pattern_does_not_match(String pattern, String path) {
        assertThat(Glob.ofPath(pattern).matches(path)).isFalse();
    }

    @Test
    void path_pattern_accepts_backslashes_as_separators() {
        assertThat(Glob.ofPath("src\\*.java").matches("src/A.java")).isTrue();
    }

    @ParameterizedTest(name = "{0} matches {1}")
    @CsvSource({
        "com.acme.model.**, com.acme.model.Scorer",
        "com.acme.model.**, com.acme.model.features.Encoder",
        "com.acme.model.**, com.acme.model.Scorer$Builder",
        "com.acme.*, com.acme.Main",
        "com.acme.*Service, com.acme.ScoreService",
        "com.**.model.*, com.model.Scorer",
        "com.**.model.*, com.acme.churn.model.Scorer",
        "com.acme.Scorer?, com.acme.Scorer2",
    })
    void class_name_pattern_matches(String pattern, String className) {
        assertThat(Glob.ofClassName(pattern).matches(className)).isTrue();
    }

    @ParameterizedTest(name = "{0} does not match {1}")
    @CsvSource({
        "com.acme.model.**, com.acme.modelx.Scorer",
        "com.acme.model.**, com.acme.Scorer",
        "com.acme.*, com.acme.sub.Main",
        "com.acme.*Service, com.acme.ServiceImpl",
        "com.acme.Scorer?, com.acme.Scorer",
        "com.acme.Main, comXacmeXMain",
    })
    void class_name_pattern_does_not_match(String pattern, String className) {
        assertThat(Glob.ofClassName(pattern).matches(className)).isFalse();
    }

    @Test
    void keeps_the_pattern_as_written_for_messages() {
        assertThat(Glob.ofPath("**/*.pyc").text()).isEqualTo("**/*.pyc");
        assertThat(Glob.ofClassName("com.acme.**")).hasToString("com.acme.**");
    }

    @Test
    void agrees_with_the_same_pattern_as_a_regular_expression_on_random_patterns_and_paths() {
        // The literals looked for first (prefix, suffix, inner runs) must never turn a match away: compared with an
        // independent reading of the pattern as a regular expression, over patterns of both automata's sizes (63
        // tokens and more use the other one), on random candidates and on candidates made from the pattern itself,
        // with / as separator (paths) and with . (class names).
        Random random = new Random(20261203L);
        int compared = 0;
        int matched = 0;
        int largeMatched = 0;
        for (char separator : new char[] {'/', '.'}) {
            String other = separator == '/' ? "." : "/";
            String patternAlphabet = "ab" + separator + other + "*?\u00e9";
            String candidateAlphabet = "ab" + separator + other + "\u00e9";
            for (int p = 0; p < 3000; p++) {
                StringBuilder pattern = new StringBuilder();
                int length = 1 + random.nextInt(p % 10 == 0 ? 90 : 9);
                for (int i = 0; i < length; i++) {
                    pattern.append(patternAlphabet.charAt(random.nextInt(patternAlphabet.length())));
                }
                String text = pattern.toString();
                Glob glob = separator == '/' ? Glob.ofPath(text) : Glob.ofClassName(text);
                Pattern reference = Pattern.compile(regex(text, separator), Pattern.DOTALL);
                for (int c = 0; c < 40; c++) {
                    String candidate = c % 2 == 0 ? random(random, candidateAlphabet, random.nextInt(12))
                            : instance(random, text, separator, candidateAlphabet);
                    boolean expected = reference.matcher(candidate).matches();
                    assertThat(glob.matches(candidate)).as(text + " on " + candidate).isEqualTo(expected);
                    compared++;
                    matched += expected ? 1 : 0;
                    largeMatched += expected && length >= 64 ? 1 : 0;
                }
            }
        }
        assertThat(compared).isEqualTo(240_000);
        // Enough of both outcomes, on both automata, for the comparison to mean something.
        assertThat(matched).isBetween(20_000, 220_000);
        assertThat(largeMatched).isGreaterThan(1_000);
    }

    private static String random(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    /** A candidate the pattern matches, mostly: each wildcard replaced by what it may stand for, now and then not. */
    private static String instance(Random random, String glob, char separator, String alphabet) {
        String withinSegment = alphabet.replace(String.valueOf(separator), "");
        StringBuilder candidate = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean segments = i + 2 < glob.length() && glob.charAt(i + 2) == separator;
                String any = random(random, alphabet, random.nextInt(4));
                candidate.append(segments ? (random.nextBoolean() ? "" : any + separator) : any);
                i += segments ? 3 : 2;
            } else {
                candidate.append(c == '*' ? random(random, withinSegment, random.nextInt(3))
                        : c == '?' ? random(random, random.nextInt(20) == 0 ? alphabet : withinSegment, 1)
                        : String.valueOf(c));
                i++;
            }
        }
        return candidate.toString();
    }

    /** The pattern as the regular expression it means, with {@code separator} between segments. */
    private static String regex(String glob, char separator) {
        String notSeparator = "[^" + separator + "]";
        String quotedSeparator = Pattern.quote(String.valueOf(separator));
        StringBuilder regex = new StringBuilder();
        int i = 0;
        while (i < glob.length()) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                boolean segments = i + 2 < glob.length() && glob.charAt(i + 2) == separator;
                regex.append(segments ? "(?:.*" + quotedSeparator + ")?" : ".*");
                i += segments ? 3 : 2;
            } else {
                regex.append(c == '*' ? notSeparator + "*" : c == '?' ? notSeparator : Pattern.quote(String.valueOf(c)));
                i++;
            }
        }
        return regex.toString();
    }
}

package dev.readiness.bench;

import dev.readiness.core.Glob;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link Glob} (an automaton simulated over the pattern's tokens) against the backtracking regular expressions it
 * replaced, on the side-by-side benchmark's globs and names: the module's files as {@code bench/Generate.java} lays
 * them out (2,200 generated classes in 40 packages, their tests, resources and samples) under the default
 * {@code structure.forbidden-files} patterns and two sample globs, and its class names under {@code coverage.core}'s
 * {@code gen.p0.**}. Needs no generated product: the names are made here, as Generate makes them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GlobMatching {

    static final List<String> FILE_GLOBS = List.of("**/*.ipynb", "**/.ipynb_checkpoints/**", "**/*.pyc",
            "**/__pycache__/**", "**/.DS_Store");
    static final List<String> SAMPLE_GLOBS = List.of("src/test/resources/samples/request-*.json",
            "src/test/resources/samples/bad-request-*.json");
    static final String CLASS_GLOB = "gen.p0.**";

    private List<String> files;
    private List<String> classes;
    private List<Glob> fileGlobs;
    private List<Glob> sampleGlobs;
    private Glob classGlob;
    private List<Pattern> fileRegexes;
    private List<Pattern> sampleRegexes;
    private Pattern classRegex;

    @Setup
    public void setUp() {
        files = new ArrayList<>();
        classes = new ArrayList<>();
        for (int c = 0; c < 2_200; c++) {
            String pkg = "gen.p" + (c % 40);
            files.add("src/main/java/" + pkg.replace('.', '/') + "/C" + c + ".java");
            classes.add(pkg + ".C" + c);
        }
        files.add("src/test/java/gen/AllClassesTest.java");
        for (int s = 0; s < 50; s++) {
            files.add("src/test/resources/samples/request-" + s + ".json");
            files.add("src/test/resources/samples/bad-request-" + s + ".json");
        }
        files.addAll(List.of("pom.xml", "readiness.json", "README.md", "src/main/resources/application.properties"));
        fileGlobs = FILE_GLOBS.stream().map(Glob::ofPath).toList();
        sampleGlobs = SAMPLE_GLOBS.stream().map(Glob::ofPath).toList();
        classGlob = Glob.ofClassName(CLASS_GLOB);
        fileRegexes = FILE_GLOBS.stream().map(g -> Pattern.compile(regexOf(g, '/'))).toList();
        sampleRegexes = SAMPLE_GLOBS.stream().map(g -> Pattern.compile(regexOf(g, '/'))).toList();
        classRegex = Pattern.compile(regexOf(CLASS_GLOB, '.'));
    }

    @Benchmark
    public int fileGlobsAutomaton() {
        int matched = 0;
        for (String file : files) {
            for (Glob glob : fileGlobs) {
                matched += glob.matches(file) ? 1 : 0;
            }
        }
        return matched;
    }

    @Benchmark
    public int fileGlobsRegex() {
        int matched = 0;
        for (String file : files) {
            for (Pattern regex : fileRegexes) {
                matched += regex.matcher(file).matches() ? 1 : 0;
            }
        }
        return matched;
    }

    @Benchmark
    public int sampleGlobsAutomaton() {
        int matched = 0;
        for (String file : files) {
            for (Glob glob : sampleGlobs) {
                matched += glob.matches(file) ? 1 : 0;
            }
        }
        return matched;
    }

    @Benchmark
    public int sampleGlobsRegex() {
        int matched = 0;
        for (String file : files) {
            for (Pattern regex : sampleRegexes) {
                matched += regex.matcher(file).matches() ? 1 : 0;
            }
        }
        return matched;
    }

    @Benchmark
    public int classGlobAutomaton() {
        int matched = 0;
        for (String name : classes) {
            matched += classGlob.matches(name) ? 1 : 0;
        }
        return matched;
    }

    @Benchmark
    public int classGlobRegex() {
        int matched = 0;
        for (String name : classes) {
            matched += classRegex.matcher(name).matches() ? 1 : 0;
        }
        return matched;
    }

    /** The translation to a regular expression that {@code Glob} used before it became an automaton. */
    static String regexOf(String glob, char separator) {
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

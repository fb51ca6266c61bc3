package dev.readiness.facts;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

/**
 * What a JaCoCo XML report says: the report's line and branch counters and each class's, as {@code readers.JacocoReports}
 * counters and per-line source data, most of a large report, are skipped.
 *
 * @param report the report file
 * @param line the report's line counter
 * @param branch the report's branch counter
 * @param classes every class in the report, in report order
 */
public record Coverage(Path report, Counter line, Counter branch, List<ClassCoverage> classes) {

    /** Where jacoco:report writes the XML report, relative to the module. */
    public static final String DEFAULT_REPORT = "target/site/jacoco/jacoco.xml";

    public Coverage {
        classes = List.copyOf(classes);
    }

    /**
     * A JaCoCo counter: how many lines (or branches) the tests missed and covered.
     */
    public record Counter(long missed, long covered) {

        public static final Counter EMPTY = new Counter(0, 0);

        public Counter {
            if (missed < 0 || covered < 0) {
                throw new IllegalArgumentException("counter values must not be negative");
            }
        }

        public long total() {
            return missed + covered;
        }

        /** The covered ratio; empty when there is nothing to cover (a class without branches has no branch ratio). */
        public OptionalDouble ratio() {
            return total() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) covered / total());
        }
    }

    /**
     * One class of the report.
     *
     * @param name the qualified class name, {@code com.acme.Foo} or {@code com.acme.Foo$Inner}
     * @param sourceFile the source file relative to its source root, {@code com/acme/Foo.java}; empty when unknown
     */
    public record ClassCoverage(String name, String sourceFile, Counter line, Counter branch) {
    }
}

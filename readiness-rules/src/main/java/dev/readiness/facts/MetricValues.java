package dev.readiness.facts;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Measured metrics by name, read from the files {@code metrics.files} names.
 *
 * <p>A file is either a JSON object of numbers, nested objects contributing {@code outer.inner} names, or JMH's JSON
 * result array: each benchmark contributes {@code benchmark} (its {@code primaryMetric.score}), with its parameters
 * appended as {@code benchmark[size=10]} when it has any, and each secondary metric as
 * {@code benchmark:·gc.alloc.rate} as JMH's own output names it. Leaves that are not numbers are ignored.
 *
 * @param values metric name to value, sorted by name
 * @param sources metric name to the file it was read from
 */
public record MetricValues(SortedMap<String, Double> values, Map<String, Path> sources) {

    public MetricValues {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        sources = Map.copyOf(sources);
    }

    public Optional<Double> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    /** A value as people write it: {@code 0.91}, {@code 50}, not {@code 50.0} or {@code 0.91000000001}. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Double.toString(value);
        }
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** The file a metric was read from. */
    public Optional<Path> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }
}

package dev.readiness.readers;

import dev.readiness.core.JsonText;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.Evidence;
import dev.readiness.core.GeneratedFile;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.Location;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.MetricValues;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The performance baseline, {@code readiness-baseline.json}: the metrics as last recorded by
 * {@code mvn readiness:baseline}, which {@code performance.baseline} compares the current metrics against.
 *
 * <pre>{@code
 * {
 *   "baselineVersion": 1,
 *   "recorded": "2025-06-30",
 *   "metrics": {
 *     "auc": 0.91,
 *     "p99LatencyMs": 42.0
 *   }
 * }
 * }</pre>
 *
 * Metrics are written sorted by name with {@code \n} line ends, so that the file is the same on every machine and its
 * diffs in version control show only what changed.
 */
public final class BaselineFile {

    public static final int FORMAT_VERSION = 1;


    private final Path file;

    public BaselineFile(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    public Path file() {
        return file;
    }

    /** Whether anything is at the path: a directory or a device there is an error to report, not "no baseline yet". */
    public boolean exists() {
        return Files.exists(file);
    }

    /** The recorded metrics and the day they were recorded. */
    public record Baseline(LocalDate recorded, SortedMap<String, Double> metrics) {
        public Baseline {
            metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
        }

        /** A baseline of the current metrics, recorded today. */
        public static Baseline of(MetricValues current, LocalDate today) {
            return new Baseline(today, current.values());
        }
    }

    /** One difference between two baselines; {@code toString()} is the line to print. */
    public record Change(String metric, Optional<Double> before, Optional<Double> after) {
        @Override
        public String toString() {
            if (before.isEmpty()) {
                return "added " + metric + " = " + MetricValues.format(after.orElseThrow());
            }
            if (after.isEmpty()) {
                return "removed " + metric + " (was " + MetricValues.format(before.get()) + ")";
            }
            return "changed " + metric + ": " + MetricValues.format(before.get()) + " -> " + MetricValues.format(after.get())
                    + " (" + percent(relativeChange(before.get(), after.get())) + ")";
        }
    }

    /** The baseline; missing when the file is absent, not JSON or not in this format. */
    public Evidence<Baseline> read() {
        if (!exists()) {
            return Evidence.missing("no baseline recorded at " + file, "run mvn readiness:baseline", Location.of(file));
        }
        String fix = "record it again with mvn readiness:baseline";
        Evidence<JsonFile> json = JsonFiles.readGenerated(file, "baselineVersion", FORMAT_VERSION, "baseline",
                "{\"baselineVersion\": 1, \"recorded\": ..., \"metrics\": {...}}", fix);
        if (!json.isPresent()) {
            return json.asMissing();
        }
        JsonFile parsed = json.value();
        JsonNode tree = parsed.tree();
        LocalDate recorded;
        try {
            recorded = LocalDate.parse(tree.path("recorded").asText(""));
        } catch (DateTimeParseException e) {
            return Evidence.missing(file + ": \"recorded\" must be a date YYYY-MM-DD", fix, parsed.locate("/recorded"));
        }
        JsonNode metrics = tree.path("metrics");
        if (!metrics.isObject()) {
            return Evidence.missing(file + ": \"metrics\" must be an object of numbers", fix, parsed.locate("/metrics"));
        }
        SortedMap<String, Double> values = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = metrics.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> metric = fields.next();
            if (!metric.getValue().isNumber() || !Double.isFinite(metric.getValue().doubleValue())) {
                return Evidence.missing(file + ": the metric \"" + metric.getKey() + "\" is not a number", fix,
                        parsed.locate("/metrics/" + JsonLocations.escape(metric.getKey())));
            }
            values.put(metric.getKey(), metric.getValue().doubleValue());
        }
        return Evidence.of(new Baseline(recorded, values));
    }

    /**
     * Records the current metrics as the baseline and returns what changed against the file as it was. When no
     * metric changed, the file is left as it is (keeping its date) and the list is empty.
     *
     * @throws InvalidInputException when the existing file is not a baseline, rather than silently replacing it
     * @throws IOException when the file cannot be written
     */
    public List<Change> record(MetricValues current, LocalDate today) throws IOException {
        Optional<Baseline> previous = Optional.empty();
        if (exists()) {
            Evidence<Baseline> existing = read();
            if (existing instanceof Evidence.Missing<Baseline> missing) {
                throw new InvalidInputException(missing.location().orElse(Location.of(file)), missing.reason(),
                        "correct or delete " + file.getFileName() + ", then run mvn readiness:baseline again");
            }
            previous = Optional.of(existing.value());
        }
        Baseline next = Baseline.of(current, today);
        List<Change> changes = diff(previous, next);
        if (previous.isEmpty() || !changes.isEmpty()) {
            write(next);
        }
        return changes;
    }

    /** Added, removed and changed metrics, by name. Everything is added when there was no baseline. */
    public static List<Change> diff(Optional<Baseline> before, Baseline after) {
        SortedMap<String, Double> old = before.map(Baseline::metrics).orElse(Collections.emptySortedMap());
        List<Change> changes = new ArrayList<>();
        TreeSet<String> names = new TreeSet<>(old.keySet());
        names.addAll(after.metrics().keySet());
        for (String name : names) {
            Optional<Double> was = Optional.ofNullable(old.get(name));
            Optional<Double> now = Optional.ofNullable(after.metrics().get(name));
            if (!was.equals(now)) {
                changes.add(new Change(name, was, now));
            }
        }
        return List.copyOf(changes);
    }

    /** Writes a baseline atomically: an interrupted run leaves the old file or the new one, never half of one. */
    public void write(Baseline baseline) throws IOException {
        GeneratedFile.write(file, render(baseline).getBytes(StandardCharsets.UTF_8));
    }

    static String render(Baseline baseline) {
        ObjectNode root = dev.readiness.core.JsonTrees.NODES.objectNode();
        root.put("baselineVersion", FORMAT_VERSION);
        root.put("recorded", baseline.recorded().toString());
        ObjectNode metrics = root.putObject("metrics");
        baseline.metrics().forEach(metrics::put);
        return JsonText.pretty(root);
    }

    /** {@code (after - before) / |before|}; infinite when {@code before} is 0 and the value changed. */
    public static double relativeChange(double before, double after) {
        if (before == after) {
            return 0;
        }
        if (before == 0) {
            return after > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        return (after - before) / Math.abs(before);
    }

    /** A relative change as a signed percentage, {@code -5.5%}. */
    public static String percent(double ratio) {
        if (Double.isInfinite(ratio)) {
            return ratio > 0 ? "up from 0" : "down from 0";
        }
        return String.format(Locale.ROOT, "%+.1f%%", ratio * 100);
    }
}

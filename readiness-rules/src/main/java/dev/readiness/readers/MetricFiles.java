package dev.readiness.readers;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.core.Evidence;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.JsonLocations;
import dev.readiness.core.Location;
import dev.readiness.facts.JsonFile;
import dev.readiness.facts.MetricValues;
import dev.readiness.facts.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads the metrics files {@code metrics.files} names into {@link MetricValues}.
 *
 * <p>A file is either a JSON object of numbers, nested objects contributing {@code outer.inner} names, or JMH's JSON
 * result array: each benchmark contributes {@code benchmark} (its {@code primaryMetric.score}), with its parameters
 * appended as {@code benchmark[size=10]} when it has any, and each secondary metric as
 * {@code benchmark:·gc.alloc.rate} as JMH's own output names it. Leaves that are not numbers are ignored.
 */
public final class MetricFiles {

    private MetricFiles() {
    }

    /**
     * Reads metrics files named relative to the module. Missing evidence when a list is empty, a file is missing or
     * not JSON, two files define the same metric, or a path leaves the repository.
     */
    public static Evidence<MetricValues> read(Workspace workspace, List<String> files) {
        if (files.isEmpty()) {
            return Evidence.missing("the contract names no metrics files (metrics.files)",
                    "add \"metrics\": {\"files\": [\"target/metrics.json\"]} naming the files your build writes its metrics to");
        }
        SortedMap<String, Double> values = new TreeMap<>();
        Map<String, Path> sources = new HashMap<>();
        for (String name : files) {
            Path file;
            try {
                file = workspace.resolve(name, "metrics file", null);
            } catch (InvalidInputException e) {
                return Evidence.unreadable(e);
            }
            if (java.nio.file.Files.isDirectory(file)) {
                return Evidence.missing("the metrics file " + file + " is a directory, not a file",
                        "name the JSON file the build writes its metrics to in metrics.files", Location.of(file));
            }
            if (!workspace.isFile(file)) {
                return Evidence.missing("the metrics file " + file + " does not exist",
                        "run the build step that writes it before the check (e.g. the benchmark or evaluation run), "
                                + "or correct metrics.files", Location.of(file));
            }
            Evidence<JsonFile> json = JsonFiles.read(workspace, file);
            if (!json.isPresent()) {
                return json.asMissing();
            }
            Map<String, Double> read = new LinkedHashMap<>();
            JsonNode tree = json.value().tree();
            if (tree.isObject()) {
                flatten("", tree, read);
            } else if (tree.isArray() && isJmh(tree)) {
                jmh(tree, read);
            } else {
                return Evidence.missing(file + " holds neither a JSON object of metrics nor JMH's JSON results",
                        "write {\"auc\": 0.91, \"latency\": {\"p99Ms\": 42}} or JMH's output of -rf json",
                        Location.of(file, 1));
            }
            for (Map.Entry<String, Double> metric : read.entrySet()) {
                if (!Double.isFinite(metric.getValue())) {
                    // 1e999 parses as infinity: no threshold can judge it, and a baseline could not record it.
                    return Evidence.missing("the metric " + metric.getKey() + " in " + file
                                    + " is beyond the range of a number (" + metric.getValue() + ")",
                            "write the measured value as a finite number", json.value().locate(pointerOf(tree, metric.getKey())));
                }
                Path earlier = sources.putIfAbsent(metric.getKey(), file);
                if (earlier != null) {
                    return Evidence.missing("the metric " + metric.getKey() + " is in both " + earlier + " and " + file,
                            "write each metric to one file, or name only one of them in metrics.files",
                            Location.of(file));
                }
                values.put(metric.getKey(), metric.getValue());
            }
        }
        return Evidence.of(new MetricValues(values, sources));
    }

    /** The JSON Pointer of a flattened metric of a plain object ({@code latency.p99} to {@code /latency/p99}); JMH: the top. */
    private static String pointerOf(JsonNode tree, String name) {
        if (!tree.isObject()) {
            return "";
        }
        if (tree.has(name)) {
            return "/" + JsonLocations.escape(name);
        }
        int dot = name.indexOf('.');
        while (dot > 0) {
            String head = name.substring(0, dot);
            if (tree.path(head).isObject()) {
                String rest = pointerOf(tree.get(head), name.substring(dot + 1));
                if (!rest.isEmpty()) {
                    return "/" + JsonLocations.escape(head) + rest;
                }
            }
            dot = name.indexOf('.', dot + 1);
        }
        return "";
    }

    private static void flatten(String prefix, JsonNode object, Map<String, Double> into) {
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            if (value.isNumber()) {
                into.put(name, value.doubleValue());
            } else if (value.isObject()) {
                flatten(name + ".", value, into);
            }
        }
    }

    private static boolean isJmh(JsonNode array) {
        for (JsonNode run : array) {
            if (!run.isObject() || !run.path("benchmark").isTextual() || !run.has("primaryMetric")) {
                return false;
            }
        }
        return true;
    }

    private static void jmh(JsonNode runs, Map<String, Double> into) {
        // The same benchmark measured in several modes (thrpt and avgt) would collide; its names then carry the mode.
        Map<String, Integer> runsPerName = new HashMap<>();
        for (JsonNode run : runs) {
            String name = jmhName(run, false);
            Integer before = runsPerName.get(name);
            runsPerName.put(name, before == null ? 1 : before + 1);
        }
        for (JsonNode run : runs) {
            String name = jmhName(run, runsPerName.get(jmhName(run, false)) > 1);
            JsonNode score = run.path("primaryMetric").path("score");
            if (score.isNumber()) {
                into.put(name, score.doubleValue());
            }
            Iterator<Map.Entry<String, JsonNode>> secondary = run.path("secondaryMetrics").fields();
            while (secondary.hasNext()) {
                Map.Entry<String, JsonNode> metric = secondary.next();
                JsonNode secondaryScore = metric.getValue().path("score");
                if (secondaryScore.isNumber()) {
                    into.put(name + ":" + metric.getKey(), secondaryScore.doubleValue());
                }
            }
        }
    }

    private static String jmhName(JsonNode run, boolean withMode) {
        StringBuilder name = new StringBuilder(run.path("benchmark").asText());
        if (withMode && run.path("mode").isTextual()) {
            name.append(':').append(run.path("mode").asText());
        }
        JsonNode params = run.path("params");
        if (params.isObject() && !params.isEmpty()) {
            SortedMap<String, String> sorted = new TreeMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = params.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> param = fields.next();
                sorted.put(param.getKey(), param.getValue().asText());
            }
            StringBuilder list = new StringBuilder();
            for (Map.Entry<String, String> param : sorted.entrySet()) {
                list.append(list.length() == 0 ? "" : ",").append(param.getKey()).append('=').append(param.getValue());
            }
            name.append('[').append(list).append(']');
        }
        return name.toString();
    }
}

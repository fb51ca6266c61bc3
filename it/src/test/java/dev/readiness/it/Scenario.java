package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scenario's expectations, from its {@code scenario.json}:
 * <pre>
 * {
 *   "goals": ["verify"],                       // what to run (default: verify)
 *   "properties": {"readiness.gate": "release"},
 *   "build": "FAIL",                            // or "SUCCESS"
 *   "statuses": {"ownership.owners": "FAIL"},   // rules with a status other than "others"
 *   "others": "PASS",                           // the status every other rule must have
 *   "findings": {"ownership.owners": ["owners.oncall is a placeholder"]},  // substrings of finding messages
 *   "locations": {"ownership.owners": ["readiness.json:5"]},               // file:line of findings
 *   "log": ["expected text"], "logLacks": ["unexpected text"],
 *   "reportsLack": ["text no report file may contain"],       // a secret, say
 *   "logOnce": ["Readiness summary:"],                       // text the log has exactly once
 *   "before": [{"dir": "platform", "goals": ["install"]}],   // builds that must succeed first
 *   "projectDir": "app",                                      // where the scenario's own build runs
 *   "extends": ["../shared/base-contract.json"],              // the report's contract chain below the project's
 *   "env": {"GITHUB_STEP_SUMMARY": "step-summary.md"},         // environment variables; values are paths in the project
 *   "files": {"readiness.json": ["\"science\": \"TODO\""]},      // files in the project that exist and hold these texts
 *   "noFiles": ["readiness.json.bak"],                        // files that must not exist
 *   "unchanged": ["readiness.json"],                          // files identical to the scenario's own copy
 *   "junitFailures": ["ownership.owners"],                    // exactly the testcases of TEST-readiness.xml with a failure
 *   "sarifResults": {"ownership.owners": ["readiness.json:7"]},  // results of readiness.sarif: rule to file:line
 *   "markdownRows": {"ownership.owners": "FAIL"}             // rows of summary.md's table: rule to status
 * }
 * </pre>
 * Every rule in the report is checked: a missing and an unexpected status both fail.
 */
record Scenario(List<String> goals, Map<String, String> properties, boolean expectSuccess, Map<String, String> statuses,
        Optional<String> others, Map<String, List<String>> findings, Map<String, List<String>> locations,
        List<String> logContains, List<String> logLacks, List<String> reportsLack, String reportPath,
        Optional<String> projectDir, List<Step> before, List<String> logOnce, Optional<List<String>> contractExtends,
        Map<String, String> env, ReportExpectations files) {

    /** A build run before the scenario's own, e.g. installing a parent POM and a policy jar. */
    record Step(String dir, List<String> goals) {
    }

    static final String FILE = "scenario.json";

    static Scenario read(Path folder) throws IOException {
        JsonNode json = new ObjectMapper().readTree(folder.resolve(FILE).toFile());
        List<String> goals = strings(json.path("goals"));
        return new Scenario(goals.isEmpty() ? List.of("verify") : goals, map(json.path("properties")),
                !"FAIL".equals(json.path("build").asText("SUCCESS")), map(json.path("statuses")),
                Optional.ofNullable(json.path("others").textValue()), lists(json.path("findings")),
                lists(json.path("locations")), strings(json.path("log")), strings(json.path("logLacks")),
                strings(json.path("reportsLack")),
                json.path("report").asText("target/readiness/report.json"),
                Optional.ofNullable(json.path("projectDir").textValue()), steps(json.path("before")),
                strings(json.path("logOnce")),
                json.has("extends") ? Optional.of(strings(json.path("extends"))) : Optional.empty(),
                map(json.path("env")), ReportExpectations.read(json));
    }

    private static List<Step> steps(JsonNode node) {
        List<Step> steps = new ArrayList<>();
        node.forEach(step -> steps.add(new Step(step.path("dir").asText("."), strings(step.path("goals")))));
        return steps;
    }

    void verify(JsonNode report, String context) {
        Map<String, String> actual = new LinkedHashMap<>();
        report.path("results").forEach(r -> actual.put(r.path("rule").asText(), r.path("status").asText()));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String rule : actual.keySet()) {
            String status = statuses.containsKey(rule) ? statuses.get(rule) : others.orElse("(not listed)");
            expected.put(rule, status);
        }
        statuses.forEach(expected::putIfAbsent);
        assertThat(actual).as("rule statuses%s\nreport: %s", context, report.toPrettyString()).isEqualTo(expected);
        contractExtends.ifPresent(chain -> assertThat(strings(report.path("contract").path("extends")))
                .as("contracts extended%s", context).isEqualTo(chain));
        findings.forEach((rule, substrings) -> {
            List<String> messages = new ArrayList<>();
            resultOf(report, rule).path("findings").forEach(f -> messages.add(f.path("message").asText()));
            for (String substring : substrings) {
                assertThat(messages).as("findings of %s%s", rule, context).anyMatch(m -> m.contains(substring));
            }
        });
        locations.forEach((rule, places) -> {
            List<String> actualPlaces = new ArrayList<>();
            resultOf(report, rule).path("findings").forEach(f -> {
                JsonNode location = f.path("location");
                if (location.isObject()) {
                    actualPlaces.add(location.path("file").asText()
                            + (location.path("line").isNumber() ? ":" + location.path("line").asInt() : ""));
                }
            });
            assertThat(actualPlaces).as("finding locations of %s%s", rule, context).containsAll(places);
        });
    }

    private static JsonNode resultOf(JsonNode report, String rule) {
        for (JsonNode result : report.path("results")) {
            if (rule.equals(result.path("rule").asText())) {
                return result;
            }
        }
        throw new AssertionError("no result for rule " + rule + " in " + report.toPrettyString());
    }

    static List<String> strings(JsonNode node) {
        List<String> values = new ArrayList<>();
        node.forEach(n -> values.add(n.asText()));
        return values;
    }

    static Map<String, String> map(JsonNode node) {
        Map<String, String> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue().asText()));
        return values;
    }

    static Map<String, List<String>> lists(JsonNode node) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), strings(e.getValue())));
        return values;
    }
}

package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A scenario's expectations of files: the project's files after the build ({@code files}, {@code noFiles},
 * {@code unchanged}) and the CI reports, parsed rather than searched: the failures of {@code TEST-readiness.xml}, the
 * results and locations of {@code readiness.sarif}, the table rows of {@code summary.md}.
 */
record ReportExpectations(Map<String, List<String>> files, List<String> noFiles, List<String> unchanged,
        List<String> junitFailures, boolean junitChecked, Map<String, List<String>> sarifResults,
        Map<String, Map<String, List<String>>> moduleSarifResults, Map<String, String> markdownRows) {

    private static final String REPORTS = "target/readiness/";
    private static final ObjectMapper JSON = new ObjectMapper();

    static ReportExpectations read(JsonNode scenario) {
        return new ReportExpectations(Scenario.lists(scenario.path("files")), Scenario.strings(scenario.path("noFiles")),
                Scenario.strings(scenario.path("unchanged")), Scenario.strings(scenario.path("junitFailures")),
                scenario.has("junitFailures"), Scenario.lists(scenario.path("sarifResults")),
                moduleLists(scenario.path("moduleSarifResults")), Scenario.map(scenario.path("markdownRows")));
    }

    private static Map<String, Map<String, List<String>>> moduleLists(JsonNode node) {
        Map<String, Map<String, List<String>>> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> values.put(e.getKey(), Scenario.lists(e.getValue())));
        return values;
    }

    /**
     * @param sourceDir the scenario's own copy of the project
     * @param projectDir where it was built
     */
    void verify(Path sourceDir, Path projectDir, String context) throws Exception {
        for (Map.Entry<String, List<String>> file : files.entrySet()) {
            Path path = projectDir.resolve(file.getKey());
            assertThat(path).as("%s in %s", file.getKey(), context).isRegularFile();
            String content = Files.readString(path, StandardCharsets.UTF_8);
            for (String expected : file.getValue()) {
                assertThat(content).as("%s in %s", file.getKey(), context).contains(expected);
            }
        }
        for (String file : noFiles) {
            assertThat(projectDir.resolve(file)).as("%s in %s", file, context).doesNotExist();
        }
        for (String file : unchanged) {
            assertThat(projectDir.resolve(file)).as("%s in %s", file, context).hasSameBinaryContentAs(sourceDir.resolve(file));
        }
        if (junitChecked) {
            assertThat(new TreeSet<>(junitFailures(projectDir.resolve(REPORTS + "TEST-readiness.xml"))))
                    .as("testcases with a <failure> in TEST-readiness.xml of %s", context)
                    .isEqualTo(new TreeSet<>(junitFailures));
        }
        if (!sarifResults.isEmpty()) {
            verifySarif(projectDir.resolve(REPORTS + "readiness.sarif"), sarifResults, context);
        }
        for (Map.Entry<String, Map<String, List<String>>> module : moduleSarifResults.entrySet()) {
            verifySarif(projectDir.resolve(module.getKey()).resolve(REPORTS + "readiness.sarif"), module.getValue(),
                    context + ", module " + module.getKey());
        }
        if (!markdownRows.isEmpty()) {
            Map<String, String> rows = markdownRows(projectDir.resolve(REPORTS + "summary.md"));
            markdownRows.forEach((rule, status) -> assertThat(rows.get(rule))
                    .as("status of %s in summary.md's table of %s; rows: %s", rule, context, rows).isEqualTo(status));
        }
    }

    private static void verifySarif(Path file, Map<String, List<String>> expected, String context) throws IOException {
        Map<String, List<String>> actual = sarifLocations(file);
        expected.forEach((rule, places) -> assertThat(actual.getOrDefault(rule, List.of()))
                .as("locations of %s's results in %s of %s; all results: %s", rule, file.getFileName(), context, actual)
                .containsAll(places).isNotEmpty());
    }

    /** The names of the testcases that have a {@code <failure>}; DTDs and external entities are refused. */
    static List<String> junitFailures(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // Errors as exceptions only: without a handler the JDK's parser also prints each one to standard error.
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        NodeList cases = builder.parse(file.toFile()).getElementsByTagName("testcase");
        List<String> failed = new ArrayList<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testcase = (Element) cases.item(i);
            if (testcase.getElementsByTagName("failure").getLength() > 0) {
                failed.add(testcase.getAttribute("name"));
            }
        }
        return failed;
    }

    /**
     * Each rule's results as {@code uri:line} (or {@code uri}), followed by {@code " (suppressed)"} for a result with a
     * suppression (a waived finding); a result without a physical location fails here. A URI with a base id must use
     * the one the run declares.
     */
    static Map<String, List<String>> sarifLocations(Path file) throws IOException {
        JsonNode sarif = JSON.readTree(file.toFile());
        assertThat(sarif.path("version").asText()).as("SARIF version of %s", file).isEqualTo("2.1.0");
        Map<String, List<String>> locations = new LinkedHashMap<>();
        for (JsonNode result : sarif.at("/runs/0/results")) {
            JsonNode physical = result.at("/locations/0/physicalLocation");
            assertThat(physical.at("/artifactLocation/uri").isTextual())
                    .as("a physical location for %s in %s", result, file).isTrue();
            JsonNode base = physical.at("/artifactLocation/uriBaseId");
            if (base.isTextual()) {
                assertThat(sarif.at("/runs/0/originalUriBaseIds").has(base.asText()))
                        .as("the run declares the base id of %s in %s", result, file).isTrue();
            }
            JsonNode line = physical.at("/region/startLine");
            boolean suppressed = result.path("suppressions").size() > 0;
            locations.computeIfAbsent(result.path("ruleId").asText(), r -> new ArrayList<>())
                    .add(physical.at("/artifactLocation/uri").asText() + (line.isInt() ? ":" + line.asInt() : "")
                            + (suppressed ? " (suppressed)" : ""));
        }
        return locations;
    }

    /** The rule and status cells of summary.md's table. */
    static Map<String, String> markdownRows(Path file) throws IOException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("| `")) {
                String[] cells = line.split("(?<!\\\\)\\|");
                rows.put(cells[1].trim().replace("`", ""), cells[2].trim());
            }
        }
        return rows;
    }
}

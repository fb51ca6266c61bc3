package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * One real Maven build per folder under {@code scenarios/}: the folder is copied, built with the Maven running this
 * build and the plugin under test, and its build outcome and {@code target/readiness/report.json} are compared with
 * the folder's {@code scenario.json}.
 */
class ScenarioIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Scenario builds run side by side; each is a Maven JVM that mostly waits on one core. */
    private static final int PARALLEL_BUILDS = Integer.getInteger("it.parallel", 2);

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        assumeTrue(Boolean.parseBoolean(System.getProperty("it.run", "true")), "it.maven3=false: this run is left out");
        Path scenarios = Path.of(System.getProperty("it.scenarioDir"));
        Set<String> only = Arrays.stream(System.getProperty("it.scenarios", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        List<Path> folders;
        try (Stream<Path> list = Files.list(scenarios)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve(Scenario.FILE)))
                    .filter(p -> only.isEmpty() || only.contains(p.getFileName().toString()))
                    .filter(ScenarioIT::runsOnThisMavenLine)
                    .sorted().toList();
        }
        assertThat(folders).as("scenarios under %s", scenarios).isNotEmpty();
        MavenRun.copyShared(scenarios);
        // Builds start at once, a few at a time; each test waits for its own build, then checks it.
        ExecutorService builds = Executors.newFixedThreadPool(PARALLEL_BUILDS);
        Map<Path, Future<BuildResult>> results = new LinkedHashMap<>();
        for (Path folder : folders) {
            results.put(folder, builds.submit(() -> MavenRun.of(folder, Scenario.read(folder)).execute()));
        }
        builds.shutdown();
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(),
                () -> check(folder, results.get(folder).get())));
    }

    /** Whether the scenario's {@code "mavenLines"} (all lines when absent) has the line this run uses. */
    private static boolean runsOnThisMavenLine(Path folder) {
        try {
            JsonNode lines = JSON.readTree(folder.resolve(Scenario.FILE).toFile()).path("mavenLines");
            if (!lines.isArray()) {
                return true;
            }
            String line = System.getProperty("it.mavenLine", "3");
            for (JsonNode each : lines) {
                if (each.asText().equals(line)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void check(Path folder, BuildResult result) throws Exception {
        Scenario scenario = Scenario.read(folder);
        String context = "\n--- build log (" + result.log() + ") ---\n" + result.tail(60);

        assertThat(result.succeeded()).as("build outcome of %s%s", folder.getFileName(), context)
                .isEqualTo(scenario.expectSuccess());
        for (String expected : scenario.logContains()) {
            assertThat(result.output()).as("log of %s%s", folder.getFileName(), context).contains(expected);
        }
        for (String once : scenario.logOnce()) {
            int count = result.output().split(java.util.regex.Pattern.quote(once), -1).length - 1;
            assertThat(count).as("times the log of %s has \"%s\"%s", folder.getFileName(), once, context).isEqualTo(1);
        }
        for (String unexpected : scenario.logLacks()) {
            assertThat(result.output()).as("log of %s%s", folder.getFileName(), context).doesNotContain(unexpected);
        }
        Path reports = result.projectDir().resolve("target/readiness");
        if (!scenario.reportsLack().isEmpty() && Files.isDirectory(reports)) {
            try (Stream<Path> files = Files.list(reports)) {
                for (Path file : files.toList()) {
                    String content = withoutTheContract(file);
                    for (String unexpected : scenario.reportsLack()) {
                        assertThat(content).as("%s of %s", file.getFileName(), folder.getFileName()).doesNotContain(unexpected);
                    }
                }
            }
        }
        scenario.files().verify(scenario.projectDir().map(folder::resolve).orElse(folder), result.projectDir(),
                folder.getFileName() + context);
        if (scenario.statuses().isEmpty() && scenario.others().isEmpty()) {
            return;
        }
        Path reportFile = result.projectDir().resolve(scenario.reportPath());
        assertThat(reportFile).as("report of %s%s", folder.getFileName(), context).exists();
        JsonNode report = JSON.readTree(reportFile.toFile());
        scenario.verify(report, context);
    }

    /**
     * A report file as written; the handoff manifest without the contract it records by design (the merged contract,
     * the owners, resources and failure modes taken from it), so that what the manifest read beside the contract
     * (schemas, samples, metrics, rule messages) is still held to {@code reportsLack}.
     */
    private static String withoutTheContract(Path file) throws IOException {
        String content = Files.readString(file);
        if (!file.getFileName().toString().equals("handoff.json")) {
            return content;
        }
        ObjectNode manifest = (ObjectNode) JSON.readTree(content);
        manifest.remove(List.of("contract", "owners", "resources", "failureModes"));
        return manifest.toString();
    }
}

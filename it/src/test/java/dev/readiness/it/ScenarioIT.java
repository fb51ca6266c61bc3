package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
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

    @TestFactory
    Stream<DynamicTest> scenarios() throws IOException {
        Path scenarios = Path.of(System.getProperty("it.scenarioDir"));
        Set<String> only = Arrays.stream(System.getProperty("it.scenarios", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        List<Path> folders;
        try (Stream<Path> list = Files.list(scenarios)) {
            folders = list.filter(p -> Files.isRegularFile(p.resolve(Scenario.FILE)))
                    .filter(p -> only.isEmpty() || only.contains(p.getFileName().toString()))
                    .sorted().toList();
        }
        assertThat(folders).as("scenarios under %s", scenarios).isNotEmpty();
        return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> run(folder)));
    }

    private static void run(Path folder) throws Exception {
        Scenario scenario = Scenario.read(folder);
        MavenRun build = MavenRun.of(folder, scenario);
        BuildResult result = build.execute();
        String context = "\n--- build log (" + result.log() + ") ---\n" + result.tail(60);

        assertThat(result.succeeded()).as("build outcome of %s%s", folder.getFileName(), context)
                .isEqualTo(scenario.expectSuccess());
        for (String expected : scenario.logContains()) {
            assertThat(result.output()).as("log of %s%s", folder.getFileName(), context).contains(expected);
        }
        for (String unexpected : scenario.logLacks()) {
            assertThat(result.output()).as("log of %s%s", folder.getFileName(), context).doesNotContain(unexpected);
        }
        Path reports = result.projectDir().resolve("target/readiness");
        if (!scenario.reportsLack().isEmpty() && Files.isDirectory(reports)) {
            try (Stream<Path> files = Files.list(reports)) {
                for (Path file : files.toList()) {
                    String content = Files.readString(file);
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
}

package dev.readiness.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A generated reactor of {@value #MODULES} modules, built once serially and once with {@code -T 4}: every module's
 * {@code report.json} and the reactor report are the same (durations aside), and the reactor summary is printed once.
 * The modules differ, so that a report mixed up between threads shows: some depend on a sibling, some hold a
 * notebook (FAIL), some a localhost URL (WARN), some their own contract with placeholder owners (FAIL).
 */
class ParallelReactorIT {

    private static final int MODULES = 20;
    private static final long TIMEOUT_MINUTES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_parallel_build_writes_the_same_reports_as_a_serial_build() throws Exception {
        assumeTrue(Boolean.parseBoolean(System.getProperty("it.run", "true")), "it.maven3=false: this run is left out");
        assumeTrue(Boolean.parseBoolean(System.getProperty("it.parallelReactor", "true")), "it.parallelReactor=false");
        Path work = Path.of(System.getProperty("it.workDir")).resolve("parallel-reactor");
        Path project = generate(work);

        String serialLog = build(project, work.resolve("serial.log"), List.of("clean", "verify"));
        Map<String, JsonNode> serial = reports(project);
        String parallelLog = build(project, work.resolve("parallel.log"), List.of("-T", "4", "clean", "verify"));
        Map<String, JsonNode> parallel = reports(project);

        // Each module's report, the root's (its contract serves it: the rules that read POMs check it) and the
        // reactor report.
        assertThat(serial).as("reports of the serial build").hasSize(MODULES + 2);
        assertThat(parallel.keySet()).isEqualTo(serial.keySet());
        serial.forEach((file, report) -> assertThat(parallel.get(file)).as("%s under -T 4", file).isEqualTo(report));
        assertThat(parallelLog).contains("Using the MultiThreadedBuilder implementation with a thread count of 4");
        for (String log : List.of(serialLog, parallelLog)) {
            assertThat(log.split("Readiness summary:", -1)).as("reactor summaries in the log").hasSize(2);
            assertThat(log).contains("Readiness verdict: FAIL (" + (MODULES + 1) + " modules checked, ");
        }
        // The reports differ between modules, so that one written for the wrong module would show above.
        assertThat(serial.get("m04/target/readiness/report.json").path("verdict").asText()).isEqualTo("FAIL");
        assertThat(serial.get("m01/target/readiness/report.json").path("verdict").asText()).isEqualTo("PASS");
        assertThat(serial.get("target/readiness/report.json").path("verdict").asText()).as("the root").isEqualTo("PASS");
    }

    /** Writes the reactor: a parent with {@value #MODULES} jar modules and one contract at the root. */
    private static Path generate(Path work) throws IOException {
        deleteTree(work);
        Path project = Files.createDirectories(work.resolve("reactor"));
        // A repository of its own, as in the scenarios: the enclosing checkout's .mvn must not be the root.
        Files.createDirectories(project.resolve(".mvn"));
        Path shared = Path.of(System.getProperty("it.scenarioDir")).resolve("shared");
        String version = System.getProperty("readiness.version");
        copy(shared.resolve("parent/pom.xml"), work.resolve("shared/parent/pom.xml"), version);
        copy(shared.resolve("base-contract.json"), work.resolve("shared/base-contract.json"), version);
        StringBuilder modules = new StringBuilder();
        for (int i = 1; i <= MODULES; i++) {
            modules.append("    <module>").append(name(i)).append("</module>\n");
        }
        write(project.resolve("pom.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <parent>
                    <groupId>dev.readiness.it</groupId>
                    <artifactId>it-parent</artifactId>
                    <version>1.0.0-SNAPSHOT</version>
                    <relativePath>../shared/parent/pom.xml</relativePath>
                  </parent>
                  <artifactId>reactor</artifactId>
                  <packaging>pom</packaging>
                  <modules>
                %s  </modules>
                </project>
                """.formatted(modules));
        write(project.resolve("readiness.json"), "{\"contract\": 1, \"extends\": \"../shared/base-contract.json\"}\n");
        write(project.resolve("README.md"), "# Reactor\n");
        for (int i = 1; i <= MODULES; i++) {
            Path module = project.resolve(name(i));
            String dependency = i % 3 == 0 ? """
                      <dependencies>
                        <dependency>
                          <groupId>dev.readiness.it</groupId>
                          <artifactId>%s</artifactId>
                          <version>1.0.0-SNAPSHOT</version>
                        </dependency>
                      </dependencies>
                    """.formatted(name(i - 1)) : "";
            write(module.resolve("pom.xml"), """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <project xmlns="http://maven.apache.org/POM/4.0.0">
                      <modelVersion>4.0.0</modelVersion>
                      <parent>
                        <groupId>dev.readiness.it</groupId>
                        <artifactId>reactor</artifactId>
                        <version>1.0.0-SNAPSHOT</version>
                      </parent>
                      <artifactId>%s</artifactId>
                    %s</project>
                    """.formatted(name(i), dependency));
            write(module.resolve("src/main/java/com/acme/" + name(i) + "/App.java"),
                    "package com.acme." + name(i) + ";\n\npublic final class App {\n    public static int answer() {\n"
                            + "        return " + i + ";\n    }\n}\n");
            if (i % 4 == 0) {
                write(module.resolve("notebooks/explore.ipynb"), "{\"cells\": []}\n");
            }
            if (i % 5 == 0) {
                write(module.resolve("src/main/resources/application.properties"),
                        "db.url=jdbc:postgresql://localhost:5432/" + name(i) + "\n");
            }
            if (i % 7 == 0) {
                write(module.resolve("readiness.json"), "{\"contract\": 1, \"extends\": \"../../shared/base-contract.json\","
                        + " \"owners\": {\"engineering\": \"TODO\"}}\n");
            }
        }
        return project;
    }

    /** Runs the Maven under test on the reactor; the build must succeed (failures are reported, not fatal). */
    private static String build(Path project, Path log, List<String> goals) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(MavenRun.maven());
        command.add("-Dreadiness.today=2026-06-01");
        command.add("-Dreadiness.failOnViolation=false");
        command.addAll(goals);
        Process process = MavenRun.process(command, project, log).start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the build " + goals + " took more than " + TIMEOUT_MINUTES + " minutes; log: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("exit of mvn %s; log %s:\n%s", goals, log,
                String.join("\n", output.lines().skip(Math.max(0, output.lines().count() - 60)).toList())).isZero();
        return output;
    }

    /** Every report.json and the reactor report, by path in the reactor, without their durations. */
    private static Map<String, JsonNode> reports(Path project) throws IOException {
        Map<String, JsonNode> reports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(project)) {
            for (Path file : files.filter(p -> p.getFileName().toString().matches("report\\.json|reactor-report\\.json"))
                    .toList()) {
                reports.put(project.relativize(file).toString().replace('\\', '/'),
                        withoutDurations(JSON.readTree(file.toFile())));
            }
        }
        return reports;
    }

    private static JsonNode withoutDurations(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("durationMs");
            object.properties().forEach(field -> withoutDurations(field.getValue()));
        } else if (node instanceof ArrayNode array) {
            array.forEach(ParallelReactorIT::withoutDurations);
        }
        return node;
    }

    private static String name(int i) {
        return String.format("m%02d", i);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void copy(Path from, Path to, String version) throws IOException {
        Files.createDirectories(to.getParent());
        Files.writeString(to, Files.readString(from, StandardCharsets.UTF_8).replace("@readiness.version@", version),
                StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}

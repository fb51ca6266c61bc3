package dev.readiness.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Copies a scenario to the work directory (replacing {@code @readiness.version@} in its text files) and runs the Maven
 * that runs this build on it, with the plugin under test in a repository of its own, chained to the user's. A scenario
 * that declares {@code "archetype"} first generates its project from the data-product archetype under test.
 */
final class MavenRun {

    private static final Set<String> FILTERED = Set.of("pom.xml", "readiness.json", "policy.json", "base-contract.json",
            "readiness-lock.json");
    private static final long TIMEOUT_MINUTES = 5;
    /** A scenario's own local repository, in its work folder. */
    static final String OWN_REPOSITORY = "repository";

    private final Path source;
    private final Path workDir;
    private final Scenario scenario;
    /** The scenario's https: server, while its build runs; null without one. */
    private ScenarioServer server;

    private MavenRun(Path source, Path workDir, Scenario scenario) {
        this.source = source;
        this.workDir = workDir;
        this.scenario = scenario;
    }

    /**
     * Copies what the scenarios share (the parent POM, the base contract) beside their work directories. Once, before
     * any build starts: rewriting it while another scenario's build reads it would hand that build a half-written POM.
     */
    static void copyShared(Path scenarios) throws IOException {
        copyTree(scenarios.resolve("shared"), Path.of(System.getProperty("it.workDir")).resolve("shared"));
    }

    static MavenRun of(Path folder, Scenario scenario) {
        Path work = Path.of(System.getProperty("it.workDir")).resolve(folder.getFileName().toString());
        return new MavenRun(folder, work, scenario);
    }

    BuildResult execute() throws Exception {
        if (scenario.server().isEmpty()) {
            return build(null);
        }
        // Beside the work directory, which the build starts by deleting.
        Path serverDir = Files.createDirectories(workDir.resolveSibling(workDir.getFileName() + ".server"));
        try (ScenarioServer server = ScenarioServer.start(scenario.server().get(), serverDir)) {
            return build(server);
        }
    }

    private BuildResult build(ScenarioServer server) throws IOException, InterruptedException {
        this.server = server;
        deleteTree(workDir);
        copyTree(source, workDir);
        Path projectDir = scenario.buildDir().map(workDir::resolve).orElse(workDir);
        // Each scenario is a repository of its own: Maven must not take the enclosing checkout's .mvn/ as its root.
        Files.createDirectories(workDir.resolve(".mvn"));
        if (scenario.archetype().isPresent()) {
            generate(scenario.archetype().get());
            copyTree(workDir.resolve(Scenario.OVERLAY), projectDir);
        }
        for (Scenario.Step step : scenario.before()) {
            if (!step.fill().isEmpty()) {
                for (Map.Entry<String, Map<String, com.fasterxml.jackson.databind.JsonNode>> file : step.fill().entrySet()) {
                    Fill.apply(workDir.resolve(step.dir()).resolve(file.getKey()), file.getValue());
                }
                continue;
            }
            BuildResult before = run(workDir.resolve(step.dir()), step.goals(), "before-" + step.dir().replace('/', '-') + ".log");
            if (!before.succeeded()) {
                throw new AssertionError("the build before " + source.getFileName() + " in " + step.dir() + " failed:\n"
                        + before.tail(40));
            }
        }
        return run(projectDir, scenario.goals(), "build.log");
    }

    private BuildResult run(Path projectDir, List<String> goals, String logName) throws IOException, InterruptedException {
        List<String> command = maven(ownRepository());
        command.add("-Dreadiness.today=2026-06-01");
        for (Map.Entry<String, String> property : scenario.properties().entrySet()) {
            String value = server == null ? property.getValue()
                    : property.getValue().replace(ScenarioServer.PLACEHOLDER, server.url());
            command.add("-D" + property.getKey() + "=" + value);
        }
        // A goal may name the plugin under test by its full coordinates, as a build that does not declare it must.
        goals.forEach(goal -> command.add(goal.replace("@readiness.version@", System.getProperty("readiness.version"))));
        Path log = workDir.resolve(logName);
        int exit = run(command, projectDir, log, "build");
        return new BuildResult(exit, Files.readString(log, StandardCharsets.UTF_8), log, projectDir);
    }

    /** Runs archetype:generate of the archetype under test in the work directory; a failure ends the scenario. */
    private void generate(Map<String, String> properties) throws IOException, InterruptedException {
        List<String> command = maven(ownRepository());
        command.add("org.apache.maven.plugins:maven-archetype-plugin:" + System.getProperty("it.archetypePluginVersion")
                + ":generate");
        command.add("-DarchetypeCatalog=local");
        command.add("-DarchetypeGroupId=dev.readiness");
        command.add("-DarchetypeArtifactId=readiness-data-product-archetype");
        command.add("-DarchetypeVersion=" + System.getProperty("readiness.version"));
        properties.forEach((key, value) -> command.add("-D" + key + "=" + value));
        Path log = workDir.resolve("generate.log");
        if (run(command, workDir, log, "archetype:generate") != 0) {
            BuildResult result = new BuildResult(1, Files.readString(log, StandardCharsets.UTF_8), log, workDir);
            throw new AssertionError("archetype:generate failed for " + source.getFileName() + "\n--- " + log
                    + " ---\n" + result.tail(60));
        }
    }

    /** The command that starts the Maven under test, with the repositories of the scenarios. */
    static List<String> maven() {
        return maven(null);
    }

    /** The local repository of this scenario's builds: its own one, or the one the scenarios share (null). */
    private Path ownRepository() {
        return scenario.ownRepository() ? workDir.resolve(OWN_REPOSITORY) : null;
    }

    /**
     * The command that starts the Maven under test: with the repository the scenarios share, chained to the user's;
     * or with a scenario's own repository, chained only to the shared one for the plugin under test.
     */
    private static List<String> maven(Path ownRepository) {
        Path mavenHome = Path.of(System.getProperty("maven.home"));
        List<String> command = new ArrayList<>();
        Path launcher = mavenHome.resolve("bin").resolve(isWindows() ? "mvn.cmd" : "mvn");
        if (!isWindows() && !Files.isExecutable(launcher)) {
            // A distribution unpacked from its zip may have lost the launcher's executable bit.
            launcher.toFile().setExecutable(true);
        }
        command.add(launcher.toString());
        command.add("-B");
        command.add("-ntp");
        if (ownRepository == null) {
            command.add("-Dmaven.repo.local=" + System.getProperty("it.repo"));
            command.add("-Dmaven.repo.local.tail=" + System.getProperty("it.userRepo"));
        } else {
            command.add("-Dmaven.repo.local=" + ownRepository);
            command.add("-Dmaven.repo.local.tail=" + System.getProperty("it.repo"));
        }
        // Maven 4 first asks every remote repository for its list of prefixes (/.meta/prefixes.txt); the scenarios'
        // repositories are Central and file folders, so the question only adds a warning per repository to each log
        // (and, under a scenario's own trust store, an exception's name). Maven 3.9 does not ask by default.
        command.add("-Daether.remoteRepositoryFilter.prefixes=false");
        return command;
    }

    private int run(List<String> command, Path directory, Path log, String what) throws IOException, InterruptedException {
        ProcessBuilder builder = process(command, directory, log);
        scenario.env().forEach((name, path) -> builder.environment().put(name, directory.resolve(path).toString()));
        if (server != null) {
            builder.environment().merge("MAVEN_OPTS", server.mavenOpts(), (before, added) -> before + " " + added);
        }
        Process process = builder.start();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the " + what + " of " + source.getFileName() + " took more than "
                    + TIMEOUT_MINUTES + " minutes");
        }
        return process.exitValue();
    }

    /**
     * A process of the Maven under test, its output to the log: with the scenarios' {@code MAVEN_OPTS}
     * ({@code it.mavenOpts}) before those of the environment, and without the CI's job summary.
     */
    static ProcessBuilder process(List<String> command, Path directory, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // A scenario run inside GitHub Actions must not write to the real job summary.
        builder.environment().remove("GITHUB_STEP_SUMMARY");
        String options = System.getProperty("it.mavenOpts", "").trim();
        if (!options.isEmpty()) {
            builder.environment().merge("MAVEN_OPTS", options, (before, added) -> added + " " + before);
        }
        return builder;
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        String version = System.getProperty("readiness.version");
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Path target = to.resolve(from.relativize(file).toString());
                if (FILTERED.contains(file.getFileName().toString())) {
                    Files.writeString(target, Files.readString(file, StandardCharsets.UTF_8)
                            .replace("@readiness.version@", version), StandardCharsets.UTF_8);
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
                return FileVisitResult.CONTINUE;
            }
        });
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

    private static boolean isWindows() {
        return System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("win");
    }
}

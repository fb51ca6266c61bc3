package dev.readiness.report;

import dev.readiness.api.Finding;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Location;
import java.nio.file.Path;

/**
 * Where the reports for code-review tools put a finding: its file, or the module's {@code pom.xml} for a finding
 * without one, since those tools drop issues without a file.
 */
final class ReportLocations {

    private ReportLocations() {
    }

    static Path file(Finding finding, Path baseDir) {
        return finding.location().map(Location::file).orElse(baseDir.resolve("pom.xml")).toAbsolutePath().normalize();
    }

    /** The file relative to the repository root, or as the other reports show it when it lies outside. */
    static String fromRepositoryRoot(Finding finding, Path baseDir, Path reactorRoot, Path repositoryRoot) {
        Path file = file(finding, baseDir);
        if (file.startsWith(repositoryRoot) && !file.toString().contains("!/")) {
            return repositoryRoot.relativize(file).toString().replace('\\', '/');
        }
        return DisplayPaths.display(file, baseDir, reactorRoot);
    }

    /** The file relative to the module, when it lies in the module; empty otherwise. */
    static java.util.Optional<String> inModule(Finding finding, Path baseDir) {
        Path file = file(finding, baseDir);
        Path module = baseDir.toAbsolutePath().normalize();
        if (!file.startsWith(module) || file.toString().contains("!/")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(module.relativize(file).toString().replace('\\', '/'));
    }
}

package dev.readiness.maven.report;

import java.nio.file.Path;

/** How a file is named in reports: relative to the module, with {@code /}, when it is inside the repository. */
public final class ReportPaths {

    private ReportPaths() {
    }

    /**
     * @param baseDir the module's directory
     * @param reactorRoot the repository's top; files outside it are shown absolute
     */
    public static String display(Path file, Path baseDir, Path reactorRoot) {
        String text = file.toString();
        int archiveEntry = text.indexOf("!/");
        if (archiveEntry > 0) {
            return display(Path.of(text.substring(0, archiveEntry)), baseDir, reactorRoot) + text.substring(archiveEntry);
        }
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(reactorRoot.toAbsolutePath().normalize())) {
            return absolute.toString().replace('\\', '/');
        }
        return baseDir.toAbsolutePath().normalize().relativize(absolute).toString().replace('\\', '/');
    }
}

package dev.readiness.report;

import dev.readiness.core.GeneratedFile;
import dev.readiness.core.InvalidInputException;
import dev.readiness.engine.Report;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report formats {@code readiness.formats} chooses from, each a {@link ReportWriter}. */
public enum ReportFormat implements ReportWriter {
    JSON("json", JsonReport.FILE),
    JUNIT("junit", JunitReport.FILE),
    SARIF("sarif", SarifReport.FILE),
    MARKDOWN("markdown", MarkdownReport.FILE),
    SONAR("sonar", SonarReport.FILE),
    CODEQUALITY("codequality", CodeQualityReport.FILE);

    private final String key;
    private final String fileName;

    ReportFormat(String key, String fileName) {
        this.key = key;
        this.fileName = fileName;
    }

    public String key() {
        return key;
    }

    @Override
    public String fileName() {
        return fileName;
    }

    /**
     * Parses {@code json,junit,sarif,markdown}; an unknown name is an error listing the valid ones, and so is a blank
     * list, which would leave CI and dashboards without a report of this build.
     */
    public static Set<ReportFormat> parse(String formats) {
        Set<ReportFormat> chosen = EnumSet.noneOf(ReportFormat.class);
        if (formats == null || formats.replace(",", "").isBlank()) {
            throw new InvalidInputException("readiness.formats is empty, so the check would write no report",
                    "set readiness.formats to a comma-separated list of: " + validKeys() + " (default: all of them)");
        }
        for (String name : formats.split(",")) {
            String trimmed = name.trim().toLowerCase(Locale.ROOT);
            if (trimmed.isEmpty()) {
                continue;
            }
            chosen.add(Arrays.stream(values()).filter(f -> f.key.equals(trimmed)).findFirst()
                    .orElseThrow(() -> new InvalidInputException("unknown report format \"" + name.trim() + "\"",
                            "set readiness.formats to a comma-separated list of: " + validKeys())));
        }
        return chosen;
    }

    static String validKeys() {
        return Arrays.stream(values()).map(ReportFormat::key).collect(Collectors.joining(", "));
    }

    /** The files every format writes, for removing the reports of an earlier run. */
    public static List<String> allFileNames() {
        return Arrays.stream(values()).map(ReportFormat::fileName).toList();
    }

    @Override
    public String format() {
        return key;
    }

    @Override
    public Path write(ReportInput input, Path directory) throws IOException {
        Path file = directory.resolve(fileName);
        Report report = input.report();
        Path baseDir = input.baseDir();
        Path reactorRoot = input.reactorRoot();
        switch (this) {
            case JSON -> JsonReport.write(report, baseDir, reactorRoot, file);
            case JUNIT -> GeneratedFile.write(file, JunitReport.render(report, baseDir, reactorRoot));
            case SARIF -> GeneratedFile.write(file, SarifReport.render(report, input.rules(), baseDir, reactorRoot));
            case MARKDOWN -> GeneratedFile.write(file, MarkdownReport.render(report, baseDir, reactorRoot)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case SONAR -> GeneratedFile.write(file, SonarReport.render(report, input.rules(), baseDir, reactorRoot));
            case CODEQUALITY -> GeneratedFile.write(file, CodeQualityReport.render(report, baseDir, reactorRoot));
        }
        return file;
    }
}

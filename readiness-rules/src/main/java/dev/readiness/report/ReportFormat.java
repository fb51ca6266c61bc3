package dev.readiness.report;

import dev.readiness.core.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The report formats {@code readiness.formats} chooses from: each name and the {@link ReportWriter} it stands for. */
public enum ReportFormat {
    JSON("json", JsonReport::new),
    JUNIT("junit", JunitReport::new),
    SARIF("sarif", SarifReport::new),
    MARKDOWN("markdown", MarkdownReport::new),
    SONAR("sonar", SonarReport::new),
    CODEQUALITY("codequality", CodeQualityReport::new);

    private final String key;
    /**
     * Made when a report is written, not when the formats are parsed: a writer's JSON mapper takes a while to start
     * in a fresh JVM, and the check parses the formats first thing, before it gathers anything.
     */
    private final Supplier<ReportWriter> writer;

    ReportFormat(String key, Supplier<ReportWriter> writer) {
        this.key = key;
        this.writer = writer;
    }

    /** A writer of this format; {@link ReportWriter#format()} is {@link #key()}. */
    public ReportWriter writer() {
        return writer.get();
    }

    /** The name {@code readiness.formats} uses. */
    public String key() {
        return key;
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
            chosen.add(Arrays.stream(values()).filter(f -> f.key().equals(trimmed)).findFirst()
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
        return Arrays.stream(values()).map(f -> f.writer().fileName()).toList();
    }
}

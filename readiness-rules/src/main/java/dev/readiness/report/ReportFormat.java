package dev.readiness.report;

import dev.readiness.core.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The report formats {@code readiness.formats} chooses from: each name and the {@link ReportWriter} it stands for. */
public enum ReportFormat {
    JSON("json"),
    JUNIT("junit"),
    SARIF("sarif"),
    MARKDOWN("markdown"),
    SONAR("sonar"),
    CODEQUALITY("codequality");

    private final String key;

    ReportFormat(String key) {
        this.key = key;
    }

    /**
     * A writer of this format; {@link ReportWriter#format()} is {@link #key()}. Made when a report is written, not when
     * the formats are parsed, which the check does first thing: a writer's classes are loaded only for a report
     * written.
     */
    public ReportWriter writer() {
        return switch (this) {
            case JSON -> new JsonReport();
            case JUNIT -> new JunitReport();
            case SARIF -> new SarifReport();
            case MARKDOWN -> new MarkdownReport();
            case SONAR -> new SonarReport();
            case CODEQUALITY -> new CodeQualityReport();
        };
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
            Optional<ReportFormat> format = named(trimmed);
            if (format.isEmpty()) {
                throw new InvalidInputException("unknown report format \"" + name.trim() + "\"",
                        "set readiness.formats to a comma-separated list of: " + validKeys());
            }
            chosen.add(format.get());
        }
        return chosen;
    }

    private static Optional<ReportFormat> named(String key) {
        for (ReportFormat format : values()) {
            if (format.key.equals(key)) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    static String validKeys() {
        return Arrays.stream(values()).map(ReportFormat::key).collect(Collectors.joining(", "));
    }

    /** The files every format writes, for removing the reports of an earlier run. */
    public static List<String> allFileNames() {
        return Arrays.stream(values()).map(f -> f.writer().fileName()).toList();
    }
}

package dev.readiness.report;

import dev.readiness.core.InvalidInputException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The report formats {@code readiness.formats} chooses from: each name and the {@link ReportWriter} it stands for. */
public enum ReportFormat {
    JSON(new JsonReport()),
    JUNIT(new JunitReport()),
    SARIF(new SarifReport()),
    MARKDOWN(new MarkdownReport()),
    SONAR(new SonarReport()),
    CODEQUALITY(new CodeQualityReport());

    private final ReportWriter writer;

    ReportFormat(ReportWriter writer) {
        this.writer = writer;
    }

    public ReportWriter writer() {
        return writer;
    }

    /** The name {@code readiness.formats} uses: the writer's {@link ReportWriter#format()}. */
    public String key() {
        return writer.format();
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

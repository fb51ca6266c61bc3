package dev.readiness.report;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.core.Gate;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.nio.file.Path;
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

    /**
     * Renders a report of its own (one rule failed with a finding at a line, one passed) in each format the check
     * writes by default, in memory: a writer's first use in a fresh JVM loads and initialises its classes (the XML
     * writer's, the JSON generator's, the fingerprints' digest), which is most of a small check's last step. The
     * plugin's warm-up thread pays for it while the check gathers its evidence. Touches no file.
     *
     * @return whether each rendered a document
     */
    public static boolean warmUp() {
        Path here = Path.of("warm-up").toAbsolutePath();
        Report report = new Report(new Report.Project("dev.readiness", "warm-up", "1"),
                new Report.ContractInfo("readiness.json", "0".repeat(64), List.of()), Gate.DEFAULT, "",
                List.of(new RuleResult("ownership.owners", Status.FAIL, Severity.ERROR, "1 finding",
                                List.of(Finding.of("owners.science is empty").at(Location.of(here.resolve("readiness.json"), 2))
                                        .hint("name the data science owner")), Optional.empty(), 1),
                        new RuleResult("tests.passing", Status.PASS, Severity.ERROR, "all tests pass", List.of(),
                                Optional.empty(), 1)));
        ReportInput input = ReportInput.of(report, List.of(), here, here);
        boolean rendered = true;
        for (ReportFormat format : new ReportFormat[] {JSON, JUNIT, SARIF, MARKDOWN}) {
            rendered &= format.writer().render(input).length > 0;
        }
        return rendered;
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

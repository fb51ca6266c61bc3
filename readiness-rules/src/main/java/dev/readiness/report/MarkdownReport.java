package dev.readiness.report;

import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** {@code summary.md}: a Markdown table of the rules that need attention, for people and CI step summaries. */
public final class MarkdownReport implements ReportWriter {

    public static final String FILE = "summary.md";

    /** Findings listed per rule; the rest are counted. */
    static final int FINDINGS_PER_RULE = 10;



    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public byte[] render(ReportInput report) {
        return text(report).getBytes(StandardCharsets.UTF_8);
    }

    /** The Markdown, as text. */
    public String text(ReportInput report) {
        Report.Summary s = report.summary();
        StringBuilder md = new StringBuilder();
        md.append("## Readiness: ").append(report.project().artifactId()).append(" ")
                .append(report.verdict() == Status.PASS ? "PASS" : "FAIL").append("\n\n");
        md.append("Gate `").append(report.gate().key()).append("` (").append(escape(report.gateReason())).append("). ")
                .append(s.passed()).append(" passed, ").append(s.failed()).append(" failed, ").append(s.warned())
                .append(" warned, ").append(s.waived()).append(" waived, ").append(s.skipped()).append(" skipped.\n\n");
        md.append(score(report.score())).append("\n\n");
        md.append("| Rule | Status | Message |\n|---|---|---|\n");
        for (ReportInput.Result result : report.results()) {
            md.append("| `").append(result.rule()).append("` | ").append(result.status()).append(" | ")
                    .append(escape(result.message())).append(" |\n");
        }
        for (ReportInput.Result result : report.results()) {
            if (result.findings().isEmpty() || result.status() == Status.PASS) {
                continue;
            }
            md.append("\n### ").append(result.status()).append(" `").append(result.rule()).append("`\n\n");
            int shown = 0;
            for (ReportInput.Finding finding : result.findings()) {
                if (shown++ == FINDINGS_PER_RULE) {
                    md.append("- ... and ").append(result.findings().size() - FINDINGS_PER_RULE).append(" more (see report.json)\n");
                    break;
                }
                md.append("- ");
                if (!finding.subject().isEmpty()) {
                    md.append('`').append(escape(finding.subject()).replace("`", "'")).append("`: ");
                }
                md.append(escape(finding.message()));
                if (finding.location().isPresent()) {
                    md.append(" (`").append(finding.location().get()).append("`)");
                }
                if (!finding.hint().isEmpty()) {
                    md.append(": ").append(escape(finding.hint()));
                }
                if (finding.waiver().isPresent()) {
                    md.append(" (waived: ").append(escape(WaiverText.of(finding.waiver().get()))).append(')');
                }
                md.append('\n');
            }
        }
        return md.toString();
    }

    /** {@code Score 0.50 (weakest: tests 1/2; structure 5/5, ...)}: the overall ratio, then each group's points. */
    static String score(Report.Score score) {
        StringBuilder text = new StringBuilder("Score ").append(String.format(java.util.Locale.ROOT, "%.2f", score.overall()))
                .append(" (the weakest clause group's share of points; PASS 1, WAIVED 0.5, FAIL and WARN 0):");
        for (Map.Entry<String, Report.Score.Section> section : score.sections().entrySet()) {
            if (section.getValue().maximum() > 0) {
                text.append(' ').append(section.getKey()).append(' ').append(points(section.getValue().points()))
                        .append('/').append(section.getValue().maximum()).append(',');
            }
        }
        text.setLength(text.length() - 1);
        return text.append('.').toString();
    }

    static String points(double points) {
        return points == Math.rint(points) ? Long.toString((long) points) : Double.toString(points);
    }

    static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("\r", " ");
    }
}

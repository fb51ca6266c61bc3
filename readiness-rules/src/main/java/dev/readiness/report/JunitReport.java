package dev.readiness.report;

import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * {@code TEST-readiness.xml}: JUnit XML as Jenkins, GitLab and GitHub test reporters read it. One testcase per rule; a
 * FAIL is a failure listing its findings, a SKIPPED rule is skipped with its reason.
 */
public final class JunitReport implements ReportWriter {

    public static final String FILE = "TEST-readiness.xml";



    @Override
    public String format() {
        return "junit";
    }

    @Override
    public String fileName() {
        return FILE;
    }

    @Override
    public byte[] render(ReportInput report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            Report.Summary summary = report.summary();
            long time = 0;
            for (ReportInput.Result result : report.results()) {
                time += result.durationMs();
            }
            String suite = "readiness." + report.project().artifactId();
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suite);
            xml.writeAttribute("tests", Integer.toString(report.results().size()));
            xml.writeAttribute("failures", Integer.toString(summary.failed()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", Integer.toString(summary.skipped()));
            xml.writeAttribute("time", seconds(time));
            xml.writeCharacters("\n");
            properties(xml, report.score());
            for (ReportInput.Result result : report.results()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", suite);
                xml.writeAttribute("name", result.rule());
                xml.writeAttribute("time", seconds(result.durationMs()));
                if (result.status() == Status.FAIL) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", result.message());
                    xml.writeAttribute("type", result.rule());
                    xml.writeCharacters(details(result));
                    xml.writeEndElement();
                } else if (result.status() == Status.SKIPPED) {
                    xml.writeStartElement("skipped");
                    xml.writeAttribute("message", result.message());
                    xml.writeEndElement();
                } else if (result.status() != Status.PASS) {
                    xml.writeStartElement("system-out");
                    xml.writeCharacters(result.status() + ": " + result.message() + "\n" + details(result));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write JUnit XML", e);
        }
        return out.toByteArray();
    }

    /** The score as suite properties: {@code readiness.score} and {@code readiness.score.<group>} as points/maximum. */
    private static void properties(XMLStreamWriter xml, Report.Score score) throws XMLStreamException {
        xml.writeCharacters("  ");
        xml.writeStartElement("properties");
        xml.writeCharacters("\n");
        property(xml, "readiness.score", Double.toString(JsonReport.rounded(score.overall())));
        for (var section : score.sections().entrySet()) {
            property(xml, "readiness.score." + section.getKey(),
                    MarkdownReport.points(section.getValue().points()) + "/" + section.getValue().maximum());
        }
        xml.writeCharacters("  ");
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("    ");
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", value);
        xml.writeCharacters("\n");
    }

    static String details(ReportInput.Result result) {
        StringBuilder text = new StringBuilder();
        for (ReportInput.Finding finding : result.findings()) {
            if (!finding.subject().isEmpty()) {
                text.append('[').append(finding.subject()).append("] ");
            }
            text.append(finding.message());
            if (finding.location().isPresent()) {
                text.append("\n  at ").append(finding.location().get());
            }
            if (!finding.hint().isEmpty()) {
                text.append("\n  fix: ").append(finding.hint());
            }
            if (finding.waiver().isPresent()) {
                text.append("\n  waived: ").append(WaiverText.of(finding.waiver().get()));
            }
            text.append('\n');
        }
        return text.toString();
    }

    private static String seconds(long millis) {
        return BigDecimal.valueOf(millis, 3).toPlainString();
    }
}

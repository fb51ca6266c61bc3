package dev.readiness.readers;

import dev.readiness.core.Evidence;
import dev.readiness.core.Location;
import dev.readiness.core.Xml;
import dev.readiness.facts.Coverage.ClassCoverage;
import dev.readiness.facts.Coverage.Counter;
import dev.readiness.facts.Coverage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads JaCoCo XML reports into {@link Coverage}, as a stream; method counters and per-line source data are skipped. */
public final class JacocoReports {

    private JacocoReports() {
    }

    /**
     * What no rule reads, dropped before parsing: methods, per-line source data and the counters other than LINE and
     * BRANCH, nine tenths of a large report. JaCoCo writes {@code type} first.
     */
    private static final List<String> UNREAD = List.of("<method", "<sourcefile", "<counter type=\"INSTRUCTION\"",
            "<counter type=\"COMPLEXITY\"", "<counter type=\"METHOD\"", "<counter type=\"CLASS\"");

    /**
     * Reads a JaCoCo XML report. Missing when the file does not exist, naming the goal that writes it; unreadable,
     * naming the file and line, when it is not a well-formed report.
     */
    public static Evidence<Coverage> read(Path report) {
        if (!Files.isRegularFile(report)) {
            return Evidence.missing("no JaCoCo coverage report at " + report,
                    "add jacoco-maven-plugin with the prepare-agent and report goals and run mvn verify "
                            + "(jacoco:report writes target/site/jacoco/jacoco.xml; declare it before the readiness "
                            + "plugin, since both run in verify); -DskipTests also skips the report");
        }
        try (InputStream in = new SkippingInputStream(Files.newInputStream(report), UNREAD)) {
            XMLStreamReader xml = Xml.reader(in, report);
            try {
                return Evidence.of(read(report, xml));
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return Evidence.missing("the JaCoCo report " + report + " cannot be read"
                            + (Xml.line(e) > 0 ? " at line " + Xml.line(e) : "") + ": " + Xml.problem(e),
                    "run mvn verify again; the report is truncated or was not written by jacoco:report",
                    Location.of(report, Xml.line(e)));
        } catch (IOException e) {
            return Evidence.missing("cannot read the JaCoCo report " + report + ": " + e.getMessage(),
                    "check the file's permissions", Location.of(report));
        }
    }

    private static Coverage read(Path report, XMLStreamReader xml) throws XMLStreamException {
        // Counters appear under report, group, package, class, method and sourcefile; the parent decides whose it is.
        Deque<String> open = new ArrayDeque<>();
        Counter line = Counter.EMPTY;
        Counter branch = Counter.EMPTY;
        List<ClassCoverage> classes = new ArrayList<>();
        String className = null;
        String sourceFile = "";
        Counter classLine = Counter.EMPTY;
        Counter classBranch = Counter.EMPTY;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String element = xml.getLocalName();
                String parent = open.peek();
                if (parent == null && !element.equals("report")) {
                    throw new XMLStreamException("the root element is <" + element
                            + ">, not the <report> of a JaCoCo XML report", xml.getLocation());
                }
                if (element.equals("class")) {
                    String name = xml.getAttributeValue(null, "name");
                    className = name == null ? "" : name.replace('/', '.');
                    String source = xml.getAttributeValue(null, "sourcefilename");
                    int slash = name == null ? -1 : name.lastIndexOf('/');
                    sourceFile = source == null ? "" : (slash < 0 ? "" : name.substring(0, slash + 1)) + source;
                    classLine = Counter.EMPTY;
                    classBranch = Counter.EMPTY;
                } else if (element.equals("counter") && ("report".equals(parent) || "class".equals(parent))) {
                    String type = xml.getAttributeValue(null, "type");
                    if ("LINE".equals(type) || "BRANCH".equals(type)) {
                        Counter counter = counter(xml);
                        boolean isLine = "LINE".equals(type);
                        if ("report".equals(parent)) {
                            line = isLine ? counter : line;
                            branch = isLine ? branch : counter;
                        } else {
                            classLine = isLine ? counter : classLine;
                            classBranch = isLine ? classBranch : counter;
                        }
                    }
                }
                open.push(element);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
                if (xml.getLocalName().equals("class") && className != null) {
                    classes.add(new ClassCoverage(className, sourceFile, classLine, classBranch));
                    className = null;
                }
            }
        }
        return new Coverage(report, line, branch, classes);
    }

    private static Counter counter(XMLStreamReader xml) throws XMLStreamException {
        String missed = xml.getAttributeValue(null, "missed");
        String covered = xml.getAttributeValue(null, "covered");
        try {
            return new Counter(Long.parseLong(String.valueOf(missed)), Long.parseLong(String.valueOf(covered)));
        } catch (IllegalArgumentException e) {
            throw new XMLStreamException("a <counter> has missed=\"" + missed + "\" and covered=\"" + covered
                    + "\", not two whole numbers", xml.getLocation());
        }
    }
}

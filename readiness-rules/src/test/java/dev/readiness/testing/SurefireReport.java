package dev.readiness.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a Surefire/Failsafe {@code TEST-*.xml} report shaped like the real ones (see
 * {@code src/test/resources/reports/sample}), one test case per call.
 *
 * <pre>{@code
 * SurefireReport.suite("com.acme.ScorerTest").passed("scores").failed("bands", "expected high").writeTo(dir);
 * }</pre>
 */
public final class SurefireReport {

    private final String suite;
    private final List<Case> cases = new ArrayList<>();

    private record Case(String name, String child, String type, String message, String body, int reruns) {
    }

    private SurefireReport(String suite) {
        this.suite = suite;
    }

    public static SurefireReport suite(String className) {
        return new SurefireReport(className);
    }

    public SurefireReport passed(String... names) {
        for (String name : names) {
            cases.add(new Case(name, null, null, null, null, 0));
        }
        return this;
    }

    public SurefireReport failed(String name, String message) {
        return failed(name, message, 0);
    }

    /** A failure that failed again in {@code reruns} reruns. */
    public SurefireReport failed(String name, String message, int reruns) {
        cases.add(new Case(name, "failure", "org.opentest4j.AssertionFailedError", message,
                "org.opentest4j.AssertionFailedError: " + message + "\n\tat " + suite + "." + name + "(Test.java:12)\n", reruns));
        return this;
    }

    public SurefireReport errored(String name, String type, String message) {
        cases.add(new Case(name, "error", type, message, type + ": " + message + "\n\tat " + suite + "." + name + "(Test.java:20)\n", 0));
        return this;
    }

    /** A failure element with a body but no message attribute, as some tools write. */
    public SurefireReport failedWithBodyOnly(String name, String body) {
        cases.add(new Case(name, "failure", "java.lang.AssertionError", null, body, 0));
        return this;
    }

    public SurefireReport skipped(String name, String reason) {
        cases.add(new Case(name, "skipped", null, reason, null, 0));
        return this;
    }

    /** Failed {@code failedRuns} times, then passed on a rerun. */
    public SurefireReport flaky(String name, String message, int failedRuns) {
        cases.add(new Case(name, "flakyFailure", "java.lang.AssertionError", message, null, failedRuns));
        return this;
    }

    public String fileName() {
        return "TEST-" + suite + ".xml";
    }

    /** Writes {@code TEST-<suite>.xml} into {@code directory}, creating it; returns the file. */
    public Path writeTo(Path directory) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(fileName());
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(out);
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(Writer out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", suite);
        xml.writeAttribute("tests", String.valueOf(cases.size()));
        xml.writeCharacters("\n  ");
        xml.writeStartElement("properties");
        xml.writeEndElement();
        for (Case c : cases) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testcase");
            xml.writeAttribute("name", c.name());
            xml.writeAttribute("classname", suite);
            xml.writeAttribute("time", "0.01");
            if ("failure".equals(c.child()) || "error".equals(c.child())) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement(c.child());
                if (c.message() != null) {
                    xml.writeAttribute("message", c.message());
                }
                xml.writeAttribute("type", c.type());
                xml.writeCData(c.body());
                xml.writeEndElement();
                for (int i = 0; i < c.reruns(); i++) {
                    rerun(xml, "rerun" + Character.toUpperCase(c.child().charAt(0)) + c.child().substring(1), c);
                }
            } else if ("skipped".equals(c.child())) {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", c.message());
            } else if ("flakyFailure".equals(c.child())) {
                for (int i = 0; i < c.reruns(); i++) {
                    rerun(xml, "flakyFailure", c);
                }
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private void rerun(XMLStreamWriter xml, String element, Case c) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(element);
        xml.writeAttribute("message", c.message());
        xml.writeAttribute("type", c.type());
        xml.writeStartElement("stackTrace");
        xml.writeCData(c.type() + ": " + c.message() + "\n\tat " + suite + "." + c.name() + "(Test.java:30)\n");
        xml.writeEndElement();
        xml.writeEndElement();
    }
}

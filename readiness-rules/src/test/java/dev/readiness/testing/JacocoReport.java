package dev.readiness.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a JaCoCo XML report shaped like {@code jacoco:report}'s (see {@code src/test/resources/reports/sample}):
 * DOCTYPE, packages, classes with method and class counters, source files, package and report counters.
 *
 * <pre>{@code
 * JacocoReport.of().type("com.acme.model.Scorer", 9, 12, 7, 12).writeTo(file);
 * }</pre>
 */
public final class JacocoReport {

    private record Type(String name, long linesCovered, long lines, long branchesCovered, long branches) {
    }

    private final List<Type> types = new ArrayList<>();

    public static JacocoReport of() {
        return new JacocoReport();
    }

    /** A class with {@code linesCovered} of {@code lines} and {@code branchesCovered} of {@code branches} covered. */
    public JacocoReport type(String qualifiedName, long linesCovered, long lines, long branchesCovered, long branches) {
        types.add(new Type(qualifiedName, linesCovered, lines, branchesCovered, branches));
        return this;
    }

    /** Writes the report, creating its directory; returns the file. */
    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
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
        xml.writeDTD("<!DOCTYPE report PUBLIC \"-//JACOCO//DTD Report 1.1//EN\" \"report.dtd\">");
        xml.writeStartElement("report");
        xml.writeAttribute("name", "churn");
        Map<String, List<Type>> packages = new LinkedHashMap<>();
        for (Type type : types) {
            int dot = type.name().lastIndexOf('.');
            packages.computeIfAbsent(dot < 0 ? "" : type.name().substring(0, dot).replace('.', '/'), k -> new ArrayList<>()).add(type);
        }
        for (Map.Entry<String, List<Type>> pkg : packages.entrySet()) {
            xml.writeStartElement("package");
            xml.writeAttribute("name", pkg.getKey());
            for (Type type : pkg.getValue()) {
                String vmName = type.name().replace('.', '/');
                String simple = vmName.substring(vmName.lastIndexOf('/') + 1);
                xml.writeStartElement("class");
                xml.writeAttribute("name", vmName);
                xml.writeAttribute("sourcefilename", simple.split("\\$")[0] + ".java");
                // A method whose counters differ from the class's: a reader that takes them gets it wrong.
                xml.writeStartElement("method");
                xml.writeAttribute("name", "score");
                xml.writeAttribute("desc", "()V");
                xml.writeAttribute("line", "7");
                counters(xml, 0, 1, 0, 0);
                xml.writeEndElement();
                counters(xml, type.linesCovered(), type.lines(), type.branchesCovered(), type.branches());
                xml.writeEndElement();
            }
            long[] sum = sum(pkg.getValue());
            xml.writeStartElement("sourcefile");
            xml.writeAttribute("name", "Any.java");
            xml.writeEmptyElement("line");
            xml.writeAttribute("nr", "7");
            counters(xml, sum[0], sum[1], sum[2], sum[3]);
            xml.writeEndElement();
            counters(xml, sum[0], sum[1], sum[2], sum[3]);
            xml.writeEndElement();
        }
        long[] sum = sum(types);
        counters(xml, sum[0], sum[1], sum[2], sum[3]);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
    }

    private static long[] sum(List<Type> types) {
        long[] sum = new long[4];
        for (Type type : types) {
            sum[0] += type.linesCovered();
            sum[1] += type.lines();
            sum[2] += type.branchesCovered();
            sum[3] += type.branches();
        }
        return sum;
    }

    /** JaCoCo leaves out a counter with nothing to count, as it does for BRANCH in a class without conditions. */
    private static void counters(XMLStreamWriter xml, long linesCovered, long lines, long branchesCovered, long branches)
            throws XMLStreamException {
        counter(xml, "INSTRUCTION", 3 * (lines - linesCovered), 3 * linesCovered);
        if (branches > 0) {
            counter(xml, "BRANCH", branches - branchesCovered, branchesCovered);
        }
        if (lines > 0) {
            counter(xml, "LINE", lines - linesCovered, linesCovered);
        }
        counter(xml, "METHOD", 0, 1);
    }

    private static void counter(XMLStreamWriter xml, String type, long missed, long covered) throws XMLStreamException {
        xml.writeEmptyElement("counter");
        xml.writeAttribute("type", type);
        xml.writeAttribute("missed", String.valueOf(missed));
        xml.writeAttribute("covered", String.valueOf(covered));
    }
}

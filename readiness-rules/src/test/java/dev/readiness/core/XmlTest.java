package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static dev.readiness.testing.HostileXml.billionLaughs;
import static dev.readiness.testing.HostileXml.externalEntity;

import dev.readiness.testing.Samples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XmlTest {

    private static final String SECRET = "s3cr3t-content-of-a-local-file";

    @TempDir
    Path dir;

    @Test
    void reads_a_real_jacoco_report_skipping_its_doctype_without_loading_report_dtd() throws Exception {
        // report.dtd does not exist next to the sample: loading it would fail.
        assertThat(Samples.jacocoXml().resolveSibling("report.dtd")).doesNotExist();

        List<String> elements = read(Samples.jacocoXml());

        assertThat(elements).startsWith("report", "sessioninfo").contains("class", "counter");
    }

    @Test
    void never_expands_an_external_entity_in_text() throws IOException {
        Path report = write(externalEntity(secretFile(),
                "<testsuite><testcase name=\"a\"><failure message=\"m\">&xxe;</failure></testcase></testsuite>"));

        assertThatThrownBy(() -> read(report))
                .isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("&xxe;")
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void never_expands_an_external_entity_in_an_attribute() throws IOException {
        Path report = write(externalEntity(secretFile(), "<testsuite name=\"&xxe;\"/>"));

        assertThatThrownBy(() -> read(report))
                .isInstanceOf(XMLStreamException.class)
                .hasMessageNotContaining(SECRET);
    }

    @Test
    void never_loads_an_external_dtd_or_parameter_entity() throws Exception {
        // Were the file loaded as a DTD, its content (not DTD syntax) would make the parse fail.
        Path external = write("<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite SYSTEM \"" + secretFile().toUri() + "\">\n"
                + "<testsuite name=\"x\"/>\n");
        Path parameter = write("<?xml version=\"1.0\"?>\n<!DOCTYPE testsuite [ <!ENTITY % p SYSTEM \""
                + secretFile().toUri() + "\"> %p; ]>\n<testsuite name=\"x\"/>\n");

        assertThat(read(external)).containsExactly("testsuite");
        assertThat(read(parameter)).containsExactly("testsuite");
    }

    @Test
    void stops_a_billion_laughs_entity_bomb_at_once() throws IOException {
        Path bomb = write(billionLaughs("<testsuite><testcase name=\"a\"><failure message=\"m\">&lol9;</failure></testcase></testsuite>"));
        Path bombInAttribute = write(billionLaughs("<testsuite name=\"&lol9;\"/>"));

        Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertThatThrownBy(() -> read(bomb)).isInstanceOf(XMLStreamException.class);
            assertThatThrownBy(() -> read(bombInAttribute)).isInstanceOf(XMLStreamException.class);
        });
    }

    @Test
    void reports_the_line_and_the_problem_of_a_truncated_document() throws IOException {
        Path truncated = write("<?xml version=\"1.0\"?>\n<testsuite>\n  <testcase name=\"a\">\n    <fail");

        XMLStreamException error = Assertions.assertThrows(XMLStreamException.class, () -> read(truncated));

        assertThat(Xml.line(error)).isEqualTo(4);
        assertThat(Xml.problem(error)).doesNotContain("ParseError").isNotBlank();
    }

    private Path secretFile() throws IOException {
        Path file = dir.resolve("secret.txt");
        Files.writeString(file, SECRET);
        return file;
    }

    private Path write(String xml) throws IOException {
        Path file = Files.createTempFile(dir, "report", ".xml");
        Files.writeString(file, xml);
        return file;
    }

    /** The local names of all elements, in document order. */
    private static List<String> read(Path file) throws IOException, XMLStreamException {
        List<String> elements = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = Xml.reader(in, file);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    elements.add(xml.getLocalName());
                }
            }
            xml.close();
        }
        return elements;
    }
}

package dev.readiness.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import static dev.readiness.testing.HostileXml.billionLaughs;
import static dev.readiness.testing.HostileXml.externalEntity;

import dev.readiness.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    @Test
    void reports_the_line_of_bytes_that_are_not_utf_8() throws IOException {
        Path report = write(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite>\n  <testcase name=\"caf",
                new byte[] {(byte) 0xE9}, "\"/>\n</testsuite>\n"));

        XMLStreamException error = Assertions.assertThrows(XMLStreamException.class, () -> read(report));

        assertThat(Xml.line(error)).isEqualTo(3);
        assertThat(Xml.problem(error)).isEqualTo("bytes that are not valid UTF-8 (0xE9)");
    }

    @Test
    void counts_windows_and_old_mac_line_ends_as_one_line_each() throws IOException {
        // Lines 1-2 end in CR LF, line 3 in CR alone, line 4 in LF; the bad byte is on line 5.
        Path report = write(bytes("<?xml version=\"1.0\"?>\r\n<testsuite>\r\n<!-- mac -->\r<!-- unix -->\n  <testcase name=\"caf",
                new byte[] {(byte) 0xE9}, "\"/>\r\n</testsuite>\r\n"));

        XMLStreamException error = Assertions.assertThrows(XMLStreamException.class, () -> read(report));

        assertThat(Xml.line(error)).isEqualTo(5);
    }

    @Test
    void reports_bytes_cut_short_at_the_end_of_the_file() throws IOException {
        Path report = write(bytes("<testsuite>\n<testcase name=\"a", new byte[] {(byte) 0xE2, (byte) 0x82}, ""));

        XMLStreamException error = Assertions.assertThrows(XMLStreamException.class, () -> read(report));

        assertThat(Xml.line(error)).isEqualTo(2);
        assertThat(Xml.problem(error)).startsWith("bytes that are not valid UTF-8 (0xE2");
    }

    @Test
    void prints_nothing_to_standard_error_for_a_malformed_report() throws IOException {
        List<Path> malformed = List.of(
                write(bytes("<?xml version=\"1.0\"?>\n<testsuite name=\"", new byte[] {(byte) 0xC3, 0x28}, "\"/>")),
                write(bytes("<testsuite>", new byte[] {(byte) 0xF0, (byte) 0x9F, 0x41}, "</testsuite>")),
                write(bytes("", new byte[] {(byte) 0xFF, (byte) 0x80, (byte) 0xBF, (byte) 0xC0}, "")),
                write("<?xml version=\"1.0\"?>\n<testsuite>\n  <testcase name=\"a\">\n    <fail"),
                write("<testsuite name=\"a\"/><testsuite name=\"b\"/>"),
                write("<?xml version=\"1.0\" encoding=\"X-NOPE-42\"?>\n<testsuite/>"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        List<Throwable> errors = new ArrayList<>();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            for (Path report : malformed) {
                errors.add(Assertions.assertThrows(XMLStreamException.class, () -> read(report)));
            }
        } finally {
            System.setErr(standardError);
        }

        assertThat(errors).hasSize(malformed.size());
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void decodes_the_encoding_the_declaration_or_the_byte_order_mark_names() throws IOException, XMLStreamException {
        String document = "<testsuite name=\"caf\u00e9 \u20ac\"/>";
        Path latin = write(bytes("<?xml version=\"1.0\" encoding=\"ISO-8859-15\"?>\n", document.getBytes("ISO-8859-15"), ""));
        Path utf8Mark = write(bytes("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, document));
        Path utf16Mark = write(bytes("", ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + document)
                .getBytes(StandardCharsets.UTF_16BE), ""));
        Path utf16Declared = write(bytes("", ("<?xml version=\"1.0\" encoding=\"UTF-16LE\"?>" + document)
                .getBytes(StandardCharsets.UTF_16LE), ""));

        Path utf8Declared = write(bytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>", new byte[0], document));
        Path utf8Lower = write(bytes("<?xml version='1.0' encoding = 'utf-8'?>", new byte[0], document));
        Path latinSingleQuoted = write(bytes("<?xml version='1.0' encoding='ISO-8859-15'?>",
                document.getBytes("ISO-8859-15"), ""));
        Path undeclared = write(bytes("<?xml version=\"1.0\"?>", new byte[0], document));

        for (Path report : List.of(latin, utf8Mark, utf16Mark, utf16Declared, utf8Declared, utf8Lower, latinSingleQuoted,
                undeclared)) {
            assertThat(suiteName(report)).as(report.getFileName().toString()).isEqualTo("caf\u00e9 \u20ac");
        }
    }

    @Test
    void an_encoding_this_java_does_not_know_is_an_error_at_line_one() throws IOException {
        Path report = write("<?xml version=\"1.0\" encoding=\"X-NOPE-42\"?>\n<testsuite/>");

        XMLStreamException error = Assertions.assertThrows(XMLStreamException.class, () -> read(report));

        assertThat(Xml.line(error)).isEqualTo(1);
        assertThat(Xml.problem(error)).contains("\"X-NOPE-42\"");
    }

    private static byte[] bytes(String before, byte[] middle, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private Path write(byte[] content) throws IOException {
        return Files.write(Files.createTempFile(dir, "report", ".xml"), content);
    }

    private static String suiteName(Path file) throws IOException, XMLStreamException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = Xml.reader(in, file);
            xml.nextTag();
            String name = xml.getAttributeValue(null, "name");
            xml.close();
            return name;
        }
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

package dev.readiness.readers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SkippingInputStreamTest {

    private static final List<String> SKIPPED = List.of("<method", "<sourcefile", "<counter type=\"METHOD\"");

    @Test
    void drops_the_skipped_elements_and_passes_everything_else_on() throws IOException {
        String xml = "<report><class name=\"A\"><method name=\"m\"><counter type=\"LINE\" missed=\"1\" covered=\"2\"/>"
                + "</method><counter type=\"METHOD\" missed=\"0\" covered=\"1\"/><counter type=\"LINE\" missed=\"3\""
                + " covered=\"4\"/></class><sourcefile name=\"A.java\"><line nr=\"1\"/></sourcefile></report>";

        assertThat(filter(xml, 4096)).isEqualTo("<report><class name=\"A\"><counter type=\"LINE\" missed=\"3\""
                + " covered=\"4\"/></class></report>");
    }

    @Test
    void keeps_the_newlines_of_what_it_drops_so_that_line_numbers_still_point_into_the_file() throws IOException {
        String xml = "<report>\n<method\n name=\"m\">\n<counter/>\n</method>\n<sourcefile name=\"x\"\n/>\n<x/>\n</report>";

        String filtered = filter(xml, 4096);

        assertThat(filtered).isEqualTo("<report>\n\n\n\n\n\n\n<x/>\n</report>");
        assertThat(filtered.lines().count()).isEqualTo(xml.lines().count());
    }

    @Test
    void a_quoted_greater_than_sign_does_not_end_a_skipped_start_tag() throws IOException {
        assertThat(filter("<a><method name=\"x>y\" desc='/>'><b/></method><c/></a>", 4096)).isEqualTo("<a><c/></a>");
    }

    @Test
    void an_empty_skipped_element_ends_at_its_own_tag() throws IOException {
        assertThat(filter("<a><method name=\"x\"/><c/></method-like/><sourcefile/></a>", 4096))
                .isEqualTo("<a><c/></method-like/></a>");
    }

    @Test
    void elements_whose_names_or_attributes_only_begin_alike_are_kept() throws IOException {
        String xml = "<a><methods/><methodology x=\"1\"/><counter type=\"METHODS\"/><counter type=\"LINE\"/>"
                + "<counter  type=\"METHOD\"/></a>";

        assertThat(filter(xml, 4096)).isEqualTo(xml);
    }

    @Test
    void a_stream_that_ends_inside_a_skipped_element_ends_there() throws IOException {
        assertThat(filter("<a><b/><method name=\"x\">\n<counter", 4096)).isEqualTo("<a><b/>\n");
        assertThat(filter("<a><b/><method name=\"x", 4096)).isEqualTo("<a><b/>");
    }

    @Test
    void the_result_does_not_depend_on_where_the_blocks_of_the_file_end() throws IOException {
        Random random = new Random(42);
        for (int document = 0; document < 200; document++) {
            String xml = randomReport(random);
            String expected = reference(xml);
            for (int buffer : new int[] {1, 2, 23, 24, 25, 31, 64, 100, 4096}) {
                assertThat(filter(xml, buffer)).as("buffer %d, document %s", buffer, xml).isEqualTo(expected);
            }
        }
    }

    @Test
    void refuses_a_start_that_is_not_a_tag() {
        assertThatThrownBy(() -> new SkippingInputStream(InputStream.nullInputStream(), List.of("method")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** What the filter must produce, by regular expressions: each skipped element replaced by its newlines. */
    private static String reference(String xml) {
        String attributes = "(?:[^>\"']|\"[^\"]*\"|'[^']*')*?";
        Pattern skipped = Pattern.compile("<(method|sourcefile)(?:[ \n/]" + attributes + ")?/>"
                + "|<(method|sourcefile)(?:[ \n]" + attributes + ")?>.*?</\\2>"
                + "|<counter type=\"METHOD\"" + attributes + "/>", Pattern.DOTALL);
        return skipped.matcher(xml).replaceAll(m -> m.group().replaceAll("[^\n]", ""));
    }

    private static String randomReport(Random random) {
        String[] pieces = {"<class name=\"C\">", "</class>", "<method name=\"m\" desc=\"()V\">", "</method>",
                "<counter type=\"LINE\" missed=\"1\" covered=\"2\"/>", "<counter type=\"METHOD\" missed=\"0\" covered=\"1\"/>",
                "<sourcefile name=\"A.java\">", "</sourcefile>", "<line nr=\"3\" mi=\"0\"/>", "\n", "text", "<methods/>",
                "<method name=\"e\"/>", "<method name=\"a>b\" desc='(\"/>)V'>", "<method\nname='x'\n>",
                "<counter type=\"METHOD\" missed='0' covered=\"1\"\n/>", "<method name=\"/\">"};
        StringBuilder xml = new StringBuilder("<report>");
        String open = null;
        for (int i = 0, n = random.nextInt(40); i < n; i++) {
            String piece = pieces[random.nextInt(pieces.length)];
            String name = piece.startsWith("<method") && !piece.startsWith("<methods") ? "method"
                    : piece.startsWith("<sourcefile") ? "sourcefile" : null;
            if (name != null) {
                // Skipped elements do not nest: inside one, another's start is left out.
                if (open == null) {
                    xml.append(piece);
                    open = piece.endsWith("/>") ? null : name;
                }
                continue;
            }
            if (piece.equals("</method>") || piece.equals("</sourcefile>")) {
                if (open != null) {
                    xml.append("</").append(open).append('>');
                    open = null;
                }
                continue;
            }
            xml.append(piece);
        }
        if (open != null) {
            xml.append("</").append(open).append('>');
        }
        return xml.append("</report>").toString();
    }

    private static String filter(String xml, int buffer) throws IOException {
        try (InputStream in = new SkippingInputStream(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), SKIPPED, buffer)) {
            // Read in odd-sized pieces, as a parser does.
            StringBuilder out = new StringBuilder();
            byte[] piece = new byte[7];
            int n;
            while ((n = in.read(piece, 0, piece.length)) >= 0) {
                out.append(new String(piece, 0, n, StandardCharsets.UTF_8));
            }
            return out.toString();
        }
    }
}

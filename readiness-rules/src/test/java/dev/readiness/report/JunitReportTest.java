package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

class JunitReportTest {

    @TempDir
    Path dir;

    private Element suite;

    @BeforeEach
    void parse() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        DocumentBuilder builder = factory.newDocumentBuilder();
        // Errors as exceptions only: without a handler the JDK's parser also prints each one to standard error.
        builder.setErrorHandler(new DefaultHandler() {
            @Override
            public void error(SAXParseException e) throws SAXParseException {
                throw e;
            }
        });
        Document document = builder.parse(new ByteArrayInputStream(new JunitReport().render(ReportInput.of(SampleReport.of(dir), java.util.List.of(), dir, dir))));
        suite = document.getDocumentElement();
    }

    @Test
    void one_testsuite_with_the_counts_test_reporters_read() {
        assertThat(suite.getTagName()).isEqualTo("testsuite");
        assertThat(suite.getAttribute("name")).isEqualTo("readiness.churn-scorer");
        assertThat(suite.getAttribute("tests")).isEqualTo("5");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("0");
        assertThat(suite.getAttribute("skipped")).isEqualTo("1");
    }

    @Test
    void one_testcase_per_rule() {
        NodeList cases = suite.getElementsByTagName("testcase");

        assertThat(cases.getLength()).isEqualTo(5);
        assertThat(((Element) cases.item(1)).getAttribute("name")).isEqualTo("ownership.owners");
    }

    @Test
    void a_failing_rule_is_a_failure_listing_each_finding_with_its_place_and_fix() {
        Element owners = testcase("ownership.owners");
        Element failure = (Element) owners.getElementsByTagName("failure").item(0);

        assertThat(failure).isNotNull();
        assertThat(failure.getAttribute("message")).startsWith("2 findings; first: owners.role0 is a placeholder");
        assertThat(failure.getAttribute("type")).isEqualTo("ownership.owners");
        assertThat(failure.getTextContent()).contains("owners.role0 is a placeholder (\"TODO\")\n  at readiness.json:7\n  fix: set \"owners\" to a person",
                "owners.role1 is a placeholder (\"TODO\")\n  at readiness.json:8");
    }

    @Test
    void a_skipped_rule_is_skipped_with_its_reason_and_a_passing_one_has_no_child() {
        Element skipped = (Element) testcase("documentation.readme").getElementsByTagName("skipped").item(0);

        assertThat(skipped.getAttribute("message")).isEqualTo("turned off in the contract");
        assertThat(testcase("tests.executed").getChildNodes().getLength()).isZero();
    }

    @Test
    void warnings_and_waivers_do_not_fail_the_suite_but_are_shown_with_escaped_text() {
        Element metadata = testcase("structure.metadata");

        assertThat(metadata.getElementsByTagName("failure").getLength()).isZero();
        assertThat(metadata.getElementsByTagName("system-out").item(0).getTextContent())
                .startsWith("WARN: the POM lacks <url> | <scm>").contains("no url & no scm");
        assertThat(testcase("coverage.overall").getElementsByTagName("system-out").item(0).getTextContent()).startsWith("WAIVED");
    }

    private Element testcase(String rule) {
        NodeList cases = suite.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element element = (Element) cases.item(i);
            if (rule.equals(element.getAttribute("name"))) {
                return element;
            }
        }
        throw new AssertionError("no testcase " + rule);
    }
}

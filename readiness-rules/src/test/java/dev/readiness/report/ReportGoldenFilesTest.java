package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.core.Gate;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every report file, byte for byte, of a report that has each thing a writer shows: findings in the module, in a
 * parent directory, outside the repository and inside an archive, with and without a line, with subjects, waivers of
 * a whole rule and of some subjects, a contract that extends others, a score. Run with {@code -DupdateGolden=true} to
 * write the expected files anew after a deliberate change of a format.
 */
class ReportGoldenFilesTest {

    /** Jackson's data binding of the report records: the files are written key by key and must equal it. */
    private static final ObjectMapper BOUND = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Never created: the writers only compute with these paths, and no marker of a repository root lies above them. */
    static final Path REACTOR = Path.of("/nonexistent-readiness-golden/repo").toAbsolutePath();
    static final Path MODULE = REACTOR.resolve("services/scorer");

    private static final Path GOLDEN = Path.of("src/test/resources/dev/readiness/report/golden");

    @TempDir
    Path out;

    @Test
    void every_format_writes_the_bytes_it_always_wrote() throws IOException {
        ReportInput input = ReportInput.of(rich(), descriptors(), MODULE, REACTOR);
        for (ReportFormat format : ReportFormat.values()) {
            Path written = format.writer().write(input, out);
            assertThat(written.getFileName().toString()).isEqualTo(format.writer().fileName());
            compare(written);
        }
    }

    @Test
    void report_json_is_the_serialisation_of_its_records() throws IOException {
        ReportInput input = ReportInput.of(rich(), descriptors(), MODULE, REACTOR);

        // Written key by key; Jackson's data binding of the same records (their annotations fix the order) agrees.
        assertThat(new String(new JsonReport().render(input), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(BOUND.writeValueAsString(JsonReport.document(input)));
    }

    @Test
    void the_reactor_summary_writes_the_bytes_it_always_wrote() throws IOException {
        Report report = rich();
        Report other = new Report(new Report.Project("com.acme", "api", "2.0"), report.contract(), Gate.RELEASE,
                "the version is a release", List.of(report.results().get(0)));
        ReactorSummary summary = new ReactorSummary(List.of(
                new ReactorSummary.Module(report, out.resolve("services/scorer/target/readiness/report.json")),
                new ReactorSummary.Module(other, out.resolve("api/target/readiness/report.json"))));
        summary.write(out, out);
        compare(out.resolve(ReactorSummary.FILE));
        // Written key by key; Jackson's data binding of the same records agrees.
        ReactorSummary.Document document = BOUND.readValue(out.resolve(ReactorSummary.FILE).toFile(),
                ReactorSummary.Document.class);
        assertThat(new String(ReactorSummary.render(document), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(BOUND.writeValueAsString(document));
    }

    private static void compare(Path written) throws IOException {
        Path expected = GOLDEN.resolve(written.getFileName().toString());
        if (Boolean.getBoolean("updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.copy(written, expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(Files.readString(written)).as(written.getFileName().toString()).isEqualTo(Files.readString(expected));
        assertThat(Files.readAllBytes(written)).isEqualTo(Files.readAllBytes(expected));
    }

    static List<RuleDescriptor> descriptors() {
        return List.of(
                describe("tests.executed", Severity.ERROR),
                describe("ownership.owners", Severity.ERROR),
                describe("structure.metadata", Severity.WARN),
                describe("dependencies.banned", Severity.ERROR),
                describe("coverage.overall", Severity.ERROR),
                describe("documentation.readme", Severity.OFF));
    }

    private static RuleDescriptor describe(String id, Severity severity) {
        return RuleDescriptor.rule(id).severity(severity).summary("summary of " + id).because("why " + id)
                .help("how to fix " + id).build();
    }

    static Report rich() {
        Path contract = MODULE.resolve("readiness.json");
        Contract.Waiver someOwners = new Contract.Waiver("ownership.owners", "handover in Q3 | interim", "lead@acme.example",
                "2026-09-30", List.of("owners.oncall"));
        Contract.Waiver wholeCoverage = new Contract.Waiver("coverage.overall", "legacy importer", "ml-platform@acme.example",
                "2026-12-31");
        List<RuleResult> results = List.of(
                new RuleResult("tests.executed", Status.PASS, Severity.ERROR, "12 tests ran", List.of(), Optional.empty(), 3),
                new RuleResult("ownership.owners", Status.FAIL, Severity.ERROR, "2 findings; first: owners.science",
                        List.of(Finding.of("owners.science is a placeholder (\"TODO\")").at(Location.of(contract, 7))
                                        .hint("set \"owners\" to a person").subject("owners.science"),
                                Finding.of("owners.oncall is empty").at(new Location(contract, 9, 5))
                                        .subject("owners.oncall").waivedBy(someOwners)),
                        Optional.empty(), 1234),
                new RuleResult("structure.metadata", Status.WARN, Severity.WARN, "the POM lacks <url> | <scm>",
                        List.of(Finding.of("the POM declares no url & no scm\nsecond line").hint("add <url> to pom.xml"),
                                Finding.of("the parent declares no licence").at(Location.of(REACTOR.resolve("pom.xml"), 3)),
                                Finding.of("the policy names no licence")
                                        .at(Location.of(Path.of("/opt/policies/readiness-policy.json")))),
                        Optional.empty(), 0),
                new RuleResult("dependencies.banned", Status.FAIL, Severity.ERROR, "log4j 1.2.17 is banned",
                        List.of(Finding.of("log4j:log4j:1.2.17 is banned: CVE-2019-17571").subject("log4j:log4j")
                                        .at(Location.of(MODULE.resolve("pom.xml"), 42)).hint("exclude it"),
                                Finding.of("a shaded copy of log4j").at(Location.of(
                                        Path.of(MODULE.resolve("target/scorer.jar") + "!/org/apache/log4j/Logger.class")))),
                        Optional.empty(), 17),
                new RuleResult("coverage.overall", Status.WAIVED, Severity.ERROR, "line coverage is 0.62",
                        List.of(Finding.of("line coverage is 0.62, the contract requires at least 0.70")
                                .at(Location.of(MODULE.resolve("target/site/jacoco/jacoco.xml")))),
                        Optional.of(wholeCoverage), 2),
                new RuleResult("documentation.readme", Status.SKIPPED, Severity.OFF, "turned off in the contract",
                        List.of(), Optional.empty(), 0));
        return new Report(new Report.Project("com.acme", "churn-scorer", "1.0.0-SNAPSHOT"),
                new Report.ContractInfo("readiness.json", "ab12cd34", List.of("../../org/readiness-policy.json",
                        "classpath:readiness/policy.json")), Gate.DEFAULT, "the version is a SNAPSHOT", results);
    }
}

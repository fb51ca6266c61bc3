package dev.readiness.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.core.Gate;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    @TempDir
    Path dir;

    @Test
    void every_finding_has_its_subject_and_the_waiver_that_accepts_it() {
        Contract.Waiver waiver = new Contract.Waiver("dependencies.convergence", "pinned for Hadoop, ML-412",
                "ml-platform@acme.example", "2026-12-31", List.of("com.google.guava:*"));
        Report report = new Report(new Report.Project("com.acme", "churn-scorer", "1.0.0-SNAPSHOT"),
                new Report.ContractInfo("readiness.json", "ab12", List.of()), Gate.DEFAULT, "the version is a SNAPSHOT",
                List.of(new RuleResult("dependencies.convergence", Status.FAIL, Severity.ERROR, "x", List.of(
                        Finding.of("guava is managed down").subject("com.google.guava:guava").waivedBy(waiver),
                        Finding.of("jackson is managed down").subject("com.fasterxml.jackson.core:jackson-core"),
                        Finding.of("the module as a whole")), Optional.empty(), 1)));

        JsonNode findings = JsonReport.toJson(report, dir, dir).at("/results/0/findings");

        assertThat(findings.at("/0/subject").asText()).isEqualTo("com.google.guava:guava");
        assertThat(findings.at("/0/waiver/owner").asText()).isEqualTo("ml-platform@acme.example");
        assertThat(findings.at("/0/waiver/subjects/0").asText()).isEqualTo("com.google.guava:*");
        assertThat(findings.at("/1/subject").asText()).isEqualTo("com.fasterxml.jackson.core:jackson-core");
        assertThat(findings.at("/1/waiver").isNull()).isTrue();
        assertThat(findings.at("/2/subject").asText()).isEmpty();
        assertThat(JsonReport.toJson(report, dir, dir).at("/results/0/waiver").isNull()).isTrue();
    }
}

package dev.readiness.report;

import dev.readiness.api.Finding;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.core.Gate;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.engine.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A report with one result of each status, findings with and without locations, and text that needs escaping. */
final class SampleReport {

    private SampleReport() {
    }

    static Report of(Path baseDir) {
        return of(baseDir, 2);
    }

    /** @param ownerFindings how many findings the failing ownership.owners rule has */
    static Report of(Path baseDir, int ownerFindings) {
        Path contract = baseDir.resolve("readiness.json");
        List<Finding> owners = new ArrayList<>();
        for (int i = 0; i < ownerFindings; i++) {
            owners.add(Finding.of("owners.role" + i + " is a placeholder (\"TODO\")").at(Location.of(contract, 7 + i))
                    .hint("set \"owners\" to a person"));
        }
        List<RuleResult> results = List.of(
                new RuleResult("tests.executed", Status.PASS, Severity.ERROR, "12 tests ran", List.of(), Optional.empty(), 3),
                new RuleResult("ownership.owners", Status.FAIL, Severity.ERROR,
                        ownerFindings + " findings; first: owners.role0 is a placeholder", owners, Optional.empty(), 1),
                new RuleResult("structure.metadata", Status.WARN, Severity.WARN, "the POM lacks <url> | <scm>",
                        List.of(Finding.of("the POM declares no url & no scm\nsecond line").hint("add <url> to pom.xml")),
                        Optional.empty(), 0),
                new RuleResult("coverage.overall", Status.WAIVED, Severity.ERROR, "line coverage is 0.62",
                        List.of(Finding.of("line coverage is 0.62, the contract requires at least 0.70")
                                .at(Location.of(baseDir.resolve("target/site/jacoco/jacoco.xml")))),
                        Optional.of(new Contract.Waiver("coverage.overall", "legacy importer", "ml-platform@acme.example",
                                "2026-12-31")), 2),
                new RuleResult("documentation.readme", Status.SKIPPED, Severity.OFF, "turned off in the contract",
                        List.of(), Optional.empty(), 0));
        return new Report(new Report.Project("com.acme", "churn-scorer", "1.0.0-SNAPSHOT"),
                new Report.ContractInfo("readiness.json", "ab12", List.of()), Gate.DEFAULT, "the version is a SNAPSHOT",
                results);
    }
}

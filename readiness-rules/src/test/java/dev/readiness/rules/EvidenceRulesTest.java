package dev.readiness.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.engine.RuleRegistry;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The test-evidence rules are registered as any rule jar's would be, with the catalogue's ids and severities. */
class EvidenceRulesTest {

    @Test
    void are_registered_through_the_service_loader_with_their_default_severities() {
        Map<String, Severity> severities = RuleRegistry.load(getClass().getClassLoader()).descriptors().stream()
                .collect(Collectors.toMap(RuleDescriptor::id, RuleDescriptor::defaultSeverity));

        assertThat(severities).containsEntry("tests.executed", Severity.ERROR)
                .containsEntry("tests.passing", Severity.ERROR)
                .containsEntry("tests.skipped", Severity.WARN)
                .containsEntry("tests.flaky", Severity.WARN)
                .containsEntry("coverage.overall", Severity.ERROR)
                .containsEntry("coverage.core", Severity.ERROR);
    }
}

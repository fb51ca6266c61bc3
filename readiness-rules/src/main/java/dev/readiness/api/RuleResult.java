package dev.readiness.api;

import dev.readiness.contract.Contract;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import java.util.List;
import java.util.Optional;

/**
 * How one rule ended.
 *
 * @param rule the rule id
 * @param status the one status it ends with
 * @param severity the severity it ran at
 * @param message one line: why it has that status
 * @param findings what it found, empty for a pass
 * @param waiver the waiver that turned a FAIL or WARN into WAIVED
 * @param durationMs how long the rule took
 */
public record RuleResult(String rule, dev.readiness.core.Status status, Severity severity, String message,
        List<Finding> findings, Optional<Contract.Waiver> waiver, long durationMs) {

    public RuleResult {
        findings = List.copyOf(findings);
    }

    /** True when the rule was evaluated and found nothing wrong. */
    public boolean holds() {
        return status == Status.PASS;
    }
}

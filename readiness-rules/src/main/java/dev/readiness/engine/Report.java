package dev.readiness.engine;

import dev.readiness.api.RuleResult;
import dev.readiness.core.Gate;
import dev.readiness.core.Status;
import java.util.List;

/**
 * The outcome of checking one module: which gate ran and why, the verdict, and every rule's result.
 *
 * @param project the module's coordinates
 * @param contract the contract that was checked
 * @param gate the gate the build was held to
 * @param gateReason why that gate ran
 * @param results one result per registered rule
 */
public record Report(Project project, ContractInfo contract, Gate gate, String gateReason, List<RuleResult> results) {

    public static final int VERSION = 1;

    public Report {
        results = List.copyOf(results);
    }

    /** FAIL when any rule failed, PASS otherwise. */
    public Status verdict() {
        return results.stream().anyMatch(r -> r.status() == Status.FAIL) ? Status.FAIL : Status.PASS;
    }

    public Summary summary() {
        return Summary.of(results);
    }

    public record Project(String groupId, String artifactId, String version) {
    }

    /**
     * @param path the project's contract, relative to the module when inside it
     * @param sha256 its hex SHA-256
     * @param extendsChain the contracts it extends, nearest first, the policy last
     */
    public record ContractInfo(String path, String sha256, List<String> extendsChain) {
        public ContractInfo {
            extendsChain = List.copyOf(extendsChain);
        }
    }

    /** How many rules ended in each status. */
    public record Summary(int passed, int failed, int warned, int waived, int skipped) {
        static Summary of(List<RuleResult> results) {
            return new Summary(count(results, Status.PASS), count(results, Status.FAIL), count(results, Status.WARN),
                    count(results, Status.WAIVED), count(results, Status.SKIPPED));
        }

        private static int count(List<RuleResult> results, Status status) {
            return (int) results.stream().filter(r -> r.status() == status).count();
        }
    }
}

package dev.readiness.api;

import dev.readiness.core.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * What a rule concluded: the clause holds, is violated (with findings), does not apply (with the reason), or its
 * evidence could not be read, which is never a pass.
 */
public record Outcome(Kind kind, String message, List<Finding> findings) {

    public enum Kind { HOLDS, VIOLATED, NOT_APPLICABLE, UNREADABLE }

    public Outcome {
        Objects.requireNonNull(kind, "kind");
        message = message == null ? "" : message;
        findings = List.copyOf(findings);
    }

    public static Outcome holds(String message) {
        return new Outcome(Kind.HOLDS, message, List.of());
    }

    /** Holds when there are no findings, is violated otherwise. */
    public static Outcome of(List<Finding> findings, String whenHolds) {
        return findings.isEmpty() ? holds(whenHolds) : violated(findings);
    }

    public static Outcome violated(List<Finding> findings) {
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a violation needs at least one finding");
        }
        String message = findings.size() == 1 ? findings.get(0).message() : findings.size() + " findings; first: " + findings.get(0).message();
        return new Outcome(Kind.VIOLATED, message, findings);
    }

    public static Outcome violated(Finding finding) {
        return violated(List.of(finding));
    }

    public static Outcome notApplicable(String reason) {
        return new Outcome(Kind.NOT_APPLICABLE, reason, List.of());
    }

    /** The evidence the rule needs is missing or broken. */
    public static Outcome unreadable(Evidence<?> missing) {
        Evidence.Missing<?> m = (Evidence.Missing<?>) missing;
        Finding finding = new Finding(m.reason(), m.location(), m.hint(), false);
        return new Outcome(Kind.UNREADABLE, m.reason(), List.of(finding));
    }

    public static Outcome unreadable(Finding finding) {
        return new Outcome(Kind.UNREADABLE, finding.message(), List.of(finding));
    }
}

package dev.readiness.api;

import dev.readiness.contract.Contract;
import dev.readiness.core.Location;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing a rule found wrong: what (with the measured and the expected value), where, and how to fix it.
 *
 * @param message what is wrong, e.g. "line coverage is 0.62, the contract requires at least 0.70"
 * @param location the file and line to change, when there is one
 * @param hint how to fix it, e.g. the command to run or the element to add
 * @param advisory true for a finding that asks for tidying rather than signals a violation (a waiver on a rule that
 *     holds): it makes the rule WARN at most
 * @param subject the rule's natural unit the finding is about ({@code groupId:artifactId}, a file path, a metric, a
 *     class, a schema name), which a waiver's {@code subjects} match; empty when the finding is about the module as
 *     a whole
 * @param waiver the waiver that accepts this finding; set by the engine, never by a rule
 */
public record Finding(String message, Optional<Location> location, String hint, boolean advisory, String subject,
        Optional<Contract.Waiver> waiver) {

    public Finding {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
        hint = hint == null ? "" : hint;
        subject = subject == null ? "" : subject;
        waiver = waiver == null ? Optional.empty() : waiver;
    }

    public Finding(String message, Optional<Location> location, String hint, boolean advisory) {
        this(message, location, hint, advisory, "", Optional.empty());
    }

    public static Finding of(String message) {
        return new Finding(message, Optional.empty(), "", false);
    }

    public Finding at(Location where) {
        return new Finding(message, Optional.ofNullable(where), hint, advisory, subject, waiver);
    }

    public Finding at(Optional<Location> where) {
        return new Finding(message, where, hint, advisory, subject, waiver);
    }

    public Finding hint(String how) {
        return new Finding(message, location, how, advisory, subject, waiver);
    }

    public Finding asAdvisory() {
        return new Finding(message, location, hint, true, subject, waiver);
    }

    /** The finding about {@code what}: the unit a waiver's {@code subjects} name to accept just this finding. */
    public Finding subject(String what) {
        return new Finding(message, location, hint, advisory, what, waiver);
    }

    /** The finding as accepted by a waiver: it stays in the reports, marked with the waiver. */
    public Finding waivedBy(Contract.Waiver by) {
        return new Finding(message, location, hint, advisory, subject, Optional.of(by));
    }

    public boolean waived() {
        return waiver.isPresent();
    }

    /** The same finding with other texts (paths made relative for display, say). */
    public Finding withTexts(String newMessage, String newHint) {
        return new Finding(newMessage, location, newHint, advisory, subject, waiver);
    }
}

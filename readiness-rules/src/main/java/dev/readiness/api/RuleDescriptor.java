package dev.readiness.api;

import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Everything about a rule except its logic, declared once: the contract's schema, the SARIF descriptors, the README
 * catalogue and {@code init}'s comments are all derived from it.
 *
 * @param id the rule id, {@code clause.name} ({@code coverage.core}); third-party rules use their own prefix
 * @param defaultSeverity the severity when the contract does not set one
 * @param summary one line: what it checks
 * @param rationale the clause of the handoff contract it serves, why it matters
 * @param help how to satisfy it
 * @param options the options the contract may set
 * @param releaseOnly true when the rule runs only in the release gate unless configured {@code "always": true}
 * @param afterOthers true when the rule judges other rules' results and so runs after them
 * @param pomPackaging true when the rule reads only what a module with {@code pom} packaging has (its POM, its
 *     contract), so it runs there too; the others are SKIPPED as not applicable to pom packaging
 * @param sinceContract the contract format the rule arrived with: for a contract of an older format it is off unless
 *     the contract or a policy turns it on, so a plugin upgrade never fails a contract that passed
 * @param starter what the rule contributes to the starter contract of {@code readiness:init}, measured from the
 *     project; {@link Starter#NONE} by default
 */
public record RuleDescriptor(String id, Severity defaultSeverity, String summary, String rationale, String help,
        List<Option<?>> options, boolean releaseOnly, boolean afterOthers, boolean pomPackaging, int sinceContract,
        Starter.Measure starter) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)+");

    public RuleDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id '" + id + "' must be lower-case words joined by '.' and '-', like 'acme.model-card'");
        }
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(rationale, "rationale");
        Objects.requireNonNull(help, "help");
        options = List.copyOf(options);
        Objects.requireNonNull(starter, "starter");
        if (sinceContract < 1) {
            throw new IllegalArgumentException("rule " + id + ": contract formats start at 1, not " + sinceContract);
        }
    }

    public static Builder rule(String id) {
        return new Builder(id);
    }

    /** The clause, the part of the id before the first dot ({@code coverage}). */
    public String clause() {
        return id.substring(0, id.indexOf('.'));
    }

    public Optional<Option<?>> option(String name) {
        for (Option<?> option : options) {
            if (option.name().equals(name)) {
                return Optional.of(option);
            }
        }
        return Optional.empty();
    }

    /** Builds a descriptor; unset texts are rejected, so every rule documents itself. */
    public static final class Builder {
        private final String id;
        private Severity severity = Severity.ERROR;
        private String summary;
        private String rationale;
        private String help;
        private List<Option<?>> options = List.of();
        private boolean releaseOnly;
        private boolean afterOthers;
        private boolean pomPackaging;
        private int sinceContract = 1;
        private Starter.Measure starter = WithDefaults.MEASURE;

        private Builder(String id) {
            this.id = id;
        }

        public Builder severity(Severity value) {
            this.severity = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        /** Why the rule exists: the contract clause it serves. */
        public Builder because(String value) {
            this.rationale = value;
            return this;
        }

        public Builder help(String value) {
            this.help = value;
            return this;
        }

        public Builder options(Option<?>... values) {
            this.options = List.of(values);
            return this;
        }

        public Builder releaseOnly() {
            this.releaseOnly = true;
            return this;
        }

        public Builder afterOthers() {
            this.afterOthers = true;
            return this;
        }

        /** The rule also checks modules with {@code pom} packaging (parents, BOMs, published aggregators). */
        public Builder pomPackaging() {
            this.pomPackaging = true;
            return this;
        }

        /**
         * The rule arrived with contract format {@code version}: it is off for contracts of an older format unless they
         * (or a policy) configure it. Every rule that could fail a contract which passed before needs this.
         */
        public Builder sinceContract(int version) {
            this.sinceContract = version;
            return this;
        }

        /** What {@code readiness:init} writes for the rule: option values measured from the project, comments. */
        public Builder starter(Starter.Measure value) {
            this.starter = value;
            return this;
        }

        public RuleDescriptor build() {
            return new RuleDescriptor(id, severity, summary, rationale, help, options, releaseOnly, afterOthers,
                    pomPackaging, sinceContract, starter);
        }
    }

    /** The starter entry of a rule that measures nothing: it is shown with its defaults. */
    private static final class WithDefaults implements Starter.Measure {
        static final Starter.Measure MEASURE = new WithDefaults();

        @Override
        public Starter of(Facts facts) {
            return Starter.NONE;
        }
    }
}

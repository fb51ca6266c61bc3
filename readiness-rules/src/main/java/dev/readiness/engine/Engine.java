package dev.readiness.engine;

import dev.readiness.api.Finding;
import dev.readiness.api.MissingEvidenceException;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.RuleResult;
import dev.readiness.api.Starter;
import dev.readiness.api.WaiverTerms;
import dev.readiness.contract.Contract;
import dev.readiness.contract.ContractLayer;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Evidence;
import dev.readiness.core.Gate;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Printable;
import dev.readiness.core.Secrets;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;

/**
 * Evaluates a contract's rules on one module's facts: applies severities, the gate and waivers, and turns a crashing
 * rule into that rule's FAIL rather than a dead build.
 */
public final class Engine {

    private static final String POM_PACKAGING = "pom";
    /** The most findings of one rule the reports list one by one. */
    static final int MAX_LISTED_FINDINGS = 200;
    /** The longest message or hint the reports show. */
    static final int MAX_TEXT = 4_000;

    private final RuleRegistry registry;
    /** A thread per core; idle threads end by themselves, so the pool needs no shutdown. */
    private final ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());

    public Engine(RuleRegistry registry) {
        this.registry = registry;
    }

    public RuleRegistry registry() {
        return registry;
    }

    /**
     * @throws InvalidInputException when the contract's {@code rules} section names an unknown rule or option, or a
     *     value of the wrong type
     */
    public Report evaluate(LoadedContract contract, Facts facts, Gate gate, String gateReason, LocalDate today) {
        Map<String, RuleSettings> settings = RuleSettings.bind(contract, registry);
        List<RuleDescriptor> catalogue = registry.descriptors();
        List<Rule> first = new ArrayList<>();
        List<Rule> last = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            (rule.descriptor().afterOthers() ? last : first).add(rule);
        }
        RuleSettings waivers = settings.get(WaiverTerms.WAIVERS_RULE);
        Long days = waivers == null ? null : waivers.options().get(WaiverTerms.MAX_DAYS);
        long maxWaiverDays = days != null ? days : WaiverTerms.MAX_DAYS.defaultValue();
        // The slowest evidence of this contract is gathered from the start, while the first rules run; what no rule
        // asked for by the end (its rules turned off) is stopped, or waited for if already running.
        ReadAhead contractEvidence = readAhead(facts.slowestEvidence(contract));
        List<Ran> ran;
        try {
            Evaluation evaluation = new Evaluation(settings, contract, facts, gate, today, catalogue, maxWaiverDays);
            ran = new ArrayList<>(runInParallel(first, evaluation));
            for (Rule rule : last) {
                ran.add(evaluation.run(rule, oneFailurePerCause(ordered(ran))));
            }
        } finally {
            contractEvidence.cancel();
        }
        List<RuleResult> ordered = oneFailurePerCause(ordered(ran));
        return new Report(project(facts.project()), contractInfo(contract, facts.project().baseDir()), gate, gateReason, ordered);
    }

    /** The results in catalogue order, the order the reports list them. */
    private List<Ran> ordered(List<Ran> ran) {
        Map<String, Ran> byRule = new HashMap<>();
        for (Ran r : ran) {
            byRule.putIfAbsent(r.result().rule(), r);
        }
        List<Ran> ordered = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            Ran r = byRule.get(rule.descriptor().id());
            if (r != null) {
                ordered.add(r);
            }
        }
        return ordered;
    }

    /**
     * Starts gathering the module's slowest evidence ({@link Facts#slowestEvidence()}) on the engine's threads, so that
     * it is read while the first rules run rather than when each asks (the plugin starts it once the contract has
     * loaded). When the check ends before the evaluation (a contract whose rules cannot be bound, say),
     * {@link ReadAhead#cancel() cancel} it, so that nothing runs on after the caller is gone.
     */
    public ReadAhead readAhead(Facts facts) {
        return readAhead(facts.slowestEvidence());
    }

    private ReadAhead readAhead(List<Runnable> evidence) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        AtomicBoolean cancelled = new AtomicBoolean();
        List<CompletableFuture<Void>> gathering = new ArrayList<>();
        for (Runnable gather : evidence) {
            gathering.add(CompletableFuture.runAsync(new Gathering(gather, loader, cancelled), pool));
        }
        return new ReadAhead(cancelled, gathering);
    }

    /** One piece of evidence read ahead on the pool, with the caller's context class loader, unless cancelled first. */
    private static final class Gathering implements Runnable {

        private final Runnable gather;
        private final ClassLoader loader;
        private final AtomicBoolean cancelled;

        Gathering(Runnable gather, ClassLoader loader, AtomicBoolean cancelled) {
            this.gather = gather;
            this.loader = loader;
            this.cancelled = cancelled;
        }

        @Override
        public void run() {
            ClassLoader before = useLoader(loader);
            try {
                if (!cancelled.get()) {
                    gather.run();
                }
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                // The rule that asks for this evidence gets the same failure and reports it.
            } finally {
                useLoader(before);
            }
        }
    }

    /** Evidence being read ahead of the evaluation. */
    public static final class ReadAhead {

        /** The longest a cancelled read-ahead is waited for: each gathering is bounded by its reader's own limits. */
        private static final long AWAIT_SECONDS = 60;

        private final AtomicBoolean cancelled;
        private final List<CompletableFuture<Void>> gathering;

        private ReadAhead(AtomicBoolean cancelled, List<CompletableFuture<Void>> gathering) {
            this.cancelled = cancelled;
            this.gathering = gathering;
        }

        /** Waits until everything has been read (for tests: the check itself never waits for evidence no rule asks for). */
        void finish() {
            CompletableFuture.allOf(gathering.toArray(new CompletableFuture<?>[0])).join();
        }

        /** Stops what has not started and waits for what is running to end. */
        public void cancel() {
            cancelled.set(true);
            try {
                CompletableFuture.allOf(gathering.toArray(new CompletableFuture<?>[0])).get(AWAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                // Failures were swallowed above; a reader still running after the bound is left to end by itself.
            }
        }
    }

    /**
     * Rules are independent of each other, and facts are gathered once whoever asks first, so they run in parallel:
     * each rule is a task of the engine's pool, a thread per core, taken in catalogue order by whichever thread is
     * free. A rule that needs evidence another thread is still gathering waits as a managed blocker, so the pool
     * starts another thread for the next rules and both cores stay busy.
     */
    private List<Ran> runInParallel(List<Rule> rules, Evaluation evaluation) {
        // The rules see the caller's context class loader (in Maven, the plugin's), whichever thread runs them.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<ForkJoinTask<Ran>> tasks = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            tasks.add(pool.submit(new RuleTask(evaluation, rule, loader)));
        }
        List<Ran> ran = new ArrayList<>(tasks.size());
        for (ForkJoinTask<Ran> task : tasks) {
            ran.add(task.join());
        }
        return ran;
    }

    /** One of the rules that run in parallel, seeing no earlier results. */
    private static final class RuleTask implements Callable<Ran> {

        private final Evaluation evaluation;
        private final Rule rule;
        private final ClassLoader loader;

        RuleTask(Evaluation evaluation, Rule rule, ClassLoader loader) {
            this.evaluation = evaluation;
            this.rule = rule;
            this.loader = loader;
        }

        @Override
        public Ran call() {
            ClassLoader before = useLoader(loader);
            try {
                return evaluation.run(rule, List.of());
            } finally {
                useLoader(before);
            }
        }
    }

    /** Makes {@code loader} the current thread's context class loader; returns the one it replaces. */
    private static ClassLoader useLoader(ClassLoader loader) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        return before;
    }

    /** What every rule of one evaluation is run with. */
    private record Evaluation(Map<String, RuleSettings> settings, LoadedContract contract, Facts facts, Gate gate,
            LocalDate today, List<RuleDescriptor> catalogue, long maxWaiverDays) {

        /** @param earlier the results of the rules that ran before, for a rule that runs after the others */
        Ran run(Rule rule, List<RuleResult> earlier) {
            return Engine.run(rule, settings.get(rule.descriptor().id()), contract, facts, gate, today, earlier,
                    catalogue, maxWaiverDays);
        }
    }

    /** A rule's result, and the missing evidence that ended it, if that is how it ended. */
    private record Ran(RuleResult result, Optional<Evidence.Missing<?>> missing) {
    }

    private static Ran run(Rule rule, RuleSettings settings, LoadedContract contract, Facts facts, Gate gate,
            LocalDate today, List<RuleResult> earlier, List<RuleDescriptor> catalogue, long maxWaiverDays) {
        RuleDescriptor descriptor = rule.descriptor();
        String id = descriptor.id();
        // A rule turned off with a placeholder for its reason is a decision not yet taken: it fails until a person
        // says why the rule is off, or removes the entry so that the rule runs.
        boolean undecided = settings.severity() == Severity.OFF && settings.offReason().startsWith(Starter.PLACEHOLDER);
        if (settings.severity() == Severity.OFF && !undecided) {
            return skipped(id, Severity.OFF, settings.offReason().isEmpty() ? "turned off in the contract"
                    : "turned off: " + Printable.of(settings.offReason()));
        }
        Severity severity = undecided ? Severity.ERROR : settings.severity();
        if (descriptor.releaseOnly() && gate != Gate.RELEASE && !settings.always()) {
            return skipped(id, severity,
                    "runs in the release gate only (set \"rules\": {\"" + id + "\": {\"always\": true}} to run it in every build)");
        }
        if (POM_PACKAGING.equals(facts.project().packaging()) && !descriptor.pomPackaging()) {
            return skipped(id, severity, "not applicable to pom packaging: the module has no code, tests or "
                    + "artifact of its own; the rules that read its POM and contract check it");
        }
        long start = System.nanoTime();
        Outcome outcome;
        Optional<Evidence.Missing<?>> missing = Optional.empty();
        try {
            outcome = undecided ? undecided(id, contract) : rule.evaluate(new RuleContext(facts, contract, settings.options(), gate, today, earlier, catalogue));
        } catch (MissingEvidenceException e) {
            outcome = e.outcome();
            missing = Optional.of(e.missing());
        } catch (InvalidInputException e) {
            outcome = Outcome.unreadable(new Finding(e.problem(), e.location(), e.fix(), false));
        } catch (RuntimeException | StackOverflowError e) {
            outcome = Outcome.unreadable(Finding.of("the rule crashed: " + e)
                    .hint("this is a bug in the rule " + id + " (" + rule.getClass().getName() + "); report it with the build log of mvn -e"));
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        ProjectInfo project = facts.project();
        List<Finding> findings = new ArrayList<>(outcome.findings().size());
        for (Finding f : outcome.findings()) {
            findings.add(f.withTexts(shown(f.message(), project), shown(f.hint(), project))
                    .subject(bounded(Printable.of(f.subject()))));
        }
        Status status = status(outcome.kind(), findings, severity, gate);
        String message = switch (outcome.kind()) {
            case UNREADABLE -> "cannot read its evidence: " + outcome.message();
            default -> outcome.message();
        };
        Optional<Contract.Waiver> waiver = Optional.empty();
        if ((status == Status.FAIL || status == Status.WARN) && !id.equals(WaiverTerms.WAIVERS_RULE)) {
            List<Contract.Waiver> valid = new ArrayList<>();
            for (Contract.Waiver w : contract.contract().waivers()) {
                if (w.rule().equals(id) && WaiverTerms.valid(w, today, maxWaiverDays)) {
                    valid.add(w);
                }
            }
            List<Finding> judged = new ArrayList<>(findings.size());
            List<Finding> open = new ArrayList<>();
            for (Finding f : findings) {
                Finding finding = f;
                for (Contract.Waiver w : valid) {
                    if (WaiverTerms.covers(w, f)) {
                        finding = f.waivedBy(w);
                        break;
                    }
                }
                judged.add(finding);
                if (!finding.waived()) {
                    open.add(finding);
                }
            }
            if (open.isEmpty()) {
                for (Finding f : judged) {
                    if (f.waiver().isPresent()) {
                        waiver = f.waiver();
                        break;
                    }
                }
                status = Status.WAIVED;
            } else if (open.size() < judged.size()) {
                status = status(outcome.kind(), open, severity, gate);
                String rest = outcome.kind() == Outcome.Kind.VIOLATED ? Outcome.violated(open).message() : message;
                message = rest + " (" + (judged.size() - open.size()) + " more waived)";
            }
            findings = judged;
        }
        return new Ran(new RuleResult(id, status, severity, shown(message, project), listed(List.copyOf(findings)), waiver,
                durationMs), missing);
    }

    /**
     * A text as every report and the log show it: files named relative to the module, as in the locations; control
     * characters (a test name with ESC) escaped; a credential in a failure message ({@code password=...}) masked by
     * the detector of configuration.no-secrets; bounded in length.
     */
    private static String shown(String text, ProjectInfo project) {
        return bounded(Printable.of(Secrets.mask(DisplayPaths.inText(text, project.baseDir(), project.reactorRoot()))));
    }

    /**
     * The findings the reports list: the first {@value #MAX_LISTED_FINDINGS}, then one that counts the rest, so that a
     * rule with twenty thousand findings neither exhausts memory in the writers nor makes a report its consumer
     * refuses (code scanning takes SARIF files of a few megabytes). The status was decided on all of them.
     */
    static List<Finding> listed(List<Finding> findings) {
        if (findings.size() <= MAX_LISTED_FINDINGS) {
            return findings;
        }
        List<Finding> rest = findings.subList(MAX_LISTED_FINDINGS, findings.size());
        long waived = 0;
        for (Finding finding : rest) {
            if (finding.waived()) {
                waived++;
            }
        }
        List<Finding> listed = new ArrayList<>(findings.subList(0, MAX_LISTED_FINDINGS));
        listed.add(Finding.of("and " + rest.size() + " more findings, not listed (" + findings.size() + " in all"
                        + (waived > 0 ? ", " + waived + " of those not listed waived" : "") + ")")
                .hint("fix the findings listed first; the reports list at most " + MAX_LISTED_FINDINGS
                        + " findings of a rule"));
        return listed;
    }

    /** A message or hint cut at {@value #MAX_TEXT} characters: evidence can hold a test name of megabytes. */
    static String bounded(String text) {
        if (text.length() <= MAX_TEXT) {
            return text;
        }
        int cut = Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
        return text.substring(0, cut) + "... (" + (text.length() - cut) + " more characters)";
    }

    /** The finding of a rule turned off whose reason is still the placeholder {@code readiness:init} wrote. */
    private static Outcome undecided(String id, LoadedContract contract) {
        return Outcome.violated(Finding.of("rules." + id + " is off, but its reason is a placeholder: the decision "
                        + "to turn it off is not taken yet")
                .at(contract.locate(LoadedContract.pointer("rules", id, RuleSettings.REASON)))
                .hint("say why the rule does not apply (\"reason\": \"library: no JSON API\"), or remove the entry "
                        + "so that the rule runs"));
    }

    private static Ran skipped(String id, Severity severity, String reason) {
        return new Ran(new RuleResult(id, Status.SKIPPED, severity, reason, List.of(), Optional.empty(), 0), Optional.empty());
    }

    /**
     * One cause, one failure: of the rules that ended on the same missing evidence, the first in catalogue order
     * reports it, and the others are SKIPPED pointing to it, so one missing report directory is one FAIL to fix.
     */
    private static List<RuleResult> oneFailurePerCause(List<Ran> ran) {
        Map<Evidence.Missing<?>, String> reportedBy = new HashMap<>();
        List<RuleResult> results = new ArrayList<>();
        for (Ran r : ran) {
            RuleResult result = r.result();
            if (r.missing().isPresent() && result.status() != Status.WAIVED) {
                String first = reportedBy.putIfAbsent(r.missing().get(), result.rule());
                if (first != null) {
                    result = new RuleResult(result.rule(), Status.SKIPPED, result.severity(),
                            "its evidence is missing, as " + first + " reports: see " + first, List.of(),
                            Optional.empty(), result.durationMs());
                }
            }
            results.add(result);
        }
        return results;
    }

    private static Status status(Outcome.Kind kind, List<Finding> findings, Severity severity, Gate gate) {
        return switch (kind) {
            case HOLDS -> Status.PASS;
            case NOT_APPLICABLE -> Status.SKIPPED;
            case UNREADABLE -> Status.FAIL;
            case VIOLATED -> {
                boolean advisoryOnly = true;
                for (Finding finding : findings) {
                    advisoryOnly &= finding.advisory();
                }
                Status violated = severity == Severity.ERROR && !advisoryOnly ? Status.FAIL : Status.WARN;
                yield gate == Gate.RELEASE ? Status.FAIL : violated;
            }
        };
    }

    private static Report.Project project(ProjectInfo project) {
        return new Report.Project(project.groupId(), project.artifactId(), project.version());
    }

    private static Report.ContractInfo contractInfo(LoadedContract contract, Path baseDir) {
        List<ContractLayer> chain = contract.chain();
        List<String> extended = new ArrayList<>();
        for (ContractLayer layer : chain.subList(1, chain.size())) {
            extended.add(display(layer, baseDir));
        }
        return new Report.ContractInfo(display(chain.get(0), baseDir), chain.get(0).sha256(), extended);
    }

    /**
     * A contract as {@code report.json} names it: relative to the module wherever the file lies (the specification's
     * {@code contract.path}, and {@code extends} as written relative to the contract), else its reference.
     */
    private static String display(ContractLayer layer, Path baseDir) {
        Optional<Path> file = layer.source().file();
        return file.isPresent() ? DisplayPaths.relative(file.get(), baseDir) : layer.source().reference();
    }
}

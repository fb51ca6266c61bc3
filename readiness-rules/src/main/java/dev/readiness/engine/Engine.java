package dev.readiness.engine;

import dev.readiness.api.Finding;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.RuleResult;
import dev.readiness.contract.Contract;
import dev.readiness.contract.ContractLayer;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.DisplayPaths;
import dev.readiness.core.Gate;
import dev.readiness.core.InvalidInputException;
import dev.readiness.core.Severity;
import dev.readiness.core.Status;
import dev.readiness.facts.Facts;
import dev.readiness.facts.ProjectInfo;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Evaluates a contract's rules on one module's facts: applies severities, the gate and waivers, and turns a crashing
 * rule into that rule's FAIL rather than a dead build.
 */
public final class Engine {

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
        List<RuleResult> results = new ArrayList<>(runInParallel(first,
                rule -> run(rule, settings.get(rule.descriptor().id()), contract, facts, gate, today, List.of(), catalogue)));
        for (Rule rule : last) {
            results.add(run(rule, settings.get(rule.descriptor().id()), contract, facts, gate, today, List.copyOf(results),
                    catalogue));
        }
        List<RuleResult> ordered = new ArrayList<>();
        for (Rule rule : registry.rules()) {
            results.stream().filter(r -> r.rule().equals(rule.descriptor().id())).findFirst().ifPresent(ordered::add);
        }
        return new Report(project(facts.project()), contractInfo(contract, facts.project().baseDir()), gate, gateReason, ordered);
    }

    /**
     * Starts gathering the module's slowest evidence ({@link Facts#slowestEvidence()}) on the engine's threads, so that
     * it is read while the caller loads the contract rather than after.
     */
    public void readAhead(Facts facts) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (Runnable gather : facts.slowestEvidence()) {
            pool.execute(() -> withLoader(loader, () -> {
                try {
                    gather.run();
                } catch (RuntimeException | StackOverflowError e) {
                    // The rule that asks for this evidence gets the same failure and reports it.
                }
                return null;
            }));
        }
    }

    /**
     * Rules are independent of each other, and facts are gathered once whoever asks first, so they run in parallel:
     * each rule is a task of the engine's pool, a thread per core, taken in catalogue order by whichever thread is
     * free. A rule that needs evidence another thread is still gathering waits as a managed blocker, so the pool
     * starts another thread for the next rules and both cores stay busy.
     */
    private List<RuleResult> runInParallel(List<Rule> rules, Function<Rule, RuleResult> run) {
        // The rules see the caller's context class loader (in Maven, the plugin's), whichever thread runs them.
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<ForkJoinTask<RuleResult>> tasks = rules.stream()
                .map(rule -> pool.submit(() -> withLoader(loader, () -> run.apply(rule)))).toList();
        return tasks.stream().map(ForkJoinTask::join).toList();
    }

    private static <T> T withLoader(ClassLoader loader, Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader before = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(before);
        }
    }

    private static RuleResult run(Rule rule, RuleSettings settings, LoadedContract contract, Facts facts, Gate gate,
            LocalDate today, List<RuleResult> earlier, List<RuleDescriptor> catalogue) {
        RuleDescriptor descriptor = rule.descriptor();
        String id = descriptor.id();
        if (settings.severity() == Severity.OFF) {
            return new RuleResult(id, Status.SKIPPED, Severity.OFF, "turned off in the contract", List.of(), Optional.empty(), 0);
        }
        if (descriptor.releaseOnly() && gate != Gate.RELEASE && !settings.always()) {
            return new RuleResult(id, Status.SKIPPED, settings.severity(),
                    "runs in the release gate only (set \"rules\": {\"" + id + "\": {\"always\": true}} to run it in every build)",
                    List.of(), Optional.empty(), 0);
        }
        long start = System.nanoTime();
        Outcome outcome;
        try {
            outcome = new RuleContext(facts, contract, settings.options(), gate, today, earlier, catalogue).evaluate(rule);
        } catch (InvalidInputException e) {
            outcome = Outcome.unreadable(new Finding(e.problem(), e.location(), e.fix(), false));
        } catch (RuntimeException | StackOverflowError e) {
            outcome = Outcome.unreadable(Finding.of("the rule crashed: " + e)
                    .hint("this is a bug in the rule " + id + " (" + rule.getClass().getName() + "); report it with the build log of mvn -e"));
        }
        long durationMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        Status status = status(outcome, settings.severity(), gate);
        Optional<Contract.Waiver> waiver = Optional.empty();
        if (status == Status.FAIL || status == Status.WARN) {
            waiver = validWaiver(contract.contract(), id, today);
            if (waiver.isPresent()) {
                status = Status.WAIVED;
            }
        }
        String message = switch (outcome.kind()) {
            case UNREADABLE -> "cannot read its evidence: " + outcome.message();
            default -> outcome.message();
        };
        // Evidence readers name files absolutely; people read them relative to the module, as in the locations.
        ProjectInfo project = facts.project();
        UnaryOperator<String> shown = text -> DisplayPaths.inText(text, project.baseDir(), project.reactorRoot());
        List<Finding> findings = outcome.findings().stream()
                .map(f -> new Finding(shown.apply(f.message()), f.location(), shown.apply(f.hint()), f.advisory()))
                .toList();
        return new RuleResult(id, status, settings.severity(), shown.apply(message), findings, waiver, durationMs);
    }

    private static Status status(Outcome outcome, Severity severity, Gate gate) {
        return switch (outcome.kind()) {
            case HOLDS -> Status.PASS;
            case NOT_APPLICABLE -> Status.SKIPPED;
            case UNREADABLE -> Status.FAIL;
            case VIOLATED -> {
                boolean advisoryOnly = outcome.findings().stream().allMatch(Finding::advisory);
                Status violated = severity == Severity.ERROR && !advisoryOnly ? Status.FAIL : Status.WARN;
                yield gate == Gate.RELEASE ? Status.FAIL : violated;
            }
        };
    }

    /** The first waiver for the rule that is complete and has not expired (its expiry day included). */
    static Optional<Contract.Waiver> validWaiver(Contract contract, String ruleId, LocalDate today) {
        return contract.waivers().stream()
                .filter(w -> w.rule().equals(ruleId) && !w.reason().isEmpty() && !w.owner().isEmpty())
                .filter(w -> expiry(w).map(expires -> !today.isAfter(expires)).orElse(false))
                .findFirst();
    }

    /** A waiver's expiry date, empty when it is missing or not an ISO date. */
    public static Optional<LocalDate> expiry(Contract.Waiver waiver) {
        try {
            return Optional.of(LocalDate.parse(waiver.expires()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Report.Project project(ProjectInfo project) {
        return new Report.Project(project.groupId(), project.artifactId(), project.version());
    }

    private static Report.ContractInfo contractInfo(LoadedContract contract, Path baseDir) {
        List<ContractLayer> chain = contract.chain();
        List<String> extended = chain.subList(1, chain.size()).stream().map(l -> display(l, baseDir)).toList();
        return new Report.ContractInfo(display(chain.get(0), baseDir), chain.get(0).sha256(), extended);
    }

    private static String display(ContractLayer layer, Path baseDir) {
        return layer.source().file().map(file -> {
            Path relative = baseDir.relativize(file);
            return relative.toString().replace('\\', '/');
        }).orElse(layer.source().reference());
    }
}

package dev.readiness.rules.performance;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract.Threshold;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Glob;
import dev.readiness.core.Severity;
import dev.readiness.facts.MetricValues;
import dev.readiness.manifest.PreviousRelease;
import dev.readiness.readers.BaselineFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code performance.baseline}: no thresholded metric got worse than the recorded baseline by more than allowed. */
public final class Baseline implements Rule {

    public static final Option<List<String>> EXCLUDE = Option.of("exclude", OptionType.textList(), List.of(),
            Option.Strictness.FEWER, "metric names (globs with * and **, e.g. latency.**) not compared with the baseline, "
                    + "for measurements too noisy to compare from build to build");

    /** The {@code metrics.baseline} that names the previous release's handoff manifest instead of a file. */
    public static final String RELEASE = "release";

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("performance.baseline")
            .severity(Severity.WARN)
            .summary("No thresholded metric regresses more than metrics.maxRegression against the recorded baseline")
            .because("Performance baselines and acceptance thresholds: a model can pass its thresholds while "
                    + "quietly getting worse release after release; the baseline makes each step down visible.")
            .help("Record the baseline with mvn readiness:baseline and commit readiness-baseline.json; when a change "
                    + "is intended, record it again. With \"metrics\": {\"baseline\": \"release\"} the baseline is the "
                    + "metrics of the previous release's handoff manifest, what runs in production. The direction comes "
                    + "from each threshold: a metric with a min regresses when it falls, one with a max when it rises.")
            .options(EXCLUDE)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        LoadedContract contract = context.contract();
        Contract.Metrics section = MeasuredMetrics.section(context);
        if (RELEASE.equals(section.baseline())) {
            return againstRelease(context, section);
        }
        Path file = context.facts().workspace().resolve(section.baseline(), "baseline file",
                contract.locate("/metrics/baseline"));
        BaselineFile baselineFile = new BaselineFile(file);
        if (!baselineFile.exists()) {
            return Outcome.notApplicable("no baseline recorded; run mvn readiness:baseline");
        }
        double allowed = section.maxRegression();
        if (!(allowed >= 0 && allowed <= 1)) {
            return Outcome.unreadable(Finding.of("metrics.maxRegression is " + MetricValues.format(allowed)
                            + ", not a ratio from 0 to 1")
                    .at(contract.locate("/metrics/maxRegression"))
                    .hint("write the allowed relative regression as a ratio: 0.05 means 5%"));
        }
        if (section.thresholds().isEmpty()) {
            return Outcome.notApplicable("no thresholds declared, so no metric has a direction to regress in "
                    + "(performance.thresholds asks for them)");
        }
        BaselineFile.Baseline recorded = context.require(baselineFile.read());
        MetricValues measured = context.require(MeasuredMetrics.read(context));
        String baselineName = context.facts().workspace().relative(file);
        return compare(context, section, recorded.metrics(), measured,
                "the baseline of " + recorded.recorded() + " in " + baselineName,
                "the baseline of " + recorded.recorded(),
                "if it is intended, record a new baseline with mvn readiness:baseline");
    }

    /** Compares with the metrics the previous release's handoff manifest recorded. */
    private static Outcome againstRelease(RuleContext context, Contract.Metrics section) {
        LoadedContract contract = context.contract();
        double allowed = section.maxRegression();
        if (!(allowed >= 0 && allowed <= 1)) {
            return Outcome.unreadable(Finding.of("metrics.maxRegression is " + MetricValues.format(allowed)
                            + ", not a ratio from 0 to 1")
                    .at(contract.locate("/metrics/maxRegression"))
                    .hint("write the allowed relative regression as a ratio: 0.05 means 5%"));
        }
        if (section.thresholds().isEmpty()) {
            return Outcome.notApplicable("no thresholds declared, so no metric has a direction to regress in "
                    + "(performance.thresholds asks for them)");
        }
        PreviousRelease previous = context.require(context.facts().previousRelease());
        if (previous instanceof PreviousRelease.None none) {
            return Outcome.notApplicable("metrics.baseline is \"release\" and there is nothing to compare with: "
                    + none.reason());
        }
        PreviousRelease.Released release = (PreviousRelease.Released) previous;
        if (release.manifest().metrics().isEmpty()) {
            return Outcome.notApplicable("metrics.baseline is \"release\" and the handoff manifest of "
                    + release.version() + " recorded no metrics");
        }
        MetricValues measured = context.require(MeasuredMetrics.read(context));
        return compare(context, section, release.manifest().metrics().get(), measured, "release " + release.version(),
                "release " + release.version(), "if it is intended, say so in the release notes: the next release "
                        + "compares with this one");
    }

    private static Outcome compare(RuleContext context, Contract.Metrics section, Map<String, Double> baseline,
            MetricValues measured, String against, String holdsAgainst, String intended) {
        LoadedContract contract = context.contract();
        double allowed = section.maxRegression();
        List<Finding> findings = new ArrayList<>();
        int compared = 0;
        List<Glob> excluded = new ArrayList<>();
        for (String pattern : context.option(EXCLUDE)) {
            excluded.add(Glob.ofClassName(pattern));
        }
        for (Map.Entry<String, Threshold> entry : section.thresholds().entrySet()) {
            String name = entry.getKey();
            if (matchesAny(excluded, name)) {
                continue;
            }
            Optional<Double> before = Optional.ofNullable(baseline.get(name));
            Optional<Double> now = measured.value(name);
            if (before.isEmpty() || now.isEmpty()) {
                // Not in the baseline yet, or not measured (performance.thresholds reports that).
                continue;
            }
            compared++;
            double change = BaselineFile.relativeChange(before.get(), now.get());
            boolean fell = entry.getValue().min().isPresent() && -change > allowed;
            boolean rose = entry.getValue().max().isPresent() && change > allowed;
            if (fell || rose) {
                findings.add(Finding.of(name + (fell ? " fell" : " rose") + " from " + MetricValues.format(before.get())
                                + " to " + MetricValues.format(now.get()) + " (" + BaselineFile.percent(change)
                                + ") against " + against
                                + ", more than the " + MetricValues.format(allowed * 100) + "% metrics.maxRegression allows")
                        .at(contract.locate(MeasuredMetrics.thresholdPointer(name))).subject(name)
                        .hint("find the change that made " + name + " worse; " + intended));
            }
        }
        return Outcome.of(findings, compared + " metrics within " + MetricValues.format(allowed * 100)
                + "% of " + holdsAgainst);
    }

    private static boolean matchesAny(List<Glob> globs, String name) {
        for (Glob glob : globs) {
            if (glob.matches(name)) {
                return true;
            }
        }
        return false;
    }
}

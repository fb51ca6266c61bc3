package dev.readiness.rules.coverage;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.Starter;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Location;
import dev.readiness.core.Severity;
import dev.readiness.core.Evidence;
import dev.readiness.facts.Coverage;
import dev.readiness.facts.Facts;
import dev.readiness.facts.MetricValues;
import dev.readiness.rules.CodeToTest;
import dev.readiness.rules.Ratio;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code coverage.overall}: the tests exercise enough of the module, as JaCoCo measured it. */
public final class Overall implements Rule {

    static final String DEFAULT_REPORT = Coverage.DEFAULT_REPORT;

    public static final Option<String> REPORT = Option.of("report", OptionType.text(), DEFAULT_REPORT,
            Option.Strictness.NEITHER, "the JaCoCo XML report, relative to the module");
    public static final Option<Double> LINE = Option.of("line", OptionType.ratio(), 0.70, Option.Strictness.HIGHER,
            "lowest covered ratio of lines, from 0 to 1");
    public static final Option<Double> BRANCH = Option.of("branch", OptionType.ratio(), 0.50, Option.Strictness.HIGHER,
            "lowest covered ratio of branches, from 0 to 1");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("coverage.overall")
            .severity(Severity.ERROR)
            .summary("JaCoCo line coverage is at least 0.70 and branch coverage at least 0.50")
            .because("Test coverage of core logic paths: untested code is code nobody knows works; a floor for the "
                    + "whole module keeps coverage from eroding change by change.")
            .help("Add jacoco-maven-plugin with the prepare-agent and report goals (declared before this plugin) and "
                    + "write tests for the least covered classes; target/site/jacoco/index.html shows which lines "
                    + "they miss.")
            .options(REPORT, LINE, BRANCH)
            .starter(new StarterEntry())
            .build();

    /** The coverage of the report at its default place, rounded down, as the floors. */
    private static final class StarterEntry implements Starter.Measure {
        @Override
        public Starter of(Facts facts) {
            Evidence<Coverage> report = facts.coverage(facts.project().buildDirectory().resolve("site/jacoco/jacoco.xml"));
            if (report.isPresent() && report.value().line().total() > 0) {
                Coverage coverage = report.value();
                double line = Starter.roundedDown(coverage.line().ratio().orElseThrow());
                String text = "Measured (rounded down): line " + MetricValues.format(line);
                if (coverage.branch().total() > 0) {
                    double branch = Starter.roundedDown(coverage.branch().ratio().orElseThrow());
                    return Starter.set(LINE, line, text + ", branch " + MetricValues.format(branch) + ".").and(BRANCH, branch);
                }
                return Starter.set(LINE, line, text + ".");
            }
            return Starter.note("Not measured: " + (report.isPresent() ? "the JaCoCo report counts no lines"
                    : Starter.missingReason(report)) + "; add jacoco-maven-plugin (prepare-agent and report), "
                    + "run mvn verify, then init again.");
        }
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Path file = report(context, DESCRIPTOR.id(), REPORT);
        Optional<Outcome> noCode = CodeToTest.absent(context.facts());
        if (noCode.isPresent()) {
            return noCode.get();
        }
        Coverage coverage = context.require(context.facts().coverage(file));
        String shown = context.facts().workspace().relative(file);
        if (coverage.line().total() == 0) {
            return Outcome.violated(Finding.of("the JaCoCo report " + shown + " counts no lines: it covers no class")
                    .at(Location.of(file))
                    .hint("run jacoco:report after this module's tests, and check that its includes and excludes "
                            + "leave the module's classes in"));
        }
        double line = context.option(LINE);
        double branch = context.option(BRANCH);
        Ratio lines = ratio(coverage.line());
        Ratio branches = ratio(coverage.branch());
        List<Finding> findings = new ArrayList<>();
        String html = context.facts().workspace().relative(file.resolveSibling("index.html"));
        if (lines.isBelow(line)) {
            findings.add(Finding.of(measured("line", lines, line) + ", the contract requires at least " + Ratio.limit(line))
                    .at(Location.of(file))
                    .hint("test the classes with the most missed lines (see " + html + "), or lower rules."
                            + DESCRIPTOR.id() + ".line"));
        }
        if (branches.isBelow(branch)) {
            findings.add(Finding.of(measured("branch", branches, branch) + ", the contract requires at least "
                            + Ratio.limit(branch))
                    .at(Location.of(file))
                    .hint("test the conditions the tests never take both ways (yellow and red diamonds in " + html
                            + "), or lower rules." + DESCRIPTOR.id() + ".branch"));
        }
        return Outcome.of(findings, measured("line", lines, line) + ", "
                + (branches.whole() == 0 ? "no branches to cover" : measured("branch", branches, branch)));
    }

    /** The report an option names, resolved in the module; a path leaving the project is a contract error. */
    static Path report(RuleContext context, String ruleId, Option<String> option) {
        return context.facts().workspace().resolve(context.option(option), "JaCoCo report",
                context.contract().locate(LoadedContract.pointer("rules", ruleId, option.name())));
    }

    static Ratio ratio(Coverage.Counter counter) {
        return new Ratio(counter.covered(), counter.total());
    }

    /** {@code line coverage is 0.62 (620 of 1000 lines)}. */
    static String measured(String kind, Ratio ratio, double min) {
        return kind + " coverage is " + ratio.againstMin(min) + " (" + ratio.part() + " of " + ratio.whole() + " "
                + (kind.equals("branch") ? "branches" : "lines") + ")";
    }
}

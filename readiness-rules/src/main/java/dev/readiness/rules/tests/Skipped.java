package dev.readiness.rules.tests;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.facts.TestReports;
import dev.readiness.rules.CodeToTest;
import dev.readiness.rules.Ratio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code tests.skipped}: disabled tests stay the exception. */
public final class Skipped implements Rule {

    public static final Option<Double> MAX_RATIO = Option.of("maxRatio", OptionType.ratio(), 0.10,
            Option.Strictness.LOWER, "largest share of test cases that may be skipped, from 0 to 1");

    /** Most skipped tests first; suites with as many keep the reports' order. */
    private static final Comparator<TestReports.Suite> MOST_SKIPPED_FIRST = new Comparator<>() {
        @Override
        public int compare(TestReports.Suite left, TestReports.Suite right) {
            return Integer.compare(right.skipped(), left.skipped());
        }
    };

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("tests.skipped")
            .severity(Severity.WARN)
            .summary("At most 10% of the test cases are skipped")
            .because("Test coverage of core logic paths: a skipped test covers nothing, and @Disabled tests pile up "
                    + "unnoticed until the suite proves little.")
            .help("Fix and re-enable skipped tests, or delete those that no longer apply; assumptions that never hold "
                    + "in CI count as skipped too.")
            .options(MAX_RATIO)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Optional<Outcome> noCode = CodeToTest.absent(context.facts());
        if (noCode.isPresent()) {
            return noCode.get();
        }
        TestReports reports = context.require(context.facts().testReports());
        if (reports.tests() == 0) {
            return Outcome.notApplicable("the reports count no tests; tests.executed reports that");
        }
        double maxRatio = context.option(MAX_RATIO);
        Ratio skipped = new Ratio(reports.skippedCount(), reports.tests());
        String measured = skipped.part() + " of " + skipped.whole() + " tests are skipped ("
                + skipped.againstMax(maxRatio) + ")";
        if (!skipped.isAbove(maxRatio)) {
            return Outcome.holds(measured + ", at most " + Ratio.limit(maxRatio) + " allowed");
        }
        List<TestReports.Suite> withSkipped = new ArrayList<>();
        for (TestReports.Suite suite : reports.suites()) {
            if (suite.skipped() > 0) {
                withSkipped.add(suite);
            }
        }
        withSkipped.sort(MOST_SKIPPED_FIRST);
        List<String> named = new ArrayList<>();
        for (TestReports.Suite suite : withSkipped.subList(0, Math.min(3, withSkipped.size()))) {
            named.add(suite.name() + " (" + suite.skipped() + ")");
        }
        String most = String.join(", ", named);
        Finding finding = Finding.of(measured + ", the contract allows at most " + Ratio.limit(maxRatio))
                .hint("re-enable or delete skipped tests; most are in " + most);
        if (!reports.skipped().isEmpty()) {
            finding = finding.at(reports.skipped().get(0).location());
        }
        return Outcome.violated(finding);
    }
}

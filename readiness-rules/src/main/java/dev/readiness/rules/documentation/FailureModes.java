package dev.readiness.rules.documentation;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import dev.readiness.contract.LoadedContract;
import dev.readiness.core.Severity;
import dev.readiness.core.Placeholders;
import dev.readiness.facts.Facts;
import dev.readiness.facts.TestReports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code documentation.failure-modes}: how the product fails, how that is noticed and what is done, written down. */
public final class FailureModes implements Rule {

    public static final Option<Long> MIN = Option.of("min", OptionType.wholeNumber(0), 1L, Option.Strictness.HIGHER,
            "fewest failure modes the contract must document");

    public static final Option<Boolean> REQUIRE_TESTS = Option.of("requireTests", OptionType.bool(), false,
            Option.Strictness.HIGHER, "every failure mode must name a test (\"test\") that ran and passed in this build");

    /** {@code com.acme.ScoreCliTest} or {@code com.acme.ScoreCliTest#rejectsMalformedRequest}. */
    private static final Pattern TEST = Pattern.compile(
            "(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(?:[.$]\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*)*)"
                    + "(?:#(\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*))?");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("documentation.failure-modes")
            .severity(Severity.ERROR)
            .summary("At least one failure mode, each with mode, detection and mitigation; a failure mode's test ran "
                    + "and passed")
            .because("Documented expected failure modes: on-call needs to know what breaks, how it shows, and what "
                    + "to do, before it breaks.")
            .help("Add entries to \"operations\": {\"failureModes\": [{\"mode\": \"...\", \"detection\": \"...\", "
                    + "\"mitigation\": \"...\", \"test\": \"com.acme.ScoreCliTest#servesCachedScores\"}]}. A \"test\" "
                    + "(a test class, or class#method) must have run and passed in this build's Surefire or Failsafe "
                    + "reports; requireTests demands one for every failure mode.")
            .options(MIN, REQUIRE_TESTS)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        List<Contract.FailureMode> modes = context.contract().contract().operations().failureModes();
        long min = context.option(MIN);
        List<Finding> findings = new ArrayList<>();
        if (modes.size() < min) {
            findings.add(Finding.of("the contract documents " + modes.size() + " failure modes, at least " + min
                            + " are required")
                    .at(context.contract().locate(LoadedContract.pointer("operations")))
                    .subject("operations.failureModes")
                    .hint("add {\"mode\": \"...\", \"detection\": \"...\", \"mitigation\": \"...\"} to operations.failureModes"));
        }
        for (int i = 0; i < modes.size(); i++) {
            Contract.FailureMode mode = modes.get(i);
            String[][] fields = {{"mode", mode.mode()}, {"detection", mode.detection()}, {"mitigation", mode.mitigation()}};
            for (String[] field : fields) {
                if (Placeholders.isPlaceholder(field[1])) {
                    findings.add(Finding.of("failure mode " + (i + 1) + " has no " + field[0]
                                    + (field[1].isBlank() ? "" : " (\"" + field[1] + "\" is a placeholder)"))
                            .at(context.contract().locate("/operations/failureModes/" + i))
                            .subject(mode.mode().isBlank() ? "failure mode " + (i + 1) : mode.mode())
                            .hint("describe its " + field[0]));
                }
            }
        }
        boolean requireTests = context.option(REQUIRE_TESTS);
        int tested = 0;
        for (int i = 0; i < modes.size(); i++) {
            Contract.FailureMode mode = modes.get(i);
            String subject = mode.mode().isBlank() ? "failure mode " + (i + 1) : mode.mode();
            String pointer = "/operations/failureModes/" + i;
            if (mode.test().isEmpty()) {
                if (requireTests) {
                    findings.add(Finding.of("failure mode " + (i + 1) + " (" + subject + ") names no test")
                            .at(context.contract().locate(pointer))
                            .subject(subject)
                            .hint("add \"test\": \"com.acme.ScoreCliTest#servesCachedScores\", a test that provokes the "
                                    + "failure and checks the mitigation"));
                }
                continue;
            }
            tested++;
            Optional<Finding> problem = testProblem(context, mode, i);
            if (problem.isPresent()) {
                findings.add(problem.get().at(context.contract().locate(pointer + "/test")).subject(subject));
            }
        }
        return Outcome.of(findings, modes.size() + " failure modes documented"
                + (tested == 0 ? "" : ", " + tested + " proven by tests that passed"));
    }

    /** Why a failure mode's test does not prove it: malformed, not run in this build, failed or skipped. */
    private static Optional<Finding> testProblem(RuleContext context, Contract.FailureMode mode, int index) {
        String label = "failure mode " + (index + 1) + " (" + (mode.mode().isBlank() ? "no mode" : mode.mode()) + ")";
        if (Placeholders.isPlaceholder(mode.test())) {
            return Optional.of(Finding.of(label + " names no test (\"" + mode.test() + "\" is a placeholder)")
                    .hint("name the test that proves the mitigation, com.acme.ScoreCliTest#servesCachedScores, or "
                            + "remove \"test\""));
        }
        Matcher name = TEST.matcher(mode.test());
        if (!name.matches()) {
            return Optional.of(Finding.of(label + " names the test \"" + mode.test() + "\", which is not a test class "
                            + "or class#method")
                    .hint("write the test's fully qualified class, optionally with #method: com.acme.ScoreCliTest#rejectsMalformedRequest"));
        }
        String testClass = name.group(1);
        Optional<String> method = Optional.ofNullable(name.group(2));
        Facts facts = context.facts();
        TestReports reports = context.require(facts.testReports());
        List<TestReports.Suite> suites = facts.buildStarted().isPresent() ? reports.writtenSince(facts.buildStarted().get())
                : reports.suites();
        List<TestReports.CaseResult> cases = cases(suites, testClass, method);
        if (cases.isEmpty()) {
            boolean earlier = !cases(reports.suites(), testClass, method).isEmpty();
            return Optional.of(Finding.of(label + ": its test " + mode.test() + " did not run in this build"
                            + (earlier ? " (only a report from an earlier build names it)" : " (no Surefire or Failsafe report names it)"))
                    .hint("write the test under src/test/java (or as a Failsafe *IT) with that name, or correct \"test\"; "
                            + "the reports searched: " + searched(facts)));
        }
        List<TestReports.CaseResult> notPassed = new ArrayList<>();
        for (TestReports.CaseResult c : cases) {
            if (!c.passed()) {
                notPassed.add(c);
            }
        }
        if (notPassed.isEmpty()) {
            return Optional.empty();
        }
        TestReports.CaseResult first = notPassed.get(0);
        String how = switch (first.problem().orElseThrow()) {
            case SKIPPED -> "was skipped";
            case ERROR -> "errored";
            default -> "failed";
        };
        String which = first.className() + "#" + first.name();
        return Optional.of(Finding.of(label + ": its test " + mode.test() + " " + how + " (" + which
                        + (notPassed.size() > 1 ? " and " + (notPassed.size() - 1) + " more" : "") + ")")
                .hint(how.equals("was skipped") ? "enable the test: a skipped test proves nothing"
                        : "fix the mitigation or the test; see the failure in the reports, or run mvn verify -Dtest="
                                + first.className().substring(first.className().lastIndexOf('.') + 1)));
    }

    /** The cases of the suites that are the test, a class or one of its methods. */
    private static List<TestReports.CaseResult> cases(List<TestReports.Suite> suites, String testClass,
            Optional<String> method) {
        List<TestReports.CaseResult> cases = new ArrayList<>();
        for (TestReports.Suite suite : suites) {
            for (TestReports.CaseResult c : suite.cases()) {
                if (c.is(testClass, method)) {
                    cases.add(c);
                }
            }
        }
        return cases;
    }

    private static String searched(Facts facts) {
        List<String> directories = new ArrayList<>();
        for (Path directory : facts.testReportDirectories()) {
            directories.add(facts.workspace().relative(directory));
        }
        return String.join(", ", directories);
    }
}

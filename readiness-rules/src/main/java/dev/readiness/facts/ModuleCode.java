package dev.readiness.facts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Whether the module has code to test: source files in its main or test source roots, or classes in its build output.
 * A packaging or aggregation module (a jar of resources, a distribution) has none, and rules about tests and coverage
 * do not apply to it.
 *
 * @param mainSources whether a main source root holds a file
 * @param mainClasses whether the build output holds a class file
 * @param testSources whether a test source root holds a file
 * @param testClasses whether the test build output holds a class file
 * @param lookedAt the directories looked at, module-relative where they lie in the module, for the reason shown
 * @param testsCompiled when the newest test class was written, if there is one: reports at least as new are of the
 *     tests as they are now, even when an earlier Maven invocation ran them ({@code mvn verify}, then
 *     {@code mvn readiness:check})
 */
public record ModuleCode(boolean mainSources, boolean mainClasses, boolean testSources, boolean testClasses,
        List<String> lookedAt, Optional<Instant> testsCompiled) {

    public ModuleCode {
        lookedAt = List.copyOf(lookedAt);
        testsCompiled = testsCompiled == null ? Optional.empty() : testsCompiled;
    }

    public ModuleCode(boolean mainSources, boolean mainClasses, boolean testSources, boolean testClasses,
            List<String> lookedAt) {
        this(mainSources, mainClasses, testSources, testClasses, lookedAt, Optional.empty());
    }

    /** True for a module with neither main nor test code. */
    public boolean none() {
        return !mainSources && !mainClasses && !testSources && !testClasses;
    }

    /** Why the module counts as having no code: {@code "no sources in src/main/java, ..."}. */
    public String describe() {
        return "no source files or compiled classes in " + String.join(", ", lookedAt);
    }
}

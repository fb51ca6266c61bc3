package dev.readiness.rules.configuration;

import dev.readiness.api.Finding;
import dev.readiness.rules.Findings;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Secrets;
import dev.readiness.core.Severity;
import dev.readiness.facts.TextFile;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code configuration.environment}: packaged configuration does not point at the author's machine. */
public final class Environment implements Rule {

    /** The user information of a URL, {@code admin:hunter2@}, which may hold a password. */
    private static final Pattern USER_INFO = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@\\s]+@");

    /** Each with the literal every match holds, whatever the case: a line without it is not searched. */
    private static final List<Secrets.Kind> KINDS = List.of(
            new Secrets.Kind("a localhost address",
                    Pattern.compile("(?i)\\b[a-z][a-z0-9+.-]*://(?:[^/@\\s]*@)?(localhost|127\\.0\\.0\\.1|0\\.0\\.0\\.0|\\[::1\\])\\b"),
                    List.of("://")),
            new Secrets.Kind("a home directory", Pattern.compile("(?<![A-Za-z0-9_])/home/[A-Za-z0-9._-]+"),
                    List.of("/home/")),
            new Secrets.Kind("a home directory", Pattern.compile("(?<![A-Za-z0-9_])/Users/[A-Za-z0-9._-]+"),
                    List.of("/Users/")),
            new Secrets.Kind("a home directory",
                    Pattern.compile("(?i)\\b[A-Z]:\\\\{1,2}Users\\\\{1,2}[A-Za-z0-9._-]+"), List.of(":\\")));

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("configuration.environment")
            .severity(Severity.WARN)
            .summary("No developer-machine values (localhost URLs, home directories) in packaged configuration")
            .because("Documented resource requirements: a configuration that works only on the author's laptop "
                    + "hides a dependency nobody wrote down.")
            .help("Replace the value with a ${ENV_VAR} placeholder or a profile-specific configuration file that is "
                    + "not packaged.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        List<TextFile> files = context.require(context.facts().packagedConfiguration());
        List<Finding> findings = LinePatterns.scan(files, KINDS, MachineValues.INSTANCE);
        findings = Findings.aboutTheirFiles(findings, context.facts().project());
        return Outcome.of(findings, "no developer-machine values in " + files.size() + " configuration files");
    }

    /**
     * The match without the user information of a URL: {@code postgres://admin:hunter2@localhost} is shown as
     * {@code postgres://***@localhost}, since a password in a connection string must never reach a log or report.
     */
    static String redacted(String match) {
        return USER_INFO.matcher(match).replaceFirst("$1***@");
    }

    /** Every match is a finding. */
    private static final class MachineValues implements LinePatterns.Matches {
        static final MachineValues INSTANCE = new MachineValues();

        @Override
        public Finding finding(Secrets.Kind kind, Matcher matcher) {
            return Finding.of(kind.name() + " in packaged configuration: " + redacted(matcher.group()))
                    .hint("replace it with a ${ENV_VAR} placeholder set per environment");
        }
    }
}

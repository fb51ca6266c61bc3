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
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * {@code configuration.no-secrets}: no credentials in main resources or packaged files. Findings name the file, line
 * and kind of secret, never the secret itself.
 */
public final class NoSecrets implements Rule {

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("configuration.no-secrets")
            .severity(Severity.ERROR)
            .summary("No credentials in main resources or packaged files")
            .because("Documented resource requirements and safe operation: a credential in the artifact is a "
                    + "credential in every registry and container image it is copied to.")
            .help("Read credentials from the environment or a secret store at run time and reference them as "
                    + "${ENV_VAR} placeholders; rotate any credential that was committed.")
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        List<TextFile> files = context.require(context.facts().packagedConfiguration());
        List<Finding> findings = LinePatterns.scan(files, Secrets.KINDS, LiteralSecrets.INSTANCE);
        findings = Findings.aboutTheirFiles(findings, context.facts().project());
        return Outcome.of(findings, "no credentials in " + files.size() + " configuration files");
    }

    private static String describe(Secrets.Kind kind, Matcher matcher) {
        return kind.name().equals("credential") ? "a literal value for \"" + matcher.group(1) + "\""
                : kind.name().equals("password in a URL") ? "a password in a URL" : "a " + kind.name();
    }

    private static String envName(Secrets.Kind kind, Matcher matcher) {
        String base = kind.name().equals("credential") ? matcher.group(1)
                : kind.name().equals("password in a URL") ? "password" : kind.name();
        return base.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    }

    /** A match counts when it holds a literal secret, not a placeholder or an empty value. */
    private static final class LiteralSecrets implements LinePatterns.Matches {
        static final LiteralSecrets INSTANCE = new LiteralSecrets();

        @Override
        public boolean counts(Secrets.Kind kind, Matcher matcher) {
            return Secrets.isLiteralSecret(kind, matcher);
        }

        @Override
        public Finding finding(Secrets.Kind kind, Matcher matcher) {
            return Finding.of(describe(kind, matcher) + " (value not shown)")
                    .hint("remove it, rotate it, and read it at run time from the environment: ${"
                            + envName(kind, matcher) + "}");
        }
    }
}

package dev.readiness.rules.configuration;

import dev.readiness.api.Finding;
import dev.readiness.rules.Findings;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.facts.TextFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code configuration.no-secrets}: no credentials in main resources or packaged files. Findings name the file, line
 * and kind of secret, never the secret itself.
 */
public final class NoSecrets implements Rule {

    private static final String KEY_WORDS = "password|passwd|pwd|secret|token|api[_.-]?key|access[_.-]?key|private[_.-]?key|credentials?";

    private static final List<LinePatterns.Kind> KINDS = List.of(
            new LinePatterns.Kind("private key", Pattern.compile("-----BEGIN ([A-Z]+ )*PRIVATE KEY( BLOCK)?-----")),
            new LinePatterns.Kind("AWS access key id", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new LinePatterns.Kind("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\\b")),
            new LinePatterns.Kind("GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}\\b")),
            new LinePatterns.Kind("Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}\\b")),
            new LinePatterns.Kind("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b")),
            new LinePatterns.Kind("Stripe secret key", Pattern.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}\\b")),
            // scheme://user:password@host, as in a JDBC or broker URL; the password is group 1
            new LinePatterns.Kind("password in a URL", Pattern.compile(
                    "(?i)\\b[a-z][a-z0-9+.-]*://[^/:@\\s\"']+:([^/@\\s\"']+)@")),
            // key = value, key: value, "key": "value" (properties, YAML, JSON, .env)
            new LinePatterns.Kind("credential", Pattern.compile(
                    "(?i)[\"']?([A-Za-z0-9_.-]*(?:" + KEY_WORDS + "))[\"']?\\s*[:=]\\s*(\"[^\"]*\"|'[^']*'|[^\\s,;#}]+)")),
            // <password>value</password> (XML)
            new LinePatterns.Kind("credential", Pattern.compile(
                    "(?i)<([A-Za-z0-9_.-]*(?:" + KEY_WORDS + "))>([^<]+)</\\1>")));

    /** Values that mean "no literal secret here". */
    private static final Set<String> NOT_SECRETS = Set.of("", "null", "none", "true", "false", "changeme", "<redacted>");

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
        List<Finding> findings = LinePatterns.scan(files, KINDS, NoSecrets::isLiteralSecret,
                (kind, matcher) -> Finding.of(describe(kind, matcher) + " (value not shown)")
                        .hint("remove it, rotate it, and read it at run time from the environment: ${"
                                + envName(kind, matcher) + "}"));
        findings = Findings.aboutTheirFiles(findings, context.facts().project());
        return Outcome.of(findings, "no credentials in " + files.size() + " configuration files");
    }

    private static boolean isLiteralSecret(LinePatterns.Kind kind, Matcher matcher) {
        if (kind.name().equals("password in a URL")) {
            return isLiteral(matcher.group(1));
        }
        if (!kind.name().equals("credential")) {
            return true;
        }
        return isLiteral(matcher.group(2));
    }

    private static boolean isLiteral(String found) {
        String value = found.trim();
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
            value = value.substring(1, value.length() - 1).trim();
        }
        return !(NOT_SECRETS.contains(value.toLowerCase(Locale.ROOT)) || value.startsWith("${") || value.startsWith("@")
                || value.startsWith("{{") || value.startsWith("%(") || value.startsWith("[") || value.startsWith("{"));
    }

    private static String describe(LinePatterns.Kind kind, Matcher matcher) {
        return kind.name().equals("credential") ? "a literal value for \"" + matcher.group(1) + "\""
                : kind.name().equals("password in a URL") ? "a password in a URL" : "a " + kind.name();
    }

    private static String envName(LinePatterns.Kind kind, Matcher matcher) {
        String base = kind.name().equals("credential") ? matcher.group(1)
                : kind.name().equals("password in a URL") ? "password" : kind.name();
        return base.replaceAll("[^A-Za-z0-9]+", "_").toUpperCase(Locale.ROOT);
    }
}

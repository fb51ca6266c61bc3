package dev.readiness.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one detector of credentials in text: {@code configuration.no-secrets} finds them in packaged configuration with
 * it, and the engine masks what it finds in evidence text (a failure message holding {@code password=...}) before any
 * report or the log shows it.
 */
public final class Secrets {

    /**
     * A kind of credential (or, for {@code configuration.environment}, of developer-machine value): its name for a
     * finding, the pattern that finds it and literals one of which every match holds, as written (none: no such
     * literal), so that text without them is not searched.
     */
    public record Kind(String name, Pattern pattern, List<String> literals) {
        public Kind {
            literals = List.copyOf(literals);
        }

        /** False when the text cannot hold a match: it has none of the literals. */
        public boolean mayMatch(String text) {
            for (String literal : literals) {
                if (text.contains(literal)) {
                    return true;
                }
            }
            return literals.isEmpty();
        }
    }

    /** What a masked value is replaced with. */
    public static final String MASK = "****";

    private Secrets() {
    }

    /**
     * A key: a whole run of key characters (possessive, and only where a run starts, so a long line costs linear time),
     * in quotes or not, followed by {@code =} or {@code :} and a value, which is only looked at (a lookahead), so that a
     * key inside another key's value ({@code url=...&password=...}) is still found. Whether the key names a credential
     * is decided by {@link #isCredentialKey}; the value's length is bounded, since only its start says what it is. A
     * name inside a placeholder ({@code ${API_TOKEN:-}}) is not a key.
     */
    private static final String KEY_VALUE = "(?<![A-Za-z0-9_.-])(?<![$#]\\{)[\"']?([A-Za-z0-9_.-]++)[\"']?"
            + "(?=\\s*[:=]\\s*(\"[^\"]{0,1000}\"|'[^']{0,1000}'|[^\\s,;#}]{1,1000}))";

    public static final List<Kind> KINDS = List.of(
            new Kind("private key", Pattern.compile("-----BEGIN ([A-Z]+ )*PRIVATE KEY( BLOCK)?-----"),
                    List.of("-----BEGIN ")),
            new Kind("AWS access key id", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b"), List.of("AKIA", "ASIA")),
            new Kind("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\\b"),
                    List.of("gh", "github_pat_")),
            new Kind("GitLab token", Pattern.compile("\\bglpat-[A-Za-z0-9_-]{20,}\\b"), List.of("glpat-")),
            new Kind("Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}\\b"), List.of("xox")),
            new Kind("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}\\b"), List.of("AIza")),
            new Kind("Stripe secret key", Pattern.compile("\\b[sr]k_live_[0-9A-Za-z]{20,}\\b"), List.of("k_live_")),
            // scheme://user:password@host, as in a JDBC or broker URL; the password is group 1. The scheme starts where a
            // run of scheme characters starts, so a long run costs linear time.
            new Kind("password in a URL", Pattern.compile(
                    "(?i)(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*+://[^/:@\\s\"']++:([^/@\\s\"']++)@"), List.of("://")),
            // key = value, key: value, "key": "value" (properties, YAML, JSON, .env)
            new Kind("credential", Pattern.compile(KEY_VALUE), List.of(":", "=")),
            // <password>value</password> (XML)
            new Kind("credential", Pattern.compile("<([A-Za-z0-9_.-]++)>([^<]{1,1000})</\\1>"), List.of("</")));

    /** Words that name a credential when a word of the key ends with one: {@code password}, {@code dbPassword}. */
    private static final List<String> CREDENTIAL_WORDS = List.of("password", "passwd", "pwd", "secret", "token",
            "credential", "credentials", "apikey", "accesskey", "privatekey", "secretkey");

    /** First words of two-word credentials ending in {@code key}: {@code api_key}, {@code SECRET_KEY}. */
    private static final Set<String> BEFORE_KEY = Set.of("api", "access", "private", "secret");

    /**
     * Words that may follow the credential in a key and still leave it a credential: {@code API_KEY_VALUE},
     * {@code client-secret-prod}. Any other word makes it something about a credential ({@code password.min-length},
     * {@code token-uri}, {@code secret.ttl}), which is not a secret.
     */
    private static final Set<String> QUALIFIERS = Set.of("key", "value", "val", "string", "text", "raw", "plain",
            "base64", "b64", "hex", "encoded", "prod", "production", "live", "dev", "development", "test", "testing",
            "qa", "uat", "stage", "staging", "preprod", "local", "default", "main", "primary", "secondary", "old", "new",
            "current", "next", "previous", "prev");

    /** Values that mean "no literal secret here". */
    private static final Set<String> NOT_SECRETS = Set.of("", "null", "none", "true", "false", "changeme", "<redacted>");

    public static boolean isLiteralSecret(Kind kind, Matcher matcher) {
        if (kind.name().equals("password in a URL")) {
            return isLiteral(matcher.group(1));
        }
        if (!kind.name().equals("credential")) {
            return true;
        }
        return isCredentialKey(matcher.group(1)) && isLiteral(matcher.group(2));
    }

    /**
     * Whether a key names a credential wherever the word stands in it: its words (split at {@code . _ -} and at
     * camel case) hold one ending in a credential word, or {@code api}/{@code access}/{@code private}/{@code secret}
     * before {@code key}, and only qualifiers ({@link #QUALIFIERS}, numbers) after it.
     */
    public static boolean isCredentialKey(String key) {
        List<String> words = words(key);
        for (int i = words.size() - 1; i >= 0; i--) {
            String word = words.get(i);
            boolean credential = endsWithCredentialWord(word)
                    || BEFORE_KEY.contains(word) && i + 1 < words.size() && words.get(i + 1).equals("key");
            if (credential) {
                return true;
            }
            if (!QUALIFIERS.contains(word) && !digitsOnly(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsWithCredentialWord(String word) {
        for (String credential : CREDENTIAL_WORDS) {
            if (word.endsWith(credential)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digitsOnly(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String key) {
        List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            boolean separator = c == '.' || c == '_' || c == '-';
            boolean camelBreak = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(key.charAt(i - 1));
            if ((separator || camelBreak) && word.length() > 0) {
                words.add(word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
            }
            if (!separator) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static boolean isLiteral(String found) {
        String value = found.trim();
        if (value.length() >= 2 && (value.startsWith("\"") || value.startsWith("'"))) {
            value = value.substring(1, value.length() - 1).trim();
        }
        return !(NOT_SECRETS.contains(value.toLowerCase(Locale.ROOT)) || value.startsWith("${") || value.startsWith("@")
                || value.startsWith("{{") || value.startsWith("%(") || value.startsWith("[") || value.startsWith("{"));
    }

    /**
     * False when no key in the text, lower-cased, can name a credential: {@link #isCredentialKey} needs one of the
     * {@link #CREDENTIAL_WORDS} or, after one of {@link #BEFORE_KEY}, {@code key} in it. Keys are ASCII, so
     * lower-casing the whole text loses none.
     */
    private static boolean mayNameCredential(String lowered) {
        if (lowered.contains("key")) {
            return true;
        }
        for (String word : CREDENTIAL_WORDS) {
            if (lowered.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The text with the value of every credential {@link #KINDS} finds replaced by {@value #MASK}: the whole token for
     * a key or token pattern, the password of a URL, the value of a credential key.
     */
    public static String mask(String text) {
        return mask(text, true);
    }

    /** As {@link #mask(String)}; {@code skipping} false runs every kind's pattern, for a test to compare with. */
    static String mask(String text, boolean skipping) {
        if (text.isEmpty()) {
            return text;
        }
        List<int[]> spans = new ArrayList<>();
        boolean mayNameCredential = !skipping || mayNameCredential(text.toLowerCase(Locale.ROOT));
        for (Kind kind : KINDS) {
            if (skipping && !kind.mayMatch(text) || kind.name().equals("credential") && !mayNameCredential) {
                continue;
            }
            Matcher matcher = kind.pattern().matcher(text);
            while (matcher.find()) {
                if (!isLiteralSecret(kind, matcher)) {
                    continue;
                }
                int group = kind.name().equals("credential") ? 2 : kind.name().equals("password in a URL") ? 1 : 0;
                if (matcher.start(group) >= 0) {
                    spans.add(new int[] {matcher.start(group), matcher.end(group)});
                }
            }
        }
        if (spans.isEmpty()) {
            return text;
        }
        spans.sort((a, b) -> Integer.compare(a[0], b[0]));
        StringBuilder masked = new StringBuilder(text.length());
        int copied = 0;
        for (int[] span : spans) {
            if (span[0] < copied) {
                copied = Math.max(copied, span[1]);
                continue;
            }
            masked.append(text, copied, span[0]).append(MASK);
            copied = span[1];
        }
        return masked.append(text, copied, text.length()).toString();
    }
}

package dev.readiness.readers;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import com.networknt.schema.SchemaException;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * Compiles a schema's {@code pattern} and {@code patternProperties} with Google's RE2/J, whose matching takes time
 * linear in the text whatever the expression: a schema's {@code ^(.*a){8}b$} cannot stall the build on a sample, as
 * it would under a backtracking engine (the JDK's, or ECMA-262's). The price: no lookaround and no back-references,
 * which RE2/J refuses to compile; {@code schemas.declared} reports those with the schema and the pointer.
 */
final class LinearPatterns implements RegularExpressionFactory {

    static final LinearPatterns INSTANCE = new LinearPatterns();

    /** ECMA-262's {@code \\uXXXX}, which RE2/J writes {@code \\x{XXXX}}. */
    private static final java.util.regex.Pattern UNICODE_ESCAPE =
            java.util.regex.Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u([0-9A-Fa-f]{4})");

    private LinearPatterns() {
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
        Pattern pattern;
        try {
            pattern = compile(regex);
        } catch (PatternSyntaxException e) {
            throw new SchemaException("the pattern " + quoted(regex) + " cannot be compiled with a linear-time engine: "
                    + e.getDescription());
        }
        return new Found(pattern);
    }

    /** A JSON Schema pattern matches anywhere in the string unless anchored (ECMA-262's RegExp.test). */
    private static final class Found implements RegularExpression {

        private final Pattern pattern;

        Found(Pattern pattern) {
            this.pattern = pattern;
        }

        @Override
        public boolean matches(String value) {
            return pattern.matcher(value).find();
        }
    }

    static Pattern compile(String regex) {
        Matcher escape = UNICODE_ESCAPE.matcher(regex);
        StringBuilder written = new StringBuilder();
        while (escape.find()) {
            escape.appendReplacement(written,
                    Matcher.quoteReplacement(escape.group(1) + "\\x{" + escape.group(2) + "}"));
        }
        escape.appendTail(written);
        return Pattern.compile(written.toString());
    }

    /** Why a pattern cannot be used, if it cannot: its syntax is wrong, or it needs a backtracking engine. */
    static Optional<String> problem(String regex) {
        try {
            compile(regex);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            return Optional.of(e.getDescription());
        }
    }

    static String quoted(String regex) {
        String shown = regex.length() <= 80 ? regex : regex.substring(0, 77) + "...";
        return "\"" + shown + "\"";
    }
}

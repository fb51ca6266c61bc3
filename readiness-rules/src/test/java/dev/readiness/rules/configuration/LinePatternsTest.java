package dev.readiness.rules.configuration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.readiness.api.Finding;
import dev.readiness.core.Secrets;
import dev.readiness.facts.TextFile;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LinePatternsTest {

    private static final LinePatterns.Matches FOUND = new LinePatterns.Matches() {
        @Override
        public Finding finding(Secrets.Kind kind, Matcher matcher) {
            return Finding.of(kind.name() + ": " + matcher.group());
        }
    };

    @Test
    void a_line_without_any_of_a_kinds_literals_is_not_searched_for_it() {
        // The pattern would match "b2" on the first line; the kind says every match holds "a", so only the second
        // line is searched.
        Secrets.Kind kind = new Secrets.Kind("x", Pattern.compile("[ab][0-9]"), List.of("a"));
        TextFile file = new TextFile(Path.of("app.properties"), List.of("k=b2", "k=a1 b2"));

        List<Finding> findings = LinePatterns.scan(List.of(file), List.of(kind), FOUND);

        assertThat(findings).extracting(Finding::message).containsExactly("x: a1");
        assertThat(findings.get(0).location().orElseThrow().line()).isEqualTo(2);
    }

    @Test
    void a_kind_without_literals_searches_every_line() {
        Secrets.Kind kind = new Secrets.Kind("x", Pattern.compile("[ab][0-9]"), List.of());
        TextFile file = new TextFile(Path.of("app.properties"), List.of("k=b2", "k=a1"));

        assertThat(LinePatterns.scan(List.of(file), List.of(kind), FOUND)).extracting(Finding::message)
                .containsExactly("x: b2", "x: a1");
    }
}

package dev.readiness.rules.configuration;

import dev.readiness.api.Finding;
import dev.readiness.core.Location;
import dev.readiness.facts.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scans configuration files line by line for named patterns; one finding per line and kind. */
final class LinePatterns {

    /** A kind of match: its name for the finding and the pattern that finds it. */
    record Kind(String name, Pattern pattern) {
    }

    private LinePatterns() {
    }

    /**
     * @param accept decides whether a match counts (e.g. not a {@code ${placeholder}})
     * @param finding makes the finding from the kind and the match
     */
    static List<Finding> scan(List<TextFile> files, List<Kind> kinds, BiFunction<Kind, Matcher, Boolean> accept,
            BiFunction<Kind, Matcher, Finding> finding) {
        List<Finding> findings = new ArrayList<>();
        for (TextFile file : files) {
            List<String> lines = file.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (Kind kind : kinds) {
                    Matcher matcher = kind.pattern().matcher(line);
                    while (matcher.find()) {
                        if (accept.apply(kind, matcher)) {
                            findings.add(finding.apply(kind, matcher).at(Location.of(file.file(), i + 1)));
                            break;
                        }
                    }
                }
            }
        }
        return findings;
    }
}

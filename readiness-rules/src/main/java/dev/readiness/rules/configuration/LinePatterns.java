package dev.readiness.rules.configuration;

import dev.readiness.api.Finding;
import dev.readiness.core.Location;
import dev.readiness.core.Secrets.Kind;
import dev.readiness.facts.TextFile;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Scans configuration files line by line for kinds of text ({@link Kind}: a name, a pattern and the literals every
 * match holds); one finding per line and kind.
 */
final class LinePatterns {

    /** What a rule makes of the matches of its kinds. */
    interface Matches {
        /** Whether a match counts (e.g. not a {@code ${placeholder}}); every match does unless a rule says otherwise. */
        default boolean counts(Kind kind, Matcher matcher) {
            return true;
        }

        /** The finding from the kind and the match. */
        Finding finding(Kind kind, Matcher matcher);
    }

    private LinePatterns() {
    }

    /** The first match that counts of each kind on each line, as a finding at that line. */
    static List<Finding> scan(List<TextFile> files, List<Kind> kinds, Matches matches) {
        List<Finding> findings = new ArrayList<>();
        for (TextFile file : files) {
            List<String> lines = file.lines();
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                for (Kind kind : kinds) {
                    if (!kind.mayMatch(line)) {
                        continue;
                    }
                    Matcher matcher = kind.pattern().matcher(line);
                    while (matcher.find()) {
                        if (matches.counts(kind, matcher)) {
                            findings.add(matches.finding(kind, matcher).at(Location.of(file.file(), i + 1)));
                            break;
                        }
                    }
                }
            }
        }
        return findings;
    }
}

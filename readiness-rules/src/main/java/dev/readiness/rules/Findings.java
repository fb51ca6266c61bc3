package dev.readiness.rules;

import dev.readiness.api.Finding;
import dev.readiness.core.DisplayPaths;
import dev.readiness.facts.ProjectInfo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Keeps a rule's finding list readable in a console, a pull request and a SARIF upload. */
public final class Findings {

    /** The most findings of one kind a rule reports one by one. */
    public static final int MAX = 50;

    private Findings() {
    }

    /**
     * The findings, each about the file it is located in: its subject is the file's path as the reports show it
     * (relative to the module), which a waiver's {@code subjects} name.
     */
    public static List<Finding> aboutTheirFiles(List<Finding> findings, ProjectInfo project) {
        List<Finding> about = new ArrayList<>(findings.size());
        for (Finding finding : findings) {
            if (finding.location().isPresent()) {
                Path file = finding.location().get().file();
                about.add(finding.subject(DisplayPaths.display(file, project.baseDir(), project.reactorRoot())));
            } else {
                about.add(finding);
            }
        }
        return Collections.unmodifiableList(about);
    }

    /**
     * The first {@link #MAX} findings, then one that says how many more there are.
     *
     * @param total how many there are in all, which may exceed {@code findings} when a reader kept only the first
     * @param what what was counted, plural: {@code "failing tests"}
     * @param hint where to see them all
     */
    public static List<Finding> capped(List<Finding> findings, int total, String what, String hint) {
        if (total <= MAX && findings.size() <= MAX) {
            return findings;
        }
        List<Finding> capped = new ArrayList<>(findings.subList(0, Math.min(MAX, findings.size())));
        capped.add(Finding.of("and " + (Math.max(total, findings.size()) - capped.size()) + " more " + what).hint(hint));
        return capped;
    }
}

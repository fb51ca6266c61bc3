package dev.readiness.engine;

import dev.readiness.api.RuleResult;
import dev.readiness.core.Gate;
import dev.readiness.core.Status;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of checking one module: which gate ran and why, the verdict, and every rule's result.
 *
 * @param project the module's coordinates
 * @param contract the contract that was checked
 * @param gate the gate the build was held to
 * @param gateReason why that gate ran
 * @param results one result per registered rule
 */
public record Report(Project project, ContractInfo contract, Gate gate, String gateReason, List<RuleResult> results) {

    public static final int VERSION = 1;

    public Report {
        results = List.copyOf(results);
    }

    /** FAIL when any rule failed, PASS otherwise. */
    public Status verdict() {
        for (RuleResult result : results) {
            if (result.status() == Status.FAIL) {
                return Status.FAIL;
            }
        }
        return Status.PASS;
    }

    public Summary summary() {
        return Summary.of(results);
    }

    /** How ready the module is, clause group by clause group; see {@link Score}. */
    public Score score() {
        return Score.of(results);
    }

    public record Project(String groupId, String artifactId, String version) {
    }

    /**
     * @param path the project's contract, relative to the module when inside it
     * @param sha256 its hex SHA-256
     * @param extendsChain the contracts it extends, nearest first, the policy last
     */
    public record ContractInfo(String path, String sha256, List<String> extendsChain) {
        public ContractInfo {
            extendsChain = List.copyOf(extendsChain);
        }
    }

    /** How many rules ended in each status. */
    public record Summary(int passed, int failed, int warned, int waived, int skipped) {
        static Summary of(List<RuleResult> results) {
            return new Summary(count(results, Status.PASS), count(results, Status.FAIL), count(results, Status.WARN),
                    count(results, Status.WAIVED), count(results, Status.SKIPPED));
        }

        private static int count(List<RuleResult> results, Status status) {
            int count = 0;
            for (RuleResult result : results) {
                if (result.status() == status) {
                    count++;
                }
            }
            return count;
        }
    }

    /**
     * The readiness score: per clause group (the rule id's prefix: {@code structure}, {@code dependencies}, ...) the
     * points its rules earn, a PASS 1 and a WAIVED 0.5, a FAIL or WARN 0, out of the rules counted (SKIPPED ones are
     * not), and {@code overall}, the lowest ratio of points to maximum over the groups with a rule counted: a product is
     * as ready as its weakest clause, so a strong group never hides a failing one.
     *
     * @param sections by clause group, in catalogue order; a group whose rules were all SKIPPED has maximum 0
     * @param overall from 0 to 1; 0 when no rule was counted at all (nothing evaluated proves nothing)
     */
    public record Score(Map<String, Section> sections, double overall) {

        public Score {
            sections = Collections.unmodifiableMap(new LinkedHashMap<>(sections));
        }

        /** One clause group: the points earned and the most it could earn. */
        public record Section(double points, int maximum) {
            /** points / maximum; empty for a group with nothing counted. */
            public java.util.OptionalDouble ratio() {
                return maximum == 0 ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(points / maximum);
            }
        }

        static Score of(List<RuleResult> results) {
            Map<String, double[]> groups = new LinkedHashMap<>();
            for (RuleResult result : results) {
                int dot = result.rule().indexOf('.');
                String group = dot < 0 ? result.rule() : result.rule().substring(0, dot);
                double[] tally = groups.get(group);
                if (tally == null) {
                    tally = new double[2];
                    groups.put(group, tally);
                }
                switch (result.status()) {
                    case PASS -> {
                        tally[0] += 1;
                        tally[1] += 1;
                    }
                    case WAIVED -> {
                        tally[0] += 0.5;
                        tally[1] += 1;
                    }
                    case FAIL, WARN -> tally[1] += 1;
                    case SKIPPED -> {
                        // Not counted: a rule that did not run neither earns nor costs points.
                    }
                }
            }
            Map<String, Section> sections = new LinkedHashMap<>();
            double overall = Double.NaN;
            for (Map.Entry<String, double[]> group : groups.entrySet()) {
                Section section = new Section(group.getValue()[0], (int) group.getValue()[1]);
                sections.put(group.getKey(), section);
                if (section.ratio().isPresent()) {
                    double ratio = section.ratio().getAsDouble();
                    overall = Double.isNaN(overall) ? ratio : Math.min(overall, ratio);
                }
            }
            return new Score(sections, Double.isNaN(overall) ? 0 : overall);
        }
    }
}

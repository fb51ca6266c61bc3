package dev.readiness.rules.dependencies;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.core.Severity;
import dev.readiness.facts.Facts;
import dev.readiness.facts.deps.DependencyGraph;
import dev.readiness.facts.deps.DependencyGraph.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code dependencies.banned}: no library the organisation banned is anywhere in the resolved tree. */
public final class Banned implements Rule {

    /** A banned artifact and why. */
    public record Ban(String pattern, String reason) {
        public Ban {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(reason, "reason");
        }

        ArtifactPattern matcher() {
            return ArtifactPattern.parse(pattern, true);
        }
    }

    static final OptionType<Ban> BAN = new BanType();

    public static final Option<List<Ban>> BANNED = Option.of("banned", OptionType.list(BAN), List.of(
            new Ban("log4j:log4j", "Log4j 1.x is end of life since 2015 and has unfixed vulnerabilities "
                    + "(CVE-2019-17571, CVE-2021-4104); use Log4j 2 (2.17.1 or later), Logback or reload4j"),
            new Ban("org.apache.logging.log4j:log4j-core:[,2.17.1)", "Log4Shell and its follow-ups (CVE-2021-44228, "
                    + "CVE-2021-45046, CVE-2021-45105, CVE-2021-44832) are fixed in 2.17.1")),
            Option.Strictness.MORE, "banned artifacts: [{\"pattern\": \"groupId:artifactId[:versionRange]\", \"reason\": "
                    + "\"why\"}], * matching any text; a contract's list replaces the default one");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("dependencies.banned")
            .severity(Severity.ERROR)
            .summary("No banned library (by default Log4j 1 and Log4j 2 before 2.17.1) in the resolved tree")
            .because("Dependency declarations with pinned versions: pinning a known-vulnerable or forbidden library "
                    + "is still shipping it; the ban list is how a platform team keeps it out of every product.")
            .help("Remove the dependency, or exclude the banned artifact from the dependency that brings it in "
                    + "(<exclusions>) and depend on a replacement.")
            .options(BANNED)
            .build();

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        Facts facts = context.facts();
        DependencyGraph graph = context.require(facts.dependencies());
        List<Ban> bans = context.option(BANNED);
        List<ArtifactPattern> matchers = new ArrayList<>();
        for (Ban ban : bans) {
            matchers.add(ban.matcher());
        }
        List<Finding> findings = new ArrayList<>();
        for (Node node : graph.nodes()) {
            for (int i = 0; i < bans.size(); i++) {
                if (!matchers.get(i).matches(node.coordinates())) {
                    continue;
                }
                findings.add(Finding.of(node.coordinates() + " (" + node.scope() + ") is banned by " + bans.get(i).pattern()
                                + ": " + bans.get(i).reason() + "; " + Origin.path(graph, node))
                        .at(Origin.location(facts, node.path()))
                        .subject(node.coordinates().key())
                        .hint(node.isDirect()
                                ? "remove the dependency on " + node.coordinates().key() + " from " + Origin.pomName(facts)
                                        + " or replace it"
                                : "exclude " + node.coordinates().key() + " from the dependency on "
                                        + node.direct().key() + " (<exclusions>), or upgrade "
                                        + node.direct().artifactId() + " to a version without it"));
                break;
            }
        }
        return Outcome.of(findings, "none of " + bans.size() + " banned patterns matches the "
                + graph.nodes().size() + " resolved dependencies");
    }

    /** A ban as the contract writes it: {@code {"pattern": "groupId:artifactId[:versionRange]", "reason": "..."}}. */
    private static final class BanType implements OptionType<Ban> {
        @Override
        public Ban read(Object value) {
            return readBan(value);
        }

        @Override
        public Map<String, Object> schema() {
            return OptionType.object(
                    "type", "object",
                    "properties", OptionType.object(
                            "pattern", OptionType.object("type", "string", "minLength", 1,
                                    "description", "groupId:artifactId[:versionRange], * matches any text"),
                            "reason", OptionType.object("type", "string", "minLength", 1)),
                    "required", List.of("pattern", "reason"),
                    "additionalProperties", false);
        }

        @Override
        public Object write(Ban ban) {
            return OptionType.object("pattern", ban.pattern(), "reason", ban.reason());
        }
    }

    private static Ban readBan(Object value) {
        if (!(value instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException("an object {\"pattern\": \"groupId:artifactId[:versionRange]\", \"reason\": \"...\"}");
        }
        for (Object name : object.keySet()) {
            if (!name.equals("pattern") && !name.equals("reason")) {
                throw new IllegalArgumentException("an object with \"pattern\" and \"reason\" only, not \"" + name + "\"");
            }
        }
        if (!(object.get("pattern") instanceof String pattern) || pattern.isBlank()) {
            throw new IllegalArgumentException("an object whose \"pattern\" is groupId:artifactId[:versionRange]");
        }
        if (!(object.get("reason") instanceof String reason) || reason.isBlank()) {
            throw new IllegalArgumentException("an object with a \"reason\" saying why " + pattern + " is banned");
        }
        ArtifactPattern.parse(pattern, true);
        return new Ban(pattern.trim(), reason.trim());
    }
}

package dev.readiness.rules.dependencies;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.Iterator;
import java.util.List;
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

    static final OptionType<Ban> BAN = OptionType.of(Banned::readBan, () -> {
        ObjectNode schema = OptionType.JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.putObject("pattern").put("type", "string").put("minLength", 1)
                .put("description", "groupId:artifactId[:versionRange], * matches any text");
        properties.putObject("reason").put("type", "string").put("minLength", 1);
        schema.putArray("required").add("pattern").add("reason");
        schema.put("additionalProperties", false);
        return schema;
    }, ban -> OptionType.JSON.objectNode().put("pattern", ban.pattern()).put("reason", ban.reason()));

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
        List<ArtifactPattern> matchers = bans.stream().map(Ban::matcher).toList();
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

    private static Ban readBan(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("an object {\"pattern\": \"groupId:artifactId[:versionRange]\", \"reason\": \"...\"}");
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!name.equals("pattern") && !name.equals("reason")) {
                throw new IllegalArgumentException("an object with \"pattern\" and \"reason\" only, not \"" + name + "\"");
            }
        }
        JsonNode pattern = node.path("pattern");
        JsonNode reason = node.path("reason");
        if (!pattern.isTextual() || pattern.asText().isBlank()) {
            throw new IllegalArgumentException("an object whose \"pattern\" is groupId:artifactId[:versionRange]");
        }
        if (!reason.isTextual() || reason.asText().isBlank()) {
            throw new IllegalArgumentException("an object with a \"reason\" saying why " + pattern.asText() + " is banned");
        }
        ArtifactPattern.parse(pattern.asText(), true);
        return new Ban(pattern.asText().trim(), reason.asText().trim());
    }
}

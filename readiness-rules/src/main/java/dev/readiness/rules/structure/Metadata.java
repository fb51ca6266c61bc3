package dev.readiness.rules.structure;

import dev.readiness.api.Finding;
import dev.readiness.api.Option;
import dev.readiness.api.OptionType;
import dev.readiness.api.Outcome;
import dev.readiness.api.Rule;
import dev.readiness.api.RuleContext;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.api.Starter;
import dev.readiness.core.Severity;
import dev.readiness.core.Evidence;
import dev.readiness.facts.Facts;
import dev.readiness.facts.PomMetadata;
import java.util.ArrayList;
import java.util.List;

/** {@code structure.metadata}: the POM says what the project is, where it lives and under which licence. */
public final class Metadata implements Rule {

    public static final Option<List<String>> ELEMENTS = Option.of("elements", OptionType.textList(),
            List.of("name", "description", "url", "licenses", "scm"), Option.Strictness.MORE,
            "POM elements that must be declared in the project or a parent (name, description, url, licenses, scm, "
                    + "developers, organization, issueManagement, ciManagement)");

    private static final RuleDescriptor DESCRIPTOR = RuleDescriptor.rule("structure.metadata")
            .severity(Severity.WARN)
            .summary("The POM declares name, description, url, licenses and scm")
            .because("Packaged code following project-structure conventions: an artifact in a repository must say "
                    + "what it is and where its source is.")
            .help("Declare the missing elements in the project's pom.xml or in a parent POM.")
            .options(ELEMENTS)
            .pomPackaging()
            .starter(new StarterEntry())
            .build();

    /** The default elements the POM lacks, to add before the first check. */
    private static final class StarterEntry implements Starter.Measure {
        @Override
        public Starter of(Facts facts) {
            Evidence<PomMetadata> pom = facts.pomMetadata();
            if (!pom.isPresent()) {
                return Starter.NONE;
            }
            List<String> missing = ELEMENTS.defaultValue().stream().filter(e -> pom.value().where(e).isEmpty()).toList();
            return missing.isEmpty() ? Starter.NONE
                    : Starter.note("The POM lacks " + String.join(", ", missing) + ": add them to pom.xml.");
        }
    }

    @Override
    public RuleDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public Outcome evaluate(RuleContext context) {
        PomMetadata metadata = context.require(context.facts().pomMetadata());
        List<Finding> findings = new ArrayList<>();
        for (String element : context.option(ELEMENTS)) {
            if (metadata.where(element).isEmpty()) {
                findings.add(Finding.of("the POM declares no <" + element + ">")
                        .at(metadata.pomLocation())
                        .subject(element)
                        .hint("add <" + element + "> to " + metadata.pomLocation().file().getFileName()
                                + " or to a parent POM"));
            }
        }
        return Outcome.of(findings, "the POM declares " + String.join(", ", context.option(ELEMENTS)));
    }
}

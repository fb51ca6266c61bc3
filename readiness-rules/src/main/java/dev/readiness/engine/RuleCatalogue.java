package dev.readiness.engine;

import dev.readiness.api.Option;
import dev.readiness.api.RuleDescriptor;
import dev.readiness.contract.Contract;
import java.util.stream.Collectors;

/** The rule catalogue as Markdown, rendered from the rules' own descriptors, for the README and docs. */
public final class RuleCatalogue {

    private RuleCatalogue() {
    }

    public static String markdown(RuleRegistry registry) {
        StringBuilder md = new StringBuilder();
        md.append("| Rule | Default | Checks | Options (default) |\n|---|---|---|---|\n");
        for (RuleDescriptor rule : registry.descriptors()) {
            md.append("| `").append(rule.id()).append("` | ").append(rule.defaultSeverity().key())
                    .append(rule.releaseOnly() ? ", release gate" : "")
                    .append(rule.sinceContract() > Contract.FIRST_VERSION ? ", from contract " + rule.sinceContract() : "")
                    .append(" | ")
                    .append(escape(rule.summary())).append(" | ")
                    .append(rule.options().isEmpty() ? "" : rule.options().stream().map(RuleCatalogue::option)
                            .collect(Collectors.joining("<br>")))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static <T> String option(Option<T> option) {
        String value = RuleSettings.writeDefault(option).toString();
        return "`" + option.name() + "` (`" + escape(value) + "`): " + escape(option.description());
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
